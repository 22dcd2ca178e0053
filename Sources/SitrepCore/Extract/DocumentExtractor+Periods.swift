/// Event words that tell a state lasting over a period, not an act: "rebels who have been battling the army for seven
/// years", "an area marred by seven years of deadly clashes", "a city under siege".
extension DocumentExtractor {
    /// Whether `h` tells a period rather than an act (`lastsFor`, `spanOf`, `underSiege`).
    static func tellsAPeriod(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let tokens = facts.tokens, r = facts.sentence.tokens
        return h.trigger.isNoun ? spanOf(h.tokens.lowerBound, r, tokens) || underState(h.tokens.lowerBound, r, tokens)
            : lastsFor(h, r, tokens)
    }

    /// "… who have been battling the army for seven years", "have fought for months": the perfect (progressive or not)
    /// with a duration of weeks or more after it (within eight words, in the clause).
    static func lastsFor(_ h: TriggerHit, _ r: Range<Int>, _ tokens: [Token]) -> Bool {
        var a = h.tokens.lowerBound - 1
        if a > r.lowerBound, tokens[a].word == "been" { a -= 1 }
        guard a >= r.lowerBound, tokens[a].word == "has" || tokens[a].word == "have" else { return false }
        var j = h.tokens.upperBound
        while j + 1 < min(r.upperBound, h.tokens.upperBound + 8), tokens[j].isWord {
            if tokens[j].word == "for", isDuration(at: j + 1, r, tokens) { return true }
            j += 1
        }
        return false
    }

    /// "seven years of deadly clashes", "decades of conflict", "months of fighting": weeks or more (a plural unit),
    /// then "of" and at most two words, none a determiner, before the event noun at `n` ("within weeks of the attack"
    /// speaks of one attack).
    static func spanOf(_ n: Int, _ r: Range<Int>, _ tokens: [Token]) -> Bool {
        var j = n - 1
        while j > r.lowerBound, n - j <= 3, tokens[j].isWord, !tokens[j].isCapitalized, !determiners.contains(tokens[j].word) {
            if tokens[j].word == "of" { return longSpans.contains(tokens[j - 1].word) && tokens[j - 1].word.endsWith("s") }
            j -= 1
        }
        return false
    }

    static let determiners: Set<WordKey> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"]

    /// "a city under siege", "under bombardment": a place living under it, not an act ("the town came under attack"
    /// tells one).
    static func underState(_ n: Int, _ r: Range<Int>, _ tokens: [Token]) -> Bool {
        guard n - 1 >= r.lowerBound, tokens[n - 1].word == "under" else { return false }
        return n - 2 < r.lowerBound || !comings.contains(tokens[n - 2].word)
    }

    static let comings: Set<WordKey> = ["came", "come", "comes", "coming"]

    /// A span of weeks or more starting at `i`: "seven years", "two decades", "months", "several weeks".
    static func isDuration(at i: Int, _ r: Range<Int>, _ tokens: [Token]) -> Bool {
        guard i < r.upperBound else { return false }
        if longSpans.contains(tokens[i].word) { return true }
        return i + 1 < r.upperBound && isCount(tokens[i]) && longSpans.contains(tokens[i + 1].word)
    }

    /// A number, a number word, or a vague count ("several", "many", "few").
    static func isCount(_ t: Token) -> Bool {
        t.kind == .number || t.isCue(.numberWord) || t.word == "several" || t.word == "many" || t.word == "few"
    }
}
