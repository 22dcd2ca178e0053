/// A map from words to values, probed with the word's own hash (`WordKey.keyHash`) in an open-addressing table:
/// no `Hasher` work, which is most of the cost of a `Dictionary` lookup on the hot paths.
struct WordTable<Value: Sendable>: Sendable, Sequence {
    private var words: [WordKey] = []
    private var values: [Value?] = []
    private var mask = -1
    private(set) var count = 0

    init() {}

    subscript(word: WordKey) -> Value? {
        get { value(for: word, hash: word.keyHash) }
        set {
            if newValue != nil && (count + 1) * 2 > values.count { grow() }
            guard mask >= 0 else { return }
            var s = Int(truncatingIfNeeded: word.keyHash) & mask
            while values[s] != nil && words[s] != word { s = (s + 1) & mask }
            if values[s] == nil, let newValue { words[s] = word; values[s] = newValue; count += 1 }
            else if values[s] != nil, let newValue { values[s] = newValue }
            else if values[s] != nil { remove(at: s) }
        }
    }

    /// The value of `word`, whose `keyHash` the caller already has (a token's `keyHash`).
    func value(for word: WordKey, hash: UInt64) -> Value? {
        guard count > 0 else { return nil }
        var s = Int(truncatingIfNeeded: hash) & mask
        while let v = values[s] {
            if words[s] == word { return v }
            s = (s + 1) & mask
        }
        return nil
    }

    subscript(word: WordKey, default value: @autoclosure () -> Value) -> Value {
        get { self[word] ?? value() }
        set { self[word] = newValue }
    }

    /// The pairs, in table order.
    func makeIterator() -> AnyIterator<(key: WordKey, value: Value)> {
        var s = 0
        return AnyIterator {
            while s < values.count {
                defer { s += 1 }
                if let v = values[s] { return (words[s], v) }
            }
            return nil
        }
    }

    private mutating func grow() {
        let old = Array(self)
        let size = Swift.max(16, values.count * 2)
        words = Array(repeating: WordKey(), count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1; count = 0
        for (w, v) in old { self[w] = v }
    }

    /// Removes slot `s` and re-inserts the rest of its run (linear probing keeps no tombstones).
    private mutating func remove(at s: Int) {
        values[s] = nil; count -= 1
        var t = (s + 1) & mask
        while let v = values[t] {
            let w = words[t]
            values[t] = nil; count -= 1
            self[w] = v
            t = (t + 1) & mask
        }
    }
}
