/// A trigger phrase found in a sentence, with what surrounds it.
struct TriggerHit: Hashable, Sendable {
    var trigger: Trigger
    var tokens: Range<Int>
    /// Negated ("had not entered", "no fighting") or inside a denial.
    var negated: Bool
    /// Future, planned, hypothetical or called-for ("expected in the next 72 hours", "calling for a halt to").
    var irrealis: Bool
    /// A noun with a determiner ("the offensive", "these attacks"): possibly a reference to a known event.
    var definite: Bool
}

/// Finds triggers in a sentence and reads their modality.
struct TriggerScanner: Sendable {
    let lexicon: Lexicon
    /// The document's token keys.
    let keys: [WordKey]
    var cues: Cues { lexicon.cues }

    func hits(in range: Range<Int>, tokens: [Token], blocked: TokenSet, attributions: [Attribution]) -> [TriggerHit] {
        let keys = Array(self.keys[range])
        var out: [TriggerHit] = []
        var k = 0
        while k < keys.count {
            let i = range.lowerBound + k
            guard tokens[i].isWord, tokens[i].flags.contains(.startsTrigger), !blocked.contains(i), let (trig, len) = lexicon.triggers.match(words: keys, at: k) else { k += 1; continue }
            if trig.isBlocker { k += len; continue }
            let r = i..<(i + len)
            let denial = attributions.contains { $0.isDenial && $0.scope.contains(i) }
            if out.isEmpty { out.reserveCapacity(4) }   // one allocation for a sentence's few hits, not three
            out.append(TriggerHit(trigger: trig, tokens: r, negated: denial || negated(r, range: range, tokens: tokens),
                                  irrealis: irrealis(r, range: range, tokens: tokens, isNoun: trig.isNoun, attemptIsAct: Self.isAssault(trig)),
                                  definite: !(!trig.isNoun && DocumentExtractor.isPastForm(tokens[i]))
                                    && definite(r.lowerBound, range: range, tokens: tokens)))
            k += len
        }
        return out
    }

    func negated(_ r: Range<Int>, range: Range<Int>, tokens: [Token]) -> Bool {
        var j = r.lowerBound - 1, steps = 0
        while j >= range.lowerBound && steps < 4 {
            if tokens[j].kind == .punct && tokens[j].word != "-" { return false }
            if tokens[j].isCue(.negation) { return true }
            j -= 1; steps += 1
        }
        return false
    }

    /// Future, hypothetical or wished-for: a future cue before the trigger ("expected to launch an offensive"), a
    /// demand before a noun trigger ("demanding a ceasefire", "to free hostages"), or "expected" right after it.
    func irrealis(_ r: Range<Int>, range: Range<Int>, tokens: [Token], isNoun: Bool = false, attemptIsAct: Bool = false) -> Bool {
        // "a crowd tried to storm the town hall", "gunmen attempted to seize the base", "an attempt to kill the mayor": an
        // assault tried is one made ("in an attempt to capture …" only says what another act was for).
        if attemptIsAct, r.lowerBound - 2 >= range.lowerBound, keys[r.lowerBound - 1] == "to",
           Self.attemptWords.contains(keys[r.lowerBound - 2]),
           !(r.lowerBound - 4 >= range.lowerBound && keys[r.lowerBound - 3] == "an" && keys[r.lowerBound - 4] == "in") { return false }
        var j = r.lowerBound - 1, steps = 0
        while j >= range.lowerBound && steps < 6 {
            if tokens[j].kind == .punct && Self.isClauseBreak(tokens[j].word) { break }
            // "tried to flee but the rebels killed them": a modal does not reach over "but" into the next clause, nor
            // over a conjunction opening the act's own ("are feared dead after gunmen raided a village").
            if tokens[j].word == "but" || tokens[j].isCue(.subordinator) { break }
            if tokens[j].word == "may" && tokens[j].isCapitalized && j > range.lowerBound { j -= 1; steps += 1; continue }
            if tokens[j].startsCue(.future), cues[.future].match(keys, at: j) != nil { return true }
            if isNoun, tokens[j].startsCue(.demand), cues[.demand].match(keys, at: j) != nil { return true }
            if tokens[j].startsCue(.comparison), cues[.comparison].match(keys, at: j) != nil { return true }
            j -= 1; steps += 1
        }
        var a = r.upperBound
        while a < min(range.upperBound, r.upperBound + 6) {
            if a - r.upperBound <= 1 && Self.isExpectation(keys[a]) { return true }
            // "… in the next 72 hours", "… are possible in the coming days".
            if (keys[a] == "in" || keys[a] == "within" || keys[a] == "over") && a + 2 < keys.count && keys[a + 1] == "the"
                && (keys[a + 2] == "next" || keys[a + 2] == "coming") { return true }
            a += 1
        }
        return false
    }

    /// A verb of storming, attacking, taking ground or killing, whose attempt ACLED codes as the act (an attempt on a
    /// life is an attack).
    static func isAssault(_ t: Trigger) -> Bool {
        !t.isNoun && (t.eventType == .riots || t.eventType == .battles && (t.subEventType == "Armed clash" || t.isTerritory)
            || t.eventType == .violenceAgainstCivilians && t.subEventType == "Attack")
    }

    /// Words of trying before "to" and an assault verb.
    static let attemptWords: Set<WordKey> = ["tried", "attempted", "attempt", "attempts"]

    /// Punctuation that ends the clause a modal could reach over.
    static func isClauseBreak(_ w: WordKey) -> Bool { w == "," || w == ";" || w == ":" || w == "\"" }

    /// "… expected", "… planned", "further protests possible": a word right after the trigger (or after its "are")
    /// that makes it not (yet) real.
    static func isExpectation(_ w: WordKey) -> Bool {
        w == "expected" || w == "planned" || w == "promised" || w == "scheduled" || w == "feared" || w == "threatened"
            || w == "possible" || w == "likely"
    }

    /// A determiner or possessive right before the trigger, over at most two modifiers and never across a verb
    /// (a verb trigger in the past, "the gunmen shot dead", is never a noun with a determiner):
    /// "the offensive", "the rebels’ swift gains", "their terrorist attacks" — but not "its forces were moving".
    func definite(_ i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        // "those killed", "those abducted": the people it happened to, not a reference to an event.
        if i > range.lowerBound, tokens[i - 1].word == "those", DocumentExtractor.isPastForm(tokens[i]) { return false }
        // "in the thousands, gathered": a phrase that starts with its crowd, not its event word, refers to no event told.
        if tokens[i].isCue(.vagueCount) || tokens[i].isCue(.numberWord) || tokens[i].kind == .number { return false }
        var j = i - 1, steps = 0
        while j >= range.lowerBound && steps < 3 {
            let t = tokens[j]
            if t.isCue(.referenceDeterminer) { return true }
            if t.isPossessive { return true }
            if t.kind == .punct && t.word == "'" { j -= 1; continue }
            if t.kind == .punct && t.word == "-" { j -= 1; continue }
            // A determiner before "the scene of violent disorder" belongs to "scene": never across a preposition.
            // "The marchers began stoning the convoy": "the" belongs to the subject of the verb before the act.
            if t.kind != .word || t.isCue(.auxiliary) || t.isCue(.negation) || t.isCue(.preposition) || t.word == "and" || t.word == "or"
                || t.word == "but" || t.isCue(.aspectVerb) { return false }
            j -= 1; steps += 1
        }
        return false
    }
}
