import Foundation

extension Gazetteer {
    /// Where a key's bytes are (table, row, byte range): one entry per (key, record) pair.
    struct Entry: Sendable {
        var start: UInt32
        var length: UInt16
        var table: UInt8
        var row: UInt32
        var tag: UInt32

        /// The entry's key bytes as one number: equal for two entries exactly when they are the same entry.
        var identity: UInt64 { UInt64(start) | UInt64(length) << 32 | UInt64(table) << 48 }
    }

    /// An open-addressing hash multimap from key bytes to entries, built once; keys are compared byte by byte.
    ///
    /// Equal keys hash to the same home slot and linear probing keeps them in one cluster, so a lookup walks
    /// from the home slot to the next empty slot. The table is at most half full.
    struct KeyIndex: Sendable {
        private var slots: [Int32]
        private var entries: [Entry] = []
        private let mask: Int

        var count: Int { entries.count }

        /// Builds the index from entries and their full 64-bit hashes. With `unique`, keys must not repeat:
        /// the entry number of the first repeated key (its second occurrence) is kept in `duplicate`.
        /// - Complexity: O(n) expected.
        init(entries: [Entry], hashes: [UInt64], unique: Table? = nil) {
            var size = 16
            while size < entries.count * 2 { size <<= 1 }
            mask = size - 1
            slots = [Int32](repeating: -1, count: size)
            self.entries = entries
            var duplicate: Int?
            slots.withUnsafeMutableBufferPointer { slots in
                for (i, h) in hashes.enumerated() {
                    var s = Int(truncatingIfNeeded: h) & mask
                    while slots[s] >= 0 {
                        if let t = unique, duplicate == nil, entries[Int(slots[s])].tag == entries[i].tag,
                           t.sameKey(entries[Int(slots[s])], entries[i]) { duplicate = i }
                        s = (s + 1) & mask
                    }
                    slots[s] = Int32(i)
                }
            }
            self.duplicate = duplicate
        }

        /// With `unique`: the entry number of the first key seen twice.
        private(set) var duplicate: Int?

        func entry(_ i: Int) -> Entry { entries[i] }

        /// Entries whose key bytes equal `key`, in insertion order of their cluster.
        func lookup(_ key: UnsafeBufferPointer<UInt8>, in tables: [Table]) -> [Entry] {
            let h = Gazetteer.hash(key)
            let tag = UInt32(truncatingIfNeeded: h >> 32)
            var s = Int(truncatingIfNeeded: h) & mask
            var found: [Entry] = []
            while slots[s] >= 0 {
                let e = entries[Int(slots[s])]
                if e.tag == tag && Int(e.length) == key.count && tables[Int(e.table)].bytesEqual(e, key) {
                    found.append(e)
                }
                s = (s + 1) & mask
            }
            return found
        }

        /// The first entry for `key`, if any, without collecting the others.
        func first(_ key: UnsafeBufferPointer<UInt8>, in tables: [Table]) -> Entry? {
            let h = Gazetteer.hash(key)
            let tag = UInt32(truncatingIfNeeded: h >> 32)
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] >= 0 {
                let e = entries[Int(slots[s])]
                if e.tag == tag && Int(e.length) == key.count && tables[Int(e.table)].bytesEqual(e, key) { return e }
                s = (s + 1) & mask
            }
            return nil
        }
    }

    /// A 64-bit hash of the bytes, eight at a time (multiply-xorshift), so the low bits (the slot) depend on every byte.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let p = bytes.baseAddress else { return finish(0) }
        return hash(UnsafeRawPointer(p), bytes.count)
    }

    @inline(__always) static func hash(_ p: UnsafeRawPointer, _ count: Int) -> UInt64 {
        var h = hashSeed(count)
        var i = 0
        while i + 8 <= count {
            h = hashStep(h, p.loadUnaligned(fromByteOffset: i, as: UInt64.self)); i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < count { tail |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << shift; shift += 8; i += 1 }
        return hashTail(h, tail)
    }

    /// The steps of `hash`, shared with `WordKey.Words.hash`, which holds its bytes in words already: the start for
    /// `count` bytes, one full eight-byte word, and the last 0–7 bytes (zero-padded) with the final mix.
    @inline(__always) static func hashSeed(_ count: Int) -> UInt64 { 0xcbf2_9ce4_8422_2325 ^ UInt64(count) }
    @inline(__always) static func hashStep(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let m = (h ^ word) &* 0x9e37_79b9_7f4a_7c15
        return m ^ (m >> 29)
    }
    @inline(__always) static func hashTail(_ h: UInt64, _ tail: UInt64) -> UInt64 { finish((h ^ tail) &* 0x9e37_79b9_7f4a_7c15) }

    /// The final mix of `hash`.
    @inline(__always) static func finish(_ h: UInt64) -> UInt64 {
        var h = h
        h ^= h >> 33; h = h &* 0xff51_afd7_ed55_8ccd; h ^= h >> 33
        return h
    }

    /// Calls `body` with the UTF-8 bytes of `key` without copying when possible.
    static func withBytes<R>(_ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var key = key
        return key.withUTF8 { body($0) }
    }
}

