/// Tolls of none: "no one was killed", "nobody died", "none of the passengers were killed", "no casualties were
/// reported", "with no reported casualties", "no immediate reports of deaths", "without casualties".
extension FatalityParser {
    /// A toll of zero told in the sentence, when it gives no number: a negative subject before a death word, or "no" /
    /// "without" before a death or casualty noun (through a few words of reporting).
    func zeroToll(in range: Range<Int>, tokens: [Token], keys: [WordKey]) -> FatalityFinding? {
        for i in range where tokens[i].isCue(.negation) {
            let k = keys[i]
            if k == "nobody" || k == "none" || (k == "no" && i + 1 < range.upperBound && keys[i + 1] == "one") {
                if let end = deathWord(after: i + (k == "no" ? 2 : 1), within: 7, range: range, tokens: tokens, keys: keys) {
                    return FatalityFinding(count: FatalityCount(count: 0, qualifier: nil), tokens: i..<end)
                }
            } else if k == "no" || k == "without", let end = harmNoun(after: i + 1, range: range, tokens: tokens, keys: keys) {
                return FatalityFinding(count: FatalityCount(count: 0, qualifier: nil), tokens: i..<end)
            }
        }
        return nil
    }

    /// Whether a count follows "none of" ("none of the 12 hostages"): the people of whom none were harmed.
    static func afterNoneOf(_ i: Int, range: Range<Int>, keys: [WordKey]) -> Bool {
        let of = i - 1 > range.lowerBound && keys[i - 1] == "the" ? i - 2 : i - 1
        return of > range.lowerBound && keys[of] == "of" && keys[of - 1] == "none"
    }

    /// The end of a death word within `within` words after `start` (a verb of the negative subject: "was killed",
    /// "of them died", "of the 12 hostages were killed", "lost their lives"), with no other clause in between.
    func deathWord(after start: Int, within: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> Int? {
        var j = start
        while j < min(range.upperBound, start + within) {
            if tokens[j].startsCue(.deathWord), let n = death.match(keys, at: j) { return j + n }
            guard tokens[j].isWord || tokens[j].kind == .number, keys[j] != "but", keys[j] != "and" else { return nil }
            j += 1
        }
        return nil
    }

    /// The end of a death or casualty noun right after "no" / "without", through words of reporting ("reported",
    /// "immediate reports of", "any"): "no casualties", "no reported deaths", "no loss of life".
    func harmNoun(after start: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> Int? {
        var j = start
        while j < min(range.upperBound, start + 4) {
            if keys[j] == "loss", j + 2 < range.upperBound, keys[j + 1] == "of", keys[j + 2] == "life" { return j + 3 }
            if tokens[j].isCue(.casualtyWord) || Self.isDeathNoun(plural: keys[j]) { return j + 1 }
            guard Self.reportingWords.contains(keys[j]) else { return nil }
            j += 1
        }
        return nil
    }

    /// Words between "no" and a casualty noun that keep the toll a toll of none.
    static let reportingWords: Set<WordKey> = ["reported", "immediate", "known", "confirmed", "report", "reports", "of", "any", "further"]

    /// Death nouns a toll of none names: "no deaths", "no fatalities", "no dead".
    static func isDeathNoun(plural w: WordKey) -> Bool { w == "deaths" || w == "fatalities" || w == "dead" || w == "death" }
}
