/// A read-only map from 64-bit hashes (already well mixed, such as `Gazetteer.hash`) to values, in an
/// open-addressing table: a lookup is a mask, a compare and a step, with no `Hasher` work.
struct HashedTable<Value: Sendable>: Sendable {
    private var keys: [UInt64] = []
    private var values: [Value?] = []
    private var mask = 0

    init() {}

    /// A table of these pairs; a repeated key keeps its last value.
    init<S: Sequence<(key: UInt64, value: Value)>>(_ pairs: S) {
        let list = Array(pairs)
        var size = 16
        while size < list.count * 2 { size <<= 1 }
        mask = size - 1
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        for (key, value) in list {
            var s = Int(truncatingIfNeeded: key) & mask
            while values[s] != nil && keys[s] != key { s = (s + 1) & mask }
            keys[s] = key; values[s] = value
        }
    }

    subscript(key: UInt64) -> Value? {
        guard !keys.isEmpty else { return nil }
        var s = Int(truncatingIfNeeded: key) & mask
        while let v = values[s] {
            if keys[s] == key { return v }
            s = (s + 1) & mask
        }
        return nil
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}
