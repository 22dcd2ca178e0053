import GRDB
import SitrepCore

/// Where a word or phrase of a search was found: a document (by extraction key), the field, and byte spans into
/// that field's text (the title as given in the front matter, the body from its first byte).
public struct TextMatch: Sendable, Equatable {
    public enum Field: String, Sendable { case title, body }
    public var key: String
    public var field: Field
    public var spans: [ByteSpan]
}

/// Full-text search over every indexed article (FTS5, words matched case- and accent-insensitively).
public struct ArticleSearch: Sendable {
    public let index: CorpusIndex
    public init(index: CorpusIndex) { self.index = index }

    /// The key a document's matches carry.
    public static func key(of d: Document) -> String { CacheKeys.extraction(d) }

    /// Markers around each hit in FTS5's `highlight()` (private-use characters, which articles do not use).
    static let open = "\u{E000}", close = "\u{E001}"

    /// Every match of all the query's words (each word a prefix-free token; quotes are taken as part of no syntax).
    public func search(_ query: String) throws -> [TextMatch] {
        guard let pattern = FTS5Pattern(matchingAllTokensIn: query) else { return [] }
        let sql = """
            SELECT key, highlight(article_text, 1, ?, ?) AS t, highlight(article_text, 2, ?, ?) AS b
            FROM article_text WHERE article_text MATCH ?
            """
        let rows = try index.writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: [Self.open, Self.close, Self.open, Self.close, pattern])
        }
        return rows.flatMap { row -> [TextMatch] in
            let key: String = row["key"]
            return [(TextMatch.Field.title, row["t"] as String), (.body, row["b"] as String)].compactMap { field, text in
                let spans = Self.spans(inHighlighted: text)
                return spans.isEmpty ? nil : TextMatch(key: key, field: field, spans: spans)
            }
        }
    }

    /// Byte spans of the marked runs, in the text without the markers.
    static func spans(inHighlighted text: String) -> [ByteSpan] {
        let o = Array(open.utf8), c = Array(close.utf8)
        let bytes = Array(text.utf8)
        var spans: [ByteSpan] = [], i = 0, plain = 0, start: Int? = nil
        while i < bytes.count {
            if bytes[i...].starts(with: o) { start = plain; i += o.count; continue }
            if bytes[i...].starts(with: c), let s = start { spans.append(ByteSpan(s, plain)); start = nil; i += c.count; continue }
            i += 1; plain += 1
        }
        return spans
    }
}
