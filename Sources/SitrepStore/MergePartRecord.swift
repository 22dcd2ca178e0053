import Foundation
import GRDB
import SitrepCore

/// What the merge keeps between runs (`MergeMemo`): one merge part's clusters under the part's key, binary (each
/// cluster's positions, ascending, as gaps).
struct MergePartRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "merge_part"
    var key: String
    var payload: Data

    /// Every stored part, and the stored keys.
    static func all(_ db: Database) throws -> MergeMemo {
        var memo = MergeMemo()
        for r in try fetchAll(db) { memo.parts[r.key] = try clusters(from: [UInt8](r.payload)) }
        return memo
    }

    /// Stores the parts of `now` that `before` lacked or held otherwise (a damaged value clustered again) and drops
    /// those `now` no longer holds.
    static func replace(_ db: Database, before: MergeMemo, now: MergeMemo) throws {
        for (k, v) in now.parts where before.parts[k] != v { try MergePartRecord(key: k, payload: Data(bytes(of: v))).save(db) }
        let gone = before.parts.keys.filter { now.parts[$0] == nil }
        if !gone.isEmpty { _ = try deleteAll(db, keys: gone) }
    }

    static func bytes(of clusters: [[Int]]) -> [UInt8] {
        var w = BinaryWriter()
        w.array(clusters) { w, c in
            var last = -1
            w.array(c) { w, p in w.unsigned(UInt64(p - last - 1)); last = p }
        }
        return w.bytes
    }

    /// The clusters `bytes` hold; throws `BinaryReader.Damaged` for bytes that are not a part's.
    static func clusters(from bytes: [UInt8]) throws -> [[Int]] {
        var r = BinaryReader(bytes)
        let out = try r.array { r in
            var last = -1
            return try r.array { r in
                let gap = try r.unsigned()
                guard gap < UInt64(Int32.max) else { throw BinaryReader.Damaged() }
                last += Int(gap) + 1
                return last
            }
        }
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
        return out
    }
}
