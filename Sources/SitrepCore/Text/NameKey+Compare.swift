/// Comparing a name's key with words already keyed, without building strings.
extension NameKey {
    /// Whether `normalize(name)` equals the keys of the words among `tokens` joined by single spaces.
    static func normalized(_ name: String, equalsWordsOf tokens: ArraySlice<Token>) -> Bool {
        var keys: [WordKey] = []
        for t in tokens where t.isWord { keys.append(t.word) }
        return normalized(name, equalsKeys: keys)
    }

    /// Whether `normalize(name)` equals `keys` joined by single spaces. Pure-ASCII names (nearly all gazetteer names)
    /// are normalised byte by byte against the keys; others take `normalize`.
    static func normalized(_ name: String, equalsKeys keys: [WordKey]) -> Bool {
        WordKey.withJoined(count: keys.count, key: { keys[$0] }) { expected, _ in
            var name = name
            return name.withUTF8 { bytes in
                guard bytes.allSatisfy({ $0 < 128 }) else { return normalize(String(decoding: bytes, as: UTF8.self)).utf8.elementsEqual(expected) }
                return asciiKey(of: bytes, equals: expected)
            }
        }
    }

    /// `normalizeASCII(bytes)` compared with `expected` as it is produced.
    static func asciiKey(of bytes: UnsafeBufferPointer<UInt8>, equals expected: UnsafeBufferPointer<UInt8>) -> Bool {
        var n = 0
        let same = asciiKeyBytes(of: bytes) { c in
            guard n < expected.count, expected[n] == c else { return false }
            n += 1
            return true
        }
        return same && n == expected.count
    }
}
