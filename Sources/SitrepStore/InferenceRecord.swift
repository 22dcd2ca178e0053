import Foundation
import GRDB
import SitrepCore

/// An undated article's reading with its inferred publication date (`InferredReading`, binary), keyed by everything
/// the inference read (`PublicationInference.key`): an unchanged article with the same evidence is not read again.
struct InferenceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "inference"
    var key: String
    var payload: Data

    /// Every stored reading, decoded (passages cut from `texts`, document texts by id).
    static func all(_ db: Database, texts: [String: String]) throws -> [String: InferredReading] {
        var out: [String: InferredReading] = [:]
        for r in try fetchAll(db) { out[r.key] = try InferredReading(binary: [UInt8](r.payload), texts: texts) }
        return out
    }

    /// Stores the readings of `now` that `before` lacked and drops those `now` no longer uses.
    static func replace(_ db: Database, before: Set<String>, now: [String: InferredReading], texts: [String: String]) throws {
        for (k, v) in now where !before.contains(k) { try InferenceRecord(key: k, payload: Data(v.binary(texts: texts))).save(db) }
        let stale = before.subtracting(now.keys)
        if !stale.isEmpty { _ = try deleteAll(db, keys: Array(stale)) }
    }
}

extension InferredReading: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(published: try r.value(), extraction: try r.value()) }
    func write(to w: inout BinaryWriter) { w.value(published); w.value(extraction) }
}
