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
    init(from r: inout BinaryReader) throws { self = try AnalysisOutline(from: &r).completed(workers: 1) }

    /// The events' outlines, the disagreements and the inferred dates, then each event's mentions as a part of its
    /// own (strings numbered afresh), so that the outlines can be read first and any event's mentions alone.
    func write(to w: inout BinaryWriter) {
        w.array(events) { $1.writeOutline(to: &$0) }
        w.values(disagreements)
        w.array(inferred.sorted { $0.key < $1.key }) { $0.string($1.key); $0.value($1.value) }
        for e in events {
            var own = BinaryWriter(texts: w.texts)
            own.values(e.mentions)
            w.part(own.bytes)
        }
    }
}

/// A cached analysis read in two steps: the events' outlines (all that the timeline shows), disagreements and
/// inferred dates at once; the mentions of each event when asked for (`event(_:)`, `completed(workers:)`).
struct AnalysisOutline: Sendable {
    var events: [Event]
    var disagreements: [Disagreement]
    var inferred: [String: CalendarDate]
    /// The encoded analysis, and where each event's mentions lie in it.
    let bytes: [UInt8]
    let parts: [Range<Int>]
    let texts: [String: ArticleText]

    init(from r: inout BinaryReader) throws {
        events = try r.array { try Event(outlineFrom: &$0) }
        disagreements = try r.values()
        inferred = Dictionary(try r.array { (try $0.string(), try $0.value(CalendarDate.self)) }, uniquingKeysWith: { a, _ in a })
        var parts: [Range<Int>] = []
        parts.reserveCapacity(events.count)
        for _ in events.indices {
            let n = try r.count()
            parts.append(r.position..<r.position + n)
            try r.skip(n)
        }
        self.parts = parts; bytes = r.bytes; texts = r.texts
    }

    /// The outline of `bytes`, which must hold nothing more.
    init(binary bytes: [UInt8], texts: [String: ArticleText]) throws {
        var r = BinaryReader(bytes, texts: texts)
        self = try AnalysisOutline(from: &r)
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
    }

    /// Event `i` whole.
    func event(_ i: Int) throws -> Event {
        var r = BinaryReader(bytes, part: parts[i], texts: texts)
        let mentions: [Mention] = try r.values()
        guard r.isAtEnd, !mentions.isEmpty else { throw BinaryReader.Damaged() }
        return events[i].completed(with: mentions)
    }

    /// Every event whole, read on `workers` threads.
    func wholeEvents(workers: Int) throws -> [Event] {
        try parallelMap(count: events.count, workers: workers) { i in Result { try event(i) } }.map { try $0.get() }
    }

    /// The analysis over `documents` with the outlines as its events, the whole ones read on another thread
    /// (`Analysis.pendingEvents`, on `workers` threads).
    func deferredAnalysis(documents: [Document], problems: [LoadProblem], workers: Int) -> Analysis {
        var a = CachedAnalysis(events: events, disagreements: disagreements, inferred: inferred).analysis(documents: documents, problems: problems)
        let outline = self
        a.pendingEvents = DeferredEvents(one: { try outline.event($0) }, all: { try outline.wholeEvents(workers: workers) })
        return a
    }

    /// The analysis with whole events.
    func completed(workers: Int) throws -> CachedAnalysis {
        CachedAnalysis(events: try wholeEvents(workers: workers), disagreements: disagreements, inferred: inferred)
    }
}
