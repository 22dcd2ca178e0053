import Foundation
import GRDB

/// Tells a sitrep index from a foreign or damaged file before anything is written to it.
enum IndexCheck {
    /// Throws `IndexError.unusable` unless the database is empty or marked as a sitrep index and is whole: the file
    /// as long as its header says (a cheap test for truncation), and, when `thorough`, SQLite's quick check of every page.
    static func verify(_ db: some DatabaseReader, path: String, thorough: Bool) throws {
        try db.read { db in
            // GRDB's table of applied migrations comes before the first migration marks the file: another sitrep
            // process creating the index at this moment has made it (and its primary key's index) and nothing else yet.
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name != 'grdb_migrations'") ?? 0
            let app = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            if tables > 0 && app != IndexSchema.applicationID {
                throw IndexError.unusable(path: path, reason: "a database of another program")
            }
            if let short = try truncation(db, path: path) { throw IndexError.unusable(path: path, reason: short) }
            guard thorough else { return }
            let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
            if check != ["ok"] {
                throw IndexError.unusable(path: path, reason: "damaged: \(check.prefix(1).joined())")
            }
        }
    }

    /// "truncated: …" when the file is shorter than its pages, with no write-ahead log that could hold the rest.
    static func truncation(_ db: Database, path: String) throws -> String? {
        let fm = FileManager.default
        guard !fm.fileExists(atPath: path + "-wal") || ((try? fm.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)??.intValue ?? 0) == 0,
              let size = (try? fm.attributesOfItem(atPath: path)[.size] as? NSNumber)??.intValue else { return nil }
        let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0, pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
        return size < pages * pageSize ? "truncated: \(size) bytes of \(pages * pageSize)" : nil
    }
}
