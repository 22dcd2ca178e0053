import Foundation
import GRDB
import SitrepCore

/// The analysts' annotations of a corpus, in their own SQLite file (WAL, named migrations), apart from the index
/// cache so that rebuilding or wiping the cache never touches them.
public struct AnnotationStore: Sendable {
    let writer: any DatabaseWriter
    public let path: String?

    /// `.sitrep/sitrep.sqlite` → `.sitrep/sitrep-annotations.sqlite`.
    public static func path(forIndex index: String) -> String {
        (index.hasSuffix(".sqlite") ? String(index.dropLast(7)) : index) + "-annotations.sqlite"
    }

    public static func open(path: String) throws -> AnnotationStore {
        do {
            let pool = try DatabasePool(path: path, configuration: CorpusIndex.configuration)
            try migrator.migrate(pool)
            return AnnotationStore(writer: pool, path: path)
        } catch { throw IndexError.classify(error, path: path) }
    }

    public static func inMemory() throws -> AnnotationStore {
        let q = try DatabaseQueue(configuration: CorpusIndex.configuration)
        try migrator.migrate(q)
        return AnnotationStore(writer: q, path: nil)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-annotations") { db in
            try db.create(table: AnnotationRecord.databaseTableName) { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("payload", .blob).notNull()
                t.column("anchor", .text).notNull().indexed()
            }
        }
        return m
    }

    /// Every annotation, in the order they were made.
    public func all() throws -> [Annotation] {
        try writer.read { db in try AnnotationRecord.order(Column("id")).fetchAll(db) }.map { try Codec.decode(Annotation.self, $0.payload) }
    }

    /// Attaches every annotation to its event now (see `AnnotationMatcher`), saving the changes; returns them all.
    public func reconcile(events: [Event], documents: [Document]) throws -> [Annotation] {
        try writer.write { db in
            let records = try AnnotationRecord.order(Column("id")).fetchAll(db)
            guard !records.isEmpty else { return [] }   // nothing to match: the corpus's passages are not indexed
            let matcher = AnnotationMatcher(events: events, documents: documents)
            let byID = Dictionary(events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let docs = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return try records.map { record in
                let old = try Codec.decode(Annotation.self, record.payload)
                var now = old
                now.event = matcher.event(for: old.passages)
                if let e = now.event.flatMap({ byID[$0] }) { now.passages = Annotation.passages(of: e, documents: docs) }
                if now != old {   // re-anchored to the event's passages now; an orphan keeps its last ones
                    var r = record
                    r.payload = try Codec.encode(now); r.anchor = Self.anchor(now)
                    try r.update(db)
                }
                return now
            }
        }
    }

    /// Saves `a`, replacing the annotation of the same event (same first passage) if there is one.
    public func save(_ a: Annotation) throws {
        do { try writer.write { db in try Self.put(a, db) } } catch { throw IndexError.classify(error, path: path ?? ":memory:") }
    }

    /// Imports annotations (an export's), each replacing one of the same first passage.
    public func importAll(_ list: [Annotation]) throws {
        try writer.write { db in for a in list { try Self.put(a, db) } }
    }

    static func put(_ a: Annotation, _ db: Database) throws {
        let key = anchor(a)
        var r = try AnnotationRecord.filter(Column("anchor") == key).fetchOne(db) ?? AnnotationRecord(id: nil, payload: Data(), anchor: key)
        r.payload = try Codec.encode(a)
        try r.save(db)
    }

    static func anchor(_ a: Annotation) -> String {
        a.passages.first.map { "\($0.sha256):\($0.start):\($0.end)" } ?? "none"
    }
}

/// The JSON file `sitrep annotations export` writes and `import` reads.
public struct AnnotationFile: Codable, Sendable, Equatable {
    public var format = "sitrep-annotations/1"
    public var annotations: [Annotation]
    public init(annotations: [Annotation]) { self.annotations = annotations }

    public func data() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try e.encode(self)
    }

    public static func read(_ data: Data) throws -> AnnotationFile { try JSONDecoder().decode(AnnotationFile.self, from: data) }
}
