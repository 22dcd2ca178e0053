import GRDB

/// Tells a sitrep index from a foreign or damaged file before anything is written to it.
enum IndexCheck {
    /// Throws `IndexError.unusable` unless the database is empty or marked as a sitrep index and passes SQLite's quick check.
    static func verify(_ db: some DatabaseReader, path: String) throws {
        try db.read { db in
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            let app = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if tables > 0 && app != IndexSchema.applicationID {
                throw IndexError.unusable(path: path, reason: "a database of another program")
            }
            let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
            if check != ["ok"] {
                throw IndexError.unusable(path: path, reason: "damaged: \(check.prefix(1).joined())")
            }
        }
    }
}
