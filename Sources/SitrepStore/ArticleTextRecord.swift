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

    /// The table of each row's rowid by key (`article_row`): the full-text table's key column is not indexed, and
    /// deleting by key scanned every article's text (0.09 s per batch at 50 MB).
    static let rowTable = "article_row"

    /// Inserts the row and remembers its rowid under its key.
    func add(_ db: Database) throws {
        try insert(db)
        try db.execute(sql: "INSERT OR REPLACE INTO \(Self.rowTable) (key, row) VALUES (?, ?)", arguments: [key, db.lastInsertedRowID])
    }

    /// Deletes the rows of these keys, found by their rowids.
    static func deleteAll(_ db: Database, keys: [String]) throws {
        for chunk in stride(from: 0, to: keys.count, by: 500).map({ Array(keys[$0..<min($0 + 500, keys.count)]) }) {
            let marks = databaseQuestionMarks(count: chunk.count)
            let rows = try Int64.fetchAll(db, sql: "SELECT row FROM \(rowTable) WHERE key IN (\(marks))", arguments: StatementArguments(chunk))
            if !rows.isEmpty {
                try db.execute(sql: "DELETE FROM \(databaseTableName) WHERE rowid IN (\(databaseQuestionMarks(count: rows.count)))",
                               arguments: StatementArguments(rows))
            }
            try db.execute(sql: "DELETE FROM \(rowTable) WHERE key IN (\(marks))", arguments: StatementArguments(chunk))
        }
    }

    /// Deletes every row (and every remembered rowid: the full-text table may give them out again).
    static func deleteEverything(_ db: Database) throws {
        _ = try deleteAll(db)
        try db.execute(sql: "DELETE FROM \(rowTable)")
    }
}
