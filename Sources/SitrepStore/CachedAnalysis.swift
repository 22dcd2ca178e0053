import SitrepCore

/// The consolidated corpus as cached: the analysis without the documents, which are read from the files each time.
struct CachedAnalysis: Codable, Equatable {
    var events: [Event]
    var disagreements: [Disagreement]
    /// Publication dates inferred from the corpus, by document id.
    var inferred: [String: CalendarDate]

    init(events: [Event], disagreements: [Disagreement], inferred: [String: CalendarDate]) {
        self.events = events; self.disagreements = disagreements; self.inferred = inferred
    }

    init(_ a: Analysis) {
        events = a.events; disagreements = a.disagreements
        inferred = Dictionary(uniqueKeysWithValues: a.documents.compactMap { d in
            d.frontMatter.publishedInferred ? d.frontMatter.published.map { (d.id, $0) } : nil
        })
    }

    /// The analysis again, over `documents` (sorted by id) as read this time.
    func analysis(documents: [Document], problems: [LoadProblem]) -> Analysis {
        if inferred.isEmpty { return Analysis(documents: documents, events: events, disagreements: disagreements, problems: problems) }
        let docs = documents.map { d -> Document in
            guard let date = inferred[d.id] else { return d }
            var x = d
            x.frontMatter.published = date; x.frontMatter.publishedInferred = true
            return x
        }
        return Analysis(documents: docs, events: events, disagreements: disagreements, problems: problems)
    }
}

extension CachedAnalysis: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        let outline = try AnalysisOutline(from: &r)
        let details = try AnalysisDetails(from: &r, parts: outline.events.count + outline.sides.count, events: outline.events.count)
        self = try outline.completed(with: details, workers: 1)
    }

    /// The outline, then the details (as `binaryParts` gives them apart).
    func write(to w: inout BinaryWriter) {
        writeOutline(to: &w)
        writeDetails(to: &w)
    }

    /// The outline and the details, each in bytes of its own (stored apart: the first frame reads the outline only);
    /// the details' parts are encoded on `workers` threads.
    func binaryParts(texts: [String: ArticleText], workers: Int = 1) -> (outline: [UInt8], details: [UInt8]) {
        var o = BinaryWriter(texts: texts), d = BinaryWriter(texts: texts)
        writeOutline(to: &o); writeDetails(to: &d, workers: workers)
        return (o.bytes, d.bytes)
    }

    /// The events' outlines, the events each disagreement is about, and the inferred dates.
    func writeOutline(to w: inout BinaryWriter) {
        w.array(events) { $1.writeOutline(to: &$0) }
        w.array(disagreements) { w, d in w.optional(d.event) { $0.string($1) }; w.optional(d.relatedEvent) { $0.string($1) } }
        w.array(inferred.sorted { $0.key < $1.key }) { $0.string($1.key); $0.value($1.value) }
    }

    /// Each event's mentions, then each disagreement, each a part of its own (strings numbered afresh), so that any
    /// event can be read whole alone, with its disagreements.
    func writeDetails(to w: inout BinaryWriter, workers: Int = 1) {
        let events = events, disagreements = disagreements, texts = w.texts
        // Each part is written alone, so encoding them on several threads gives the same bytes.
        let parts = parallelMap(count: events.count + disagreements.count, workers: workers) { i in
            i < events.count ? BinaryWriter.bytes(texts: texts) { $0.values(events[i].mentions) }
                             : BinaryWriter.bytes(texts: texts) { $0.value(disagreements[i - events.count]) }
        }
        for p in parts { w.part(p) }
    }
}

/// The first part of a cached analysis: all that the timeline shows (the events without their mentions, which events
/// each disagreement is about, inferred dates); `AnalysisDetails` holds the rest.
struct AnalysisOutline: Sendable {
    var events: [Event]
    /// The event and related event of each disagreement, in order.
    var sides: [(event: String?, related: String?)]
    var inferred: [String: CalendarDate]

    init(from r: inout BinaryReader) throws {
        events = try r.array { try Event(outlineFrom: &$0) }
        sides = try r.array { (try $0.optional { try $0.string() }, try $0.optional { try $0.string() }) }
        inferred = Dictionary(try r.array { (try $0.string(), try $0.value(CalendarDate.self)) }, uniquingKeysWith: { a, _ in a })
    }

