/// A 256-bit summary of a set of word values, one bit per value: two sets that share most of their values leave
/// few bits of one unset in the other.
struct WordSignature {
    private var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    /// Sets the bit of `value` (its low eight bits choose it).
    @inline(__always) mutating func add(_ value: UInt64) {
        let bit = UInt64(1) << (value & 63)
        switch (value >> 6) & 3 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    /// How many bits are set here and not in `other`: a lower bound on how many values of this set `other` lacks.
    func missing(from other: WordSignature) -> Int {
        (w0 & ~other.w0).nonzeroBitCount + (w1 & ~other.w1).nonzeroBitCount
            + (w2 & ~other.w2).nonzeroBitCount + (w3 & ~other.w3).nonzeroBitCount
    }
}

/// Counts the distinct values among a sentence's word keys without sorting them, in an open-addressing table that
/// is reused from sentence to sentence, and keeps their signature.
struct DistinctWords {
    private var slots: [UInt64] = []
    private(set) var count = 0
    private(set) var signature = WordSignature()

    /// Makes the set that of `values`, of which there are at most `capacity`.
    mutating func reset<S: Sequence<UInt64>>(to values: S, capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        if slots.count < size { slots = [UInt64](repeating: 0, count: size) }
        var hasZero = false, count = 0, signature = WordSignature()
        let mask = size - 1
        slots.withUnsafeMutableBufferPointer { all in
            let table = UnsafeMutableBufferPointer(rebasing: all[0..<size])
            table.update(repeating: 0)
            for value in values where Self.insert(value, into: table, mask: mask, hasZero: &hasZero) {
                count += 1
                signature.add(value)
            }
        }
        self.count = count; self.signature = signature
    }

    /// Adds a value to the table; false when it was there. Zero marks an empty slot, so it is remembered apart.
    @inline(__always)
    private static func insert(_ value: UInt64, into table: UnsafeMutableBufferPointer<UInt64>, mask: Int,
                               hasZero: inout Bool) -> Bool {
        if value == 0 {
            defer { hasZero = true }
            return !hasZero
        }
        var s = Int(truncatingIfNeeded: (value &* 0x9e37_79b9_7f4a_7c15) >> 40) & mask
        while table[s] != 0 {
            if table[s] == value { return false }
            s = (s + 1) & mask
        }
        table[s] = value
        return true
    }
}