extension Gazetteer.Table {
    /// Whether the entry's key bytes equal `key`.
    func bytesEqual(_ e: Gazetteer.Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
            let start = Int(e.start)
            for i in 0..<key.count where buf[start + i] != key[i] { return false }
            return true
        }
    }

    /// Whether two entries of this table have the same key bytes.
    func sameKey(_ a: Gazetteer.Entry, _ b: Gazetteer.Entry) -> Bool {
        a.length == b.length && bytes.withUnsafeBufferPointer { buf in
            let key = UnsafeBufferPointer(rebasing: buf[Int(b.start)..<Int(b.start) + Int(b.length)])
            return bytesEqual(a, key)
        }
    }

    /// Hashes a byte range of this table's text.
    func hash(_ r: Range<Int>) -> UInt64 {
        bytes.withUnsafeBufferPointer { Gazetteer.hash(UnsafeBufferPointer(rebasing: $0[r])) }
    }
}

/// Collects index entries with their hashes before the index is sized and built.
struct GazetteerIndexBuilder {
    var entries: [Gazetteer.Entry] = []
    var hashes: [UInt64] = []
    var maxTokens = 0

    init(capacity: Int = 0) {
        entries.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// Adds every '|'-separated item of `column` in `row` of `table` (number `tableID`).
    mutating func addItems(of table: Gazetteer.Table, tableID: UInt8, row: Int, column: Int, countTokens: Bool = false) {
        let r = table.range(row, column)
        table.bytes.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return }
            var start = r.lowerBound
            while start < r.upperBound {
                let bar = memchr(base + start, 124, r.upperBound - start)
                let end = bar.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? r.upperBound
                if end > start {
                    append(Gazetteer.hash(UnsafeRawPointer(base + start), end - start), start: start, end: end,
                           tableID: tableID, row: row)
                    if countTokens && maxTokens < 6 { countTokensOf(UnsafeBufferPointer(rebasing: buf[start..<end])) }
                }
                start = end + 1
            }
        }
    }

    /// Raises `maxTokens` to the key's token count (counting stops at 6, the cap of `maxKeyTokens`).
    private mutating func countTokensOf(_ key: UnsafeBufferPointer<UInt8>) {
        var tokens = 1
        for b in key where b == 32 { tokens += 1 }
        maxTokens = max(maxTokens, tokens)
    }

    private mutating func append(_ h: UInt64, start: Int, end: Int, tableID: UInt8, row: Int) {
        entries.append(Gazetteer.Entry(start: UInt32(start), length: UInt16(clamping: end - start), table: tableID,
                                       row: UInt32(row), tag: UInt32(truncatingIfNeeded: h >> 32)))
        hashes.append(h)
    }

    /// Adds one key given by its byte range.
    mutating func add(_ table: Gazetteer.Table, tableID: UInt8, row: Int, range r: Range<Int>) {
        append(table.hash(r), start: r.lowerBound, end: r.upperBound, tableID: tableID, row: row)
    }

    /// The finished index; with `unique`, repeated keys are noted in its `duplicate`.
    func build(unique: Gazetteer.Table? = nil) -> Gazetteer.KeyIndex {
        Gazetteer.KeyIndex(entries: entries, hashes: hashes, unique: unique)
    }
}
