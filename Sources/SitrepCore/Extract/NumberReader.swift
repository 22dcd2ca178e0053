/// Reads a count written in digits or words: "300,000", "four", "twenty-five", "three hundred", "a dozen".
public struct NumberReader: Sendable {
    public let cues: Cues
    let words: PhraseSet
    let scales: PhraseSet
    public init(cues: Cues) { self.cues = cues; words = cues[.numberWord]; scales = cues[.numberScale] }

    /// The value and token length of a number starting at `i`, or nil.
    public func number(at i: Int, limit: Int, tokens: [Token]) -> (Int, Int)? {
        guard i < limit else { return nil }
        if tokens[i].kind == .number, let v = tokens[i].number {
            if i + 1 < limit, tokens[i + 1].isCue(.numberScale), let scale = scales.value(of: CollectionOfOne(tokens[i + 1].word)) {
                return (Self.scaled(tokens[i].rawText.string, v, scale), 2)
            }
            return (v, 1)
        }
        guard tokens[i].isWord, tokens[i].startsCue(.numberWord) else { return nil }
        let count = min(limit, i + 6) - i
        return withUnsafeTemporaryAllocation(of: WordKey.self, capacity: count) { buffer in
            for k in 0..<count { buffer.initializeElement(at: k, to: tokens[i + k].word) }
            return number(words: UnsafeBufferPointer(buffer))
        }
    }

    /// "3.5 million": a figure with decimals times its scale (the token's own value drops the decimals).
    static func scaled(_ raw: String, _ whole: Int, _ scale: Int) -> Int {
        guard let dot = raw.firstIndex(of: "."), case let digits = raw[raw.index(after: dot)...].prefix(3),
              !digits.isEmpty, digits.allSatisfy(\.isASCII), let fraction = Int(digits) else { return whole * scale }
        var unit = 1
        for _ in digits { unit *= 10 }
        return whole * scale + fraction * scale / unit
    }

    /// `number(at:limit:tokens:)` on the keys of the words from the number's start on (at most six).
    func number(words keys: UnsafeBufferPointer<WordKey>) -> (Int, Int)? {
        guard let p = words.phrase(keys, at: 0), let first = p.value else { return nil }
        let n = p.words.count
        if first == 1 && (keys[0] == "a" || keys[0] == "an") && n == 1 { return nil }
        var value = first, len = n
        // twenty-five, twenty five
        if first >= 20 && first < 100, len < keys.count {
            let skip = keys[len] == "-" ? 1 : 0
            if len + skip < keys.count, let q = words.phrase(keys, at: len + skip), let u = q.value, u < 10, u > 0 {
                value += u; len += skip + q.words.count
            }
        }
        // three hundred, two thousand
        if len < keys.count, let scale = scales.value(of: CollectionOfOne(keys[len])), value < 1000 {
            value *= scale; len += 1
        }
        return (value, len)
    }
}
