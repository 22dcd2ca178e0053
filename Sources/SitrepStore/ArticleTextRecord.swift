import GRDB
import SitrepCore

/// An article's title and body in the full-text table (FTS5), under its extraction key.
struct ArticleTextRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article_text"
    var key: String
    var title: String
    var body: String

    init(key: String, document d: Document) {
        self.key = key
        title = d.frontMatter.title ?? ""
        body = String(decoding: d.text.utf8.dropFirst(d.bodyStart), as: UTF8.self)
    }

    /// Deletes the rows of these keys (the key column is not indexed: one scan per batch of keys).
    static func deleteAll(_ db: Database, keys: [String]) throws {
        for chunk in stride(from: 0, to: keys.count, by: 500).map({ Array(keys[$0..<min($0 + 500, keys.count)]) }) {
            try filter(chunk.contains(Column("key"))).deleteAll(db)
        }
    }
}
