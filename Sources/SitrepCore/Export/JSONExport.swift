import Foundation

/// Writes an analysis as `sitrep/1` JSON (see the export-format spec): deterministic, sorted keys, no timestamps.
public enum JSONExport {
    public static let schema = "sitrep/1"

    /// The whole export in memory (see `write(_:generator:events:disagreements:annotations:chunkBytes:to:)` to stream
    /// it). `annotations` (by event id) add `verdict`, `note` and `tags` to their events; events without one are as before.
    public static func data(_ a: Analysis, generator: String, events: [Event]? = nil, disagreements: [Disagreement]? = nil,
                            annotations: [String: EventAnnotation] = [:]) throws -> Data {
        var data = Data()
        try write(a, generator: generator, events: events, disagreements: disagreements, annotations: annotations) { data.append($0) }
        return data
    }
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
