import Foundation
import GRDB
import SitrepCore

/// What the publication inference keeps between runs (`InferenceMemo`, binary): an undated article's reading with its
/// inferred date under "r:" and its prose's stated days under "s:", each keyed by everything it was computed from.
struct InferenceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "inference"
    var key: String
    var payload: Data

    static let reading = "r:", stated = "s:"

    /// Every stored value (passages cut from `texts`, document texts by id) and the stored keys. A reading of an
    /// article that has since changed or gone may not be cut from the texts now (its passages lie past the new end, or
    /// its document is missing): it is left out, not taken for damage — its key names the old bytes, so it would never
    /// be looked up, and `replace` drops it.
    static func all(_ db: Database, texts: [String: ArticleText]) throws -> (InferenceMemo, Set<String>) {
        var memo = InferenceMemo(), keys: Set<String> = []
        for r in try fetchAll(db) {
            keys.insert(r.key)
            let bytes = [UInt8](r.payload)
            if r.key.hasPrefix(reading) {
                guard let value = try? InferredReading(binary: bytes, texts: texts) else { continue }
                memo.readings[String(r.key.dropFirst(reading.count))] = value
            } else if r.key.hasPrefix(stated) {
                memo.stated[String(r.key.dropFirst(stated.count))] = try DocumentExtractor.StatedDays(binary: bytes)
            }
        }
        return (memo, keys)
    }

    /// Stores the values of `now` that the keys `before` lacked and drops those `now` no longer holds.
    static func replace(_ db: Database, before: Set<String>, now: InferenceMemo, texts: [String: ArticleText]) throws {
        var keys: Set<String> = []
        for (k, v) in now.readings {
            let key = reading + k
            keys.insert(key)
            if !before.contains(key) { try InferenceRecord(key: key, payload: Data(v.binary(texts: texts))).save(db) }
        }
        for (k, v) in now.stated {
            let key = stated + k
            keys.insert(key)
            if !before.contains(key) { try InferenceRecord(key: key, payload: Data(v.binary)).save(db) }
        }
        let gone = before.subtracting(keys)
        if !gone.isEmpty { _ = try deleteAll(db, keys: Array(gone)) }
    }
}

extension InferredReading: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(published: try r.value(), extraction: try r.value()) }
    func write(to w: inout BinaryWriter) { w.value(published); w.value(extraction) }
}

extension DocumentExtractor.StatedDays: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        self.init(latest: try r.optional { try $0.value() }, yearless: try r.array { try $0.int() }, weekdayed: try r.array { try $0.int() })
    }
    func write(to w: inout BinaryWriter) { w.optional(latest) { $0.value($1) }; w.array(yearless) { $0.int($1) }; w.array(weekdayed) { $0.int($1) } }
}
