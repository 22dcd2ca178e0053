import GRDB

/// The index's tables, created by named migrations that are never edited once released (add a new one instead).
enum IndexSchema {
    /// SQLite's `application_id` of a sitrep index ("SITR"): a database without it and with tables is someone else's.
    static let applicationID: Int32 = 0x5349_5452

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-cache") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try pair(db, MetaRecord.databaseTableName, key: "name", value: "value", .text)
            try db.create(table: DocumentRecord.databaseTableName) { t in
                t.primaryKey("path", .text)
                t.column("docID", .text).notNull()
                t.column("sha256", .text).notNull()
            }
            try pair(db, ExtractionRecord.databaseTableName, key: "key", value: "payload", .blob)
            try pair(db, AnalysisRecord.databaseTableName, key: "key", value: "payload", .blob)
        }
        m.registerMigration("v2-search") { db in
            try db.create(virtualTable: ArticleTextRecord.databaseTableName, using: FTS5()) { t in
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("key").notIndexed()
                t.column("title")
                t.column("body")
            }
            // Documents extracted before this migration have no text to search: extract them again.
            try ExtractionRecord.deleteAll(db); try AnalysisRecord.deleteAll(db)
        }
        m.registerMigration("v3-binary-stat") { db in
            // Cached values were JSON; they are binary now (`BinaryCodable`): compute them again.
            try ExtractionRecord.deleteAll(db); try AnalysisRecord.deleteAll(db)
            // Each file's size, times and inode at its last reading: an unchanged stamp is not hashed again.
            try db.alter(table: DocumentRecord.databaseTableName) { t in
                t.add(column: "stamp", .text)
            }
        }
        m.registerMigration("v4-inference") { db in
            try pair(db, InferenceRecord.databaseTableName, key: "key", value: "payload", .blob)
        }
        m.registerMigration("v5-summary") { db in
            // Each file's front matter and body start: an unchanged file is not read before its text is needed.
            try db.alter(table: DocumentRecord.databaseTableName) { t in
                t.add(column: "summary", .blob)
            }
        }
        m.registerMigration("v6-article-rows") { db in
            // Each full-text row's rowid by key: a changed article's text is deleted without scanning every text.
            try pair(db, ArticleTextRecord.rowTable, key: "key", value: "row", .integer)
            try db.execute(sql: "INSERT OR REPLACE INTO \(ArticleTextRecord.rowTable) (key, row) SELECT key, rowid FROM \(ArticleTextRecord.databaseTableName)")
        }
        m.registerMigration("v7-merge-parts") { db in
            // Each merge part's clusters by the part's key: a refresh clusters only the parts some change touched.
            try pair(db, MergePartRecord.databaseTableName, key: "key", value: "payload", .blob)
        }
        return m
    }

    /// A table of a text primary key and one value.
    static func pair(_ db: Database, _ table: String, key: String, value: String, _ type: Database.ColumnType) throws {
        try db.create(table: table) { t in
            t.primaryKey(key, .text)
            t.column(value, type).notNull()
        }
    }
}
