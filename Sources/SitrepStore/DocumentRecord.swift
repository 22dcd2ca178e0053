import GRDB
import SitrepCore

/// A file of the corpus as last indexed: what the next refresh compares with to report added, changed and removed,
/// and its stamp (`FileStamp.description`; nil when not known) so that an unchanged file is not hashed again.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord, Equatable {
    static let databaseTableName = "document"
    var path: String
    var docID: String
    var sha256: String
    var stamp: String? = nil

    /// Writes the rows of `current` that differ from `previous` and deletes those of paths no longer there.
    static func update(_ db: Database, from previous: [DocumentRecord], to current: [DocumentRecord]) throws {
        let old = Dictionary(previous.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for r in current where old[r.path] != r { try r.save(db) }
        let gone = Set(old.keys).subtracting(current.map(\.path))
        if !gone.isEmpty { _ = try deleteAll(db, keys: Array(gone)) }
    }

    /// The files whose stamp is known, by path.
    static func known(_ db: Database) throws -> [String: KnownFile] {
        var out: [String: KnownFile] = [:]
        for r in try fetchAll(db) {
            if let s = r.stamp.flatMap(FileStamp.init) { out[r.path] = KnownFile(stamp: s, sha256: r.sha256) }
        }
        return out
    }
}