    /// The details that go with this outline, in `bytes`.
    func details(_ bytes: [UInt8], texts: [String: ArticleText]) throws -> AnalysisDetails {
        try AnalysisDetails(binary: bytes, parts: events.count + sides.count, events: events.count, texts: texts)
    }

    /// The ids of the events disagreements are about (either side).
    var disputed: Set<String> { Set(sides.compactMap(\.event) + sides.compactMap(\.related)) }

    /// Event `i` whole and the disagreements about it (either side), from `details`.
    func event(_ i: Int, details: AnalysisDetails) throws -> (Event, [Disagreement]) {
        let id = events[i].id
        let about = sides.indices.filter { sides[$0].event == id || sides[$0].related == id }
        return (try details.event(i, of: events[i]), try about.map { try details.disagreement($0) })
    }

    /// The outline in `bytes`, which must hold nothing more.
    init(binary bytes: [UInt8]) throws {
        var r = BinaryReader(bytes)
        self = try AnalysisOutline(from: &r)
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
    }

    /// Every event whole, and the disagreements, from `details` (read on `workers` threads).
    func completed(with details: AnalysisDetails, workers: Int) throws -> CachedAnalysis {
        let whole = try parallelMap(count: events.count, workers: workers) { i in Result { try details.event(i, of: events[i]) } }
        let disagreements = try sides.indices.map { try details.disagreement($0) }
        return CachedAnalysis(events: try whole.map { try $0.get() }, disagreements: disagreements, inferred: inferred)
    }

    /// The analysis over `documents` with the outlines as its events, the whole ones and the disagreements read on
    /// another thread from the details `fetch` gives (`Analysis.pendingEvents`, on `workers` threads).
    func deferredAnalysis(documents: [Document], problems: [LoadProblem], texts: [String: ArticleText], workers: Int,
                          fetch: @escaping @Sendable () throws -> [UInt8]) -> Analysis {
        var a = CachedAnalysis(events: events, disagreements: [], inferred: inferred).analysis(documents: documents, problems: problems)
        let outline = self
        let details = OnFirstUse { try outline.details(try fetch(), texts: texts) }
        a.pendingEvents = DeferredEvents(
            disputed: disputed,
            one: { i in try outline.event(i, details: try details.value()) },
            all: { let c = try outline.completed(with: try details.value(), workers: workers); return (c.events, c.disagreements) })
        return a
    }
}

/// The second part of a cached analysis: each event's mentions and each disagreement, each a part of its own, read
/// when asked for.
struct AnalysisDetails: Sendable {
    let bytes: [UInt8]
    /// Where each event's mentions lie in `bytes`, then each disagreement.
    let parts: [Range<Int>]
    let texts: [String: ArticleText]
    /// How many parts are events' (the rest are disagreements).
    var events: Int

    /// Finds `count` parts: the events' (`events` of them), then the disagreements'.
    init(from r: inout BinaryReader, parts count: Int, events: Int) throws {
        var parts: [Range<Int>] = []
        parts.reserveCapacity(count)
        for _ in 0..<count {
            let n = try r.count()
            parts.append(r.position..<r.position + n)
            try r.skip(n)
        }
        self.parts = parts; bytes = r.bytes; texts = r.texts; self.events = events
    }

    /// The details in `bytes` (`parts` of them, `events` of which are events'), which must hold nothing more.
    init(binary bytes: [UInt8], parts: Int, events: Int, texts: [String: ArticleText]) throws {
        var r = BinaryReader(bytes, texts: texts)
        self = try AnalysisDetails(from: &r, parts: parts, events: events)
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
    }

    /// Event `i` whole, from its outline.
    func event(_ i: Int, of outline: Event) throws -> Event {
        var r = BinaryReader(bytes, part: parts[i], texts: texts)
        let mentions: [Mention] = try r.values()
        guard r.isAtEnd, !mentions.isEmpty else { throw BinaryReader.Damaged() }
        return outline.completed(with: mentions)
    }

    /// Disagreement `i`.
    func disagreement(_ i: Int) throws -> Disagreement {
        guard events + i < parts.count else { throw BinaryReader.Damaged() }
        var r = BinaryReader(bytes, part: parts[events + i], texts: texts)
        let d: Disagreement = try r.value()
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
        return d
    }
}
