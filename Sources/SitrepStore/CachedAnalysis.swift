import SitrepCore

/// The consolidated corpus as cached: the analysis without the documents, which are read from the files each time.
struct CachedAnalysis: Codable, Equatable {
    var events: [Event]
    var disagreements: [Disagreement]
    /// Publication dates inferred from the corpus, by document id.
    var inferred: [String: CalendarDate]

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
    /// Events are written in chunks of this many, each with its own string table, so they can be read in parallel.
    static let chunk = 256

    init(from r: inout BinaryReader) throws { try self.init(from: &r, workers: 1) }

    /// Reads the event chunks on `workers` threads.
    init(from r: inout BinaryReader, workers: Int) throws {
        let blobs = try r.array { try $0.blob() }
        let texts = r.texts
        events = try ParallelDecode.map(count: blobs.count, workers: workers) { i in
            var c = BinaryReader(blobs[i], texts: texts)
            let part: [Event] = try c.values()
            guard c.isAtEnd else { throw BinaryReader.Damaged() }
            return part
        }.flatMap { $0 }
        disagreements = try r.values()
        let pairs = try r.array { (try $0.string(), try $0.value(CalendarDate.self)) }
        inferred = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    /// The value in `bytes` (passages cut from `texts`), its events read on `workers` threads.
    init(binary bytes: [UInt8], texts: [String: String], workers: Int) throws {
        var r = BinaryReader(bytes, texts: texts)
        try self.init(from: &r, workers: workers)
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
    }

    func write(to w: inout BinaryWriter) {
        let texts = w.texts
        w.array(stride(from: 0, to: events.count, by: Self.chunk).map { $0 }) { w, start in
            var c = BinaryWriter(texts: texts)
            c.values(Array(events[start..<min(start + Self.chunk, events.count)]))
            w.blob(c.bytes)
        }
        w.values(disagreements)
        w.array(inferred.sorted { $0.key < $1.key }) { $0.string($1.key); $0.value($1.value) }
    }
}
