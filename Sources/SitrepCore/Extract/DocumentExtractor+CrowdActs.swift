extension DocumentExtractor {
    /// "The marchers began stoning the convoy", "demonstrators smashed windows and torched two kiosks":
    /// demonstrators or rioters named as the subject of a violent verb make it an act told, though the sentence gives no
    /// date, toll or place of its own. The subject is the last actor before the verb, over at most six words and no
    /// mark. ACLED codes a crowd's violence as a riot (`ACLEDTyping`).
    func crowdDoer(of h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        guard Self.isViolentAct(h.trigger) else { return false }
        let v = h.tokens.lowerBound
        guard let a = facts.actors.last(where: { $0.tokens.upperBound <= v }) else { return false }
        return Self.crowds.contains(a.inter) && v - a.tokens.upperBound <= 6
            && (a.tokens.upperBound..<v).allSatisfy { Self.isWordPart(facts.tokens[$0]) } && !isSpeaker(a, facts)
    }

    /// Interaction codes of crowds: rioters and protesters.
    static let crowds: Set<Int> = [5, 6]

    /// Fighting, attacking, rioting, looting or wrecking: what a crowd may do that is more than a demonstration.
    static func isViolentAct(_ t: Trigger) -> Bool {
        t.eventType == .riots || t.eventType == .battles || t.eventType == .violenceAgainstCivilians
            || t.subEventType == "Looting/property destruction"
    }

    /// "the crowd began stoning the convoy", "looters started smashing windows and emptying stores": a gerund after a
    /// past verb of beginning or going on (`aspect_verb`), or joined to one that is by "and" or "or" over a few words,
    /// tells what was done.
    static func followsAnAspectVerb(_ i: Int, _ facts: SentenceFacts) -> Bool {
        guard facts.tokens[i].word.endsWith("ing") else { return false }
        var j = i - 1, joined = false
        while j >= facts.sentence.tokens.lowerBound, i - j <= 6, Self.isWordPart(facts.tokens[j]) {
            let w = facts.tokens[j].word
            if facts.tokens[j].isCue(.aspectVerb) { return j == i - 1 || joined && facts.tokens[j + 1].word.endsWith("ing") }
            if w == "and" || w == "or" { joined = true }
            j -= 1
        }
        return false
    }

    /// A word, or the hyphen inside one ("passers-by").
    static func isWordPart(_ t: Token) -> Bool { t.isWord || t.word == "-" && !t.spaceBefore }
}
