/// Clauses that only set the sentence's event against an older one: their acts, places, tolls and dates are not read.
extension DocumentExtractor {
    /// The tokens of `r` that tell the sentence's own events: a clause comparing them with an older event ("the deadliest
    /// since militants seized the city last year, leading to a siege that claimed 1,100 lives", "which come three months
    /// after gunmen stormed a concert hall") is cut off; one opening the sentence ("Two years after the siege, …") is cut
    /// up to its comma. A comparison with a date or a name alone before a comma ("the deadliest since 2019, killing 30")
    /// is left as it is.
    static func foreground(_ r: Range<Int>, tokens: [Token]) -> Range<Int> {
        // "since", "after" and "before" are cues (`event_introducer`, `subordinator`): a bare scan of the cue bits passes
        // every other word (this runs on every sentence).
        let gate = CueCategory.eventIntroducer.bit | CueCategory.subordinator.bit
        let candidates: [Int] = tokens.withUnsafeBufferPointer { b in
            var found: [Int] = []
            for i in r where b[i].cues.single & gate != 0 { found.append(i) }
            return found
        }
        for i in candidates {
            guard let start = backgroundStart(at: i, r, tokens) else { continue }
            let comma = (i..<r.upperBound).first { tokens[$0].word == "," }
            if start - r.lowerBound <= 1 {
                guard let comma, comma + 1 < r.upperBound else { return r }
                return (comma + 1)..<r.upperBound
            }
            // A date or a name alone ("since 2019, killing 30"): what follows its comma is the sentence's again, and the
            // date after "since" is no date of the act anyway (`since(before:)`); unless "when" tells what happened
            // then ("since 2020, when the two sides signed a truce"): that clause is the older event's.
            if let comma, !(i + 1..<comma).contains(where: { Self.isPastVerb(tokens[$0]) }),
               !(comma + 1 < r.upperBound && tokens[comma + 1].word == "when") { return r }
            // A clause with its own verb ("since militants seized …"): what follows its comma ("leading to …") is still its.
            return r.lowerBound..<start
        }
        return r
    }

    /// Where a comparison with an older event starts at `i`: "since" after a superlative ("the deadliest since", "its
    /// worst since", "the first since"), or a span of weeks or more before "after" or "before" ("three months after").
    static func backgroundStart(at i: Int, _ r: Range<Int>, _ tokens: [Token]) -> Int? {
        let w = tokens[i].word
        if w == "since", i + 1 < r.upperBound, followsSuperlative(i, r, tokens) { return i }
        if i - 2 >= r.lowerBound, w == "after" || w == "before", Self.longSpans.contains(tokens[i - 1].word) {
            let n = tokens[i - 2]
            if n.kind == .number || n.isCue(.numberWord) || n.word == "a" || n.word == "several" || n.word == "few" { return i - 2 }
        }
        return nil
    }

    static let longSpans: Set<WordKey> = ["week", "weeks", "month", "months", "year", "years", "decade", "decades"]

    /// Whether a superlative with "the", "its", "their" or a possessive before it stands in the six words before `i`
    /// ("the deadliest attack in the region this year").
    static func followsSuperlative(_ i: Int, _ r: Range<Int>, _ tokens: [Token]) -> Bool {
        guard i > r.lowerBound + 1 else { return false }
        return (max(r.lowerBound + 1, i - 6)..<i).contains { j in
            let w = tokens[j].word
            let superlative = w == "worst" || w == "first" || w == "most" || w.utf8Count >= 6 && w.endsWith("est") && !notSuperlatives.contains(w)
            let d = tokens[j - 1]
            return superlative && (d.word == "the" || d.word == "its" || d.word == "their" || d.isPossessive)
        }
    }

    /// Words ending in "-est" that are no superlatives ("the unrest on Friday", "the northwest on Monday").
    static let notSuperlatives: Set<WordKey> = ["unrest", "protest", "arrest", "interest", "request", "conquest", "harvest",
                                                "contest", "forest", "manifest", "suggest", "digest", "invest", "honest", "modest",
                                                "earnest", "priest", "behest", "bequest", "midwest", "northwest", "southwest"]

    /// A verb in the past: a word ending in "-ed", or a common irregular one.
    static func isPastVerb(_ t: Token) -> Bool {
        t.isWord && !t.isCapitalized && (t.word.endsWith("ed") || Self.irregularPasts.contains(t.word))
    }

    static let irregularPasts: Set<WordKey> = ["began", "took", "came", "fell", "broke", "struck", "overran", "hit", "won",
                                               "swept", "left", "shot", "led", "seized", "drove", "went", "stormed"]
}
