import ArgumentParser
import Foundation
import SitrepCore
import SitrepStore
import SitrepTUI

/// `sitrep search QUERY [PATH…]`: every article passage with all the query's words (FTS5), with byte offsets.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search of every article's title and body: each match with its file, byte offsets, event and snippet.")
    @Argument(help: "Words to find (all of them, case and accents ignored).") var query: String
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReporting {
            let s = try Session.open(corpus)
            let hits = try SearchHits.find(query, in: s)
            var out = hits.map(\.line).joined(separator: "\n")
            out += hits.isEmpty ? "no match for “\(Sanitize.oneLine(query, limit: 60))”\n" : "\n"
            try Terminal.write(out)
            try s.finish()
        }
    }
}

/// A search match placed in its document: byte offsets in the file as stored, the event whose passage holds it.
struct SearchHits {
    var document: Document
    var field: TextMatch.Field
    /// Offsets into the file as stored.
    var span: ByteSpan
    /// The event with a passage covering the match, if any.
    var event: String?
    var snippet: String

    /// "doc  bytes 120–128  ev-1a2b3c (or: no event)  …snippet…", sanitised.
    var line: String {
        "\(Sanitize.line(document.id))  \(field == .title ? "title " : "")bytes \(span.start)–\(span.end)  "
            + "\(event ?? "no event")  \(snippet)"
    }

    /// The matches of `query` in the session's corpus, in document order: through its index, or one made in memory.
    static func find(_ query: String, in s: Session) throws -> [SearchHits] {
        let index = try s.index.index ?? textOnlyIndex(s.analysis.documents)
        let byKey = Dictionary(s.analysis.documents.map { (ArticleSearch.key(of: $0), $0) }, uniquingKeysWith: { a, _ in a })
        let spans = Dictionary(grouping: s.analysis.events.flatMap { e in e.mentions.map { ($0.doc, $0.span, e.id) } }, by: \.0)
        let matches = try ArticleSearch(index: index).search(query)
        return matches.flatMap { m -> [SearchHits] in
            guard let d = byKey[m.key] else { return [] }
            return m.spans.map { local in
                let span = m.field == .body ? ByteSpan(local.start + d.bodyStart, local.end + d.bodyStart) : titleSpan(d, local)
                let event = m.field == .body ? spans[d.id]?.first { $0.1.contains(span) }?.2 : nil
                let snippet = m.field == .body ? Snippet.around(span, in: d) : Snippet.marked(d.frontMatter.title ?? "", local)
                return SearchHits(document: d, field: m.field, span: d.storedSpan(span), event: event, snippet: snippet)
            }
        }.sorted { ($0.document.id, $0.span.start) < ($1.document.id, $1.span.start) }
    }

    /// The browser's article search: body matches as spans of the document's text (none when the index fails).
    static func articleSearch(_ s: Session) -> (@Sendable (String) -> [ArticleHit])? {
        guard let index = try? s.index.index ?? textOnlyIndex(s.analysis.documents) else { return nil }
        let documents = s.analysis.documents
        // Made at the first search, not before the browser's first frame.
        let starts = OnFirstUse {
            Dictionary(documents.map { (ArticleSearch.key(of: $0), ($0.id, $0.bodyStart)) }, uniquingKeysWith: { a, _ in a })
        }
        return { query in
            let found = (try? ArticleSearch(index: index).search(query)) ?? []
            let byKey = (try? starts.value()) ?? [:]
            return found.filter { $0.field == .body }.flatMap { m -> [ArticleHit] in
                guard let (doc, start) = byKey[m.key] else { return [] }
                return m.spans.map { ArticleHit(doc: doc, span: ByteSpan($0.start + start, $0.end + start)) }
            }.sorted { ($0.doc, $0.span.start) < ($1.doc, $1.span.start) }
        }
    }

    /// A title match's span in the file: where the title stands in the front matter (else its offsets in the title).
    static func titleSpan(_ d: Document, _ local: ByteSpan) -> ByteSpan {
        guard let t = d.frontMatter.title else { return local }
        let head = Array(d.text.utf8.prefix(d.bodyStart)), needle = Array(t.utf8)
        guard !needle.isEmpty, let at = (0...max(0, head.count - needle.count)).first(where: { head[$0...].starts(with: needle) }) else { return local }
        return ByteSpan(at + local.start, at + local.end)
    }

    /// A throwaway in-memory index with the corpus's text only (`--no-index`).
    static func textOnlyIndex(_ documents: [Document]) throws -> CorpusIndex {
        let index = try CorpusIndex.inMemory()
        try index.addTexts(documents)
        return index
    }
}

/// A line of context around a match, the match in «», sanitised as one line.
enum Snippet {
    /// A short field (the title) whole, the match marked.
    static func marked(_ text: String, _ span: ByteSpan) -> String {
        let u = Array(text.utf8), s = min(span.start, u.count), e = min(max(s, span.end), u.count)
        let part = { (r: Range<Int>) in String(decoding: u[r], as: UTF8.self) }
        return Sanitize.oneLine(part(0..<s) + "«" + part(s..<e) + "»" + part(e..<u.count), limit: 400)
    }

    static func around(_ span: ByteSpan, in d: Document, width: Int = 60) -> String {
        let bytes = Array(d.text.utf8)
        var lo = max(d.bodyStart, span.start - width), hi = min(bytes.count, span.end + width)
        while lo < span.start, bytes[lo] & 0xC0 == 0x80 { lo += 1 }   // start and end on whole characters
        while hi > span.end, hi < bytes.count, bytes[hi] & 0xC0 == 0x80 { hi -= 1 }
        let text = d.slice(ByteSpan(lo, span.start)) + "«" + d.slice(span) + "»" + d.slice(ByteSpan(span.end, hi))
        return (lo > d.bodyStart ? "…" : "") + Sanitize.oneLine(text.replacingOccurrences(of: "\n", with: " "), limit: 400)
            + (hi < bytes.count ? "…" : "")
    }
}
