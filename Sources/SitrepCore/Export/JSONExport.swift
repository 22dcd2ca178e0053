import Foundation

/// Writes an analysis as `sitrep/1` JSON (see the export-format spec): deterministic, sorted keys, no timestamps.
public enum JSONExport {
    public static let schema = "sitrep/1"

    /// `annotations` (by event id) add `verdict`, `note` and `tags` to their events; events without one are as before.
    public static func data(_ a: Analysis, generator: String, events: [Event]? = nil, disagreements: [Disagreement]? = nil,
                            annotations: [String: EventAnnotation] = [:]) throws -> Data {
        let (events, disagreements) = storedSpans(events ?? a.events, disagreements ?? a.disagreements, documents: a.documents)
        let root = ExportRoot(schema: schema, generator: generator, documents: a.documents.map(ExportDocument.init),
                              events: events.map { ExportEvent($0, annotations[$0.id]) }, disagreements: disagreements.map(ExportDisagreement.init))
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = JSONEscape.escapingUnsafe(try enc.encode(root))
        data.append(10)
        return data
    }
}

extension JSONExport {
    /// Events and disagreements with their spans as offsets into the files as stored (they differ for a file read as
    /// Windows-1252); unchanged when every file is UTF-8.
    static func storedSpans(_ events: [Event], _ ds: [Disagreement], documents: [Document]) -> ([Event], [Disagreement]) {
        let maps = Dictionary(documents.compactMap { d in d.storedOffsets.map { (d.id, $0) } }, uniquingKeysWith: { a, _ in a })
        guard !maps.isEmpty else { return (events, ds) }
        func mapped(_ doc: String, _ span: ByteSpan) -> ByteSpan { maps[doc]?.stored(span) ?? span }
        let es = events.map { e in
            var e = e
            for i in e.mentions.indices { e.mentions[i].span = mapped(e.mentions[i].doc, e.mentions[i].span) }
            return e
        }
        let dis = ds.map { d in
            var d = d
            for i in d.claims.indices { d.claims[i].span = mapped(d.claims[i].doc, d.claims[i].span) }
            return d
        }
        return (es, dis)
    }
}

struct ExportRoot: Encodable {
    var schema: String, generator: String
    var documents: [ExportDocument], events: [ExportEvent], disagreements: [ExportDisagreement]
}

struct ExportDocument: Encodable {
    var id, path, title, outlet, sha256: String
    var published: String?
    var publishedInferred: Bool
    /// The front matter's `url:`, null when it gives none.
    var url: String?
    init(_ d: Document) {
        id = d.id; path = d.path; title = d.title; outlet = d.outlet; sha256 = d.sha256; published = d.frontMatter.published?.iso
        publishedInferred = d.frontMatter.publishedInferred; url = d.frontMatter.url
    }
    enum CodingKeys: String, CodingKey { case id, path, title, outlet, sha256, published, publishedInferred = "published_inferred", url }
    func encode(to e: any Encoder) throws {
        var c = e.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(path, forKey: .path); try c.encode(title, forKey: .title)
        try c.encode(outlet, forKey: .outlet); try c.encode(sha256, forKey: .sha256); try c.encode(published, forKey: .published)
        try c.encode(publishedInferred, forKey: .publishedInferred); try c.encode(url, forKey: .url)
    }
}

struct ExportPlace: Encodable {
    var name, kind: String
    var admin1, country: String?
    var lat, lon: Double
    var geoPrecision: Int
    init(_ l: Location) {
        name = l.place.name; kind = l.place.kind.rawValue; admin1 = l.place.admin1; country = l.place.country
        lat = (l.place.lat * 10_000).rounded() / 10_000; lon = (l.place.lon * 10_000).rounded() / 10_000; geoPrecision = l.geoPrecision
    }
    enum CodingKeys: String, CodingKey { case name, kind, admin1, country, lat, lon, geoPrecision = "geo_precision" }
    func encode(to e: any Encoder) throws {
        var c = e.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name); try c.encode(kind, forKey: .kind); try c.encode(admin1, forKey: .admin1)
        try c.encode(country, forKey: .country); try c.encode(lat, forKey: .lat); try c.encode(lon, forKey: .lon)
        try c.encode(geoPrecision, forKey: .geoPrecision)
    }
}
