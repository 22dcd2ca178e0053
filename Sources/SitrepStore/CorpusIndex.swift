import Foundation
import GRDB

/// A corpus's index database: cached extractions and consolidation, over GRDB (WAL mode on disk).
public struct CorpusIndex: Sendable {
    let writer: any DatabaseWriter
    /// The database file, nil in memory.
    public let path: String?

    /// Seconds a writer waits for another process's transaction before giving up.
    public static let busySeconds: TimeInterval = 10

    /// Opens (creating if needed) the index at `path` and brings its schema up to date.
    /// Throws `IndexError.unusable` when the file is not a sitrep index or is damaged.
    public static func open(path: String) throws -> CorpusIndex {
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try IndexCheck.verify(pool, path: path)
            try IndexSchema.migrator.migrate(pool)
            return CorpusIndex(writer: pool, path: path)
        } catch {
            throw IndexError.classify(error, path: path)
        }
    }

    /// An empty index in memory (tests).
    public static func inMemory() throws -> CorpusIndex {
        let queue = try DatabaseQueue(configuration: configuration)
        try IndexSchema.migrator.migrate(queue)
        return CorpusIndex(writer: queue, path: nil)
    }

    static var configuration: Configuration {
        var c = Configuration()
        c.busyMode = .timeout(busySeconds)
        c.label = "sitrep-index"
        return c
    }
}
