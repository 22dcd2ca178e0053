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
    init(from r: inout BinaryReader) throws {
        events = try r.values(); disagreements = try r.values()
        let pairs = try r.array { (try $0.string(), try $0.value(CalendarDate.self)) }
        inferred = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    func write(to w: inout BinaryWriter) {
        w.values(events); w.values(disagreements)
        w.array(inferred.sorted { $0.key < $1.key }) { $0.string($1.key); $0.value($1.value) }
    }
}
