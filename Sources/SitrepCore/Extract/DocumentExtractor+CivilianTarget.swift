/// An attack told by its target: a place where civilians gather, or civilians.
extension DocumentExtractor {
    /// "an attack on two villages", "the raid against a church", "attacks on construction workers": a plain attack word
    /// whose "on"/"against" phrase (up to six words, not past punctuation or another preposition) names a place where
    /// civilians gather or civilians themselves.
    static func attacksCivilianTarget(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let tokens = facts.tokens, end = facts.sentence.tokens.upperBound
        guard h.trigger.weight <= 2, h.tokens.contains(where: { plainAttackWords.contains(tokens[$0].word) }) else { return false }
        func opensObject(_ w: WordKey) -> Bool { w == "on" || w == "against" }
        // The preposition follows the trigger phrase, or ends it ("attack on").
        var j = h.tokens.upperBound
        if j < end, opensObject(tokens[j].word) { j += 1 } else if !opensObject(tokens[j - 1].word) { return false }
        for t in tokens[j..<min(end, j + 6)] {
            if civilianTargets.contains(t.word) { return true }
            if t.kind == .punct && t.word != "-" || t.isCue(.preposition) { return false }
        }
        return false
    }

    static let civilianTargets: Set<WordKey> = [
        "village", "villages", "school", "schools", "church", "churches", "mosque", "mosques", "market", "markets", "marketplace",
        "hospital", "hospitals", "clinic", "clinics", "monastery", "monasteries", "temple", "temples", "pagoda", "pagodas",
        "shelter", "shelters", "home", "homes", "house", "houses", "civilians", "villagers", "residents", "worshippers",
        "worshipers", "workers", "journalists", "farmers", "students", "pupils", "passengers", "mourners", "pilgrims"]
}
