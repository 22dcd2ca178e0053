import Foundation
import GRDB
import SitrepCore

/// A corpus's index database: cached extractions and consolidation, over GRDB (WAL mode on disk).
public struct CorpusIndex: Sendable {
    let writer: any DatabaseWriter
    /// The database file, nil in memory.
    public let path: String?

    /// Seconds a writer waits for another process's transaction before giving up.
    public static let busySeconds: TimeInterval = 10

    /// Opens (creating if needed) the index at `path` and brings its schema up to date; `thorough` reads every page
    /// first (SQLite's quick check). Throws `IndexError.unusable` when the file is not a sitrep index or is damaged.
    public static func open(path: String, thorough: Bool = false) throws -> CorpusIndex {
        do {
            return try OpenLock.holding(path + ".lock") {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try IndexCheck.verify(pool, path: path, thorough: thorough)
                try backUpBeforeMigrating(pool, path: path)
                try IndexSchema.migrator.migrate(pool)
                return CorpusIndex(writer: pool, path: path)
            }
        } catch {
            throw IndexError.classify(error, path: path)
        }
    }

    /// Copies an index that has migrations to apply to `FILE.before-MIGRATION` first (replacing an older copy), so
    /// that a failed or unwanted migration loses nothing.
    static func backUpBeforeMigrating(_ pool: DatabasePool, path: String) throws {
        let migrator = IndexSchema.migrator
        let (applied, all) = try pool.read { db in (try migrator.appliedIdentifiers(db), migrator.migrations) }
        guard !applied.isEmpty, let next = all.first(where: { !applied.contains($0) }) else { return }
        let copy = path + ".before-" + next
        try? FileManager.default.removeItem(atPath: copy)
        try pool.backup(to: try DatabaseQueue(path: copy))
    }

    /// An empty index in memory (tests).
    public static func inMemory() throws -> CorpusIndex {
        let queue = try DatabaseQueue(configuration: configuration)
        try IndexSchema.migrator.migrate(queue)
        return CorpusIndex(writer: queue, path: nil)
    }

    /// The fingerprint remembered for `stamp`, else `compute()`'s, remembered for next time.
    public func fingerprint(stamp: String, compute: () throws -> String) throws -> String {
        let known = try writer.read { db in
            try MetaRecord.fetchOne(db, key: MetaRecord.dataStamp)?.value == stamp
                ? MetaRecord.fetchOne(db, key: MetaRecord.dataFingerprint)?.value : nil
        }
        if let known { return known }
        let value = try compute()
        try writer.write { db in
            try MetaRecord(name: MetaRecord.dataStamp, value: stamp).save(db)
            try MetaRecord(name: MetaRecord.dataFingerprint, value: value).save(db)
        }
        return value
    }

    /// The files of the last refresh (`KnownFiles.byPath` for `CorpusLoader.known`).
    public func knownFiles() throws -> KnownFiles { KnownFiles(try writer.read(DocumentRecord.all)) }

    /// Puts the documents' text in the full-text table (a search without extraction, e.g. with `--no-index`).
    public func addTexts(_ documents: [Document]) throws {
        try writer.write { db in
            for d in documents { try ArticleTextRecord(key: CacheKeys.extraction(d), document: d).add(db) }
        }
    }

    static var configuration: Configuration {
        var c = Configuration()
        c.busyMode = .timeout(busySeconds)
        c.label = "sitrep-index"
        return c
    }
}
