/// An attack told by its target: a place where civilians gather, or civilians.
extension DocumentExtractor {
    /// "an attack on two villages", "the raid against a church", "attacks on construction workers", "gunmen attacked a
    /// synagogue", "opened fire at a church", "a synagogue and a church were attacked": a plain attack word whose object
    /// (its "on"/"against"/"at" phrase, a verb's direct object, or a passive verb's subject; up to six words, not past
    /// punctuation or another preposition) names a place where civilians gather or civilians themselves.
    static func attacksCivilianTarget(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let tokens = facts.tokens, sentence = facts.sentence.tokens
        guard h.trigger.weight <= 2 else { return false }
        let noun = h.tokens.contains { plainAttackWords.contains(tokens[$0].word) }
        let verb = !noun && h.tokens.contains { attackVerbs.contains(tokens[$0].word) }
        guard noun || verb else { return false }
        func opensObject(_ w: WordKey) -> Bool { w == "on" || w == "against" || w == "at" }
        var j = h.tokens.upperBound
        if j < sentence.upperBound, opensObject(tokens[j].word) { j += 1 }
        else if !opensObject(tokens[j - 1].word) && !verb { return false }
        if names(tokens[j..<min(sentence.upperBound, j + 6)]) { return true }
        // "… were attacked": the passive verb's subject, back to the clause's start.
        let auxiliary = h.tokens.lowerBound > sentence.lowerBound ? tokens[h.tokens.lowerBound - 1].word : ""
        guard verb, auxiliary == "was" || auxiliary == "were" else { return false }
        return names(tokens[max(sentence.lowerBound, h.tokens.lowerBound - 7)..<(h.tokens.lowerBound - 1)].reversed())
    }

    /// Whether the words, read on from the object's start, name a civilian target before punctuation or a preposition
    /// other than "of" ("places of worship").
    static func names<S: Sequence>(_ words: S) -> Bool where S.Element == Token {
        for t in words {
            if civilianTargets.contains(t.word) { return true }
            if t.kind == .punct && t.word != "-" || t.isCue(.preposition) && t.word != "of" { return false }
        }
        return false
    }

    /// Verb forms of attacking a place or people ("attacked", "opened fire at"): with their object, an attack on it.
    static let attackVerbs: Set<WordKey> = ["attacked", "attacking", "raided", "raiding", "stormed", "storming", "fire", "fired", "firing"]

    static let civilianTargets: Set<WordKey> = [
        "village", "villages", "school", "schools", "church", "churches", "mosque", "mosques", "synagogue", "synagogues",
        "cathedral", "cathedrals", "chapel", "chapels", "shrine", "shrines", "worship", "market", "markets", "marketplace",
        "hospital", "hospitals", "clinic", "clinics", "monastery", "monasteries", "temple", "temples", "pagoda", "pagodas",
        "shelter", "shelters", "home", "homes", "house", "houses", "civilians", "villagers", "residents", "worshippers",
        "worshipers", "workers", "journalists", "farmers", "students", "pupils", "passengers", "mourners", "pilgrims"]
}
