import Foundation
import SitrepCore

/// The keys cached values are stored under: everything a value depends on, so a hit is always right.
enum CacheKeys {
    /// A document's extraction depends on its bytes, its id (mentions name it), its path and its publication date
    /// (which `--published` may give).
    static func extraction(_ d: Document) -> String {
        [d.sha256, d.id, d.path, d.frontMatter.published?.iso ?? "-"].joined(separator: "\u{1F}")
    }

    /// The consolidated corpus depends on every document's extraction key and the lexicon.
    static func analysis(_ documents: [Document], fingerprint: String) -> String {
        let lines = documents.map(extraction).sorted()
        return SHA256.hex(Array((fingerprint + "\n" + lines.joined(separator: "\n")).utf8))
    }
}

/// The consolidated corpus as cached: the analysis without the documents, which are read from the files each time.
struct CachedAnalysis: Codable {
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
