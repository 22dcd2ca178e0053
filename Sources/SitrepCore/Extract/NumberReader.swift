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
            if i + 1 < limit, tokens[i + 1].isCue(.numberScale), let scale = scales.value(of: [tokens[i + 1].word]) { return (v * scale, 2) }
            return (v, 1)
        }
        guard tokens[i].isWord, tokens[i].startsCue(.numberWord) else { return nil }
        let keys = (i..<min(limit, i + 6)).map { tokens[$0].word }
        guard let n = words.match(keys, at: 0), let first = words.value(of: keys[0..<n]) else { return nil }
        if first == 1 && (keys[0] == "a" || keys[0] == "an") && n == 1 { return nil }
        var value = first, len = n
        // twenty-five, twenty five
        if first >= 20 && first < 100, len < keys.count {
            let skip = keys[len] == "-" ? 1 : 0
            if len + skip < keys.count, let m = words.match(keys, at: len + skip), let u = words.value(of: keys[(len + skip)..<(len + skip + m)]), u < 10, u > 0 {
                value += u; len += skip + m
            }
        }
        // three hundred, two thousand
        if len < keys.count, let scale = scales.value(of: [keys[len]]), value < 1000 {
            value *= scale; len += 1
        }
        return (value, len)
    }
}
