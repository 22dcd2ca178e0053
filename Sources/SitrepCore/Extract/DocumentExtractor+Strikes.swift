/// A sentence telling a strike: which of its event words tell the strike itself.
extension DocumentExtractor {
    static let missileAttack = "Shelling/artillery/missile attack"

    /// "Russian missiles struck the city": the weapon named decides the kind of strike over a bare verb of striking,
    /// unless aircraft are named ("jets struck with missiles" is an air strike).
    static func letTheWeaponDecide(_ picked: inout [TriggerHit], _ facts: SentenceFacts) {
        guard picked.contains(where: { $0.trigger.eventType == .explosions && $0.trigger.isNoun && $0.trigger.subEventType == missileAttack }),
              !facts.actors.contains(where: { $0.names.contains { $0.hasPrefix("Air Force") } }) else { return }
        picked.removeAll { h in
            h.trigger.eventType == .explosions && !h.trigger.isNoun && h.trigger.weight == 1 && h.trigger.subEventType == "Air/drone strike"
        }
    }

    /// "… fired missiles at X, killing three civilians / two soldiers": the killing is the strike's toll, whoever died;
    /// "missiles struck the city, in the second large-scale attack this week": a bare attack noun in a phrase after the
    /// strike is the strike ("The attack began when militants blew up the track" tells a larger one).
    static func foldIntoTheStrike(_ picked: inout [TriggerHit], _ facts: SentenceFacts) {
        guard let strike = picked.first(where: { $0.trigger.eventType == .explosions }) else { return }
        picked.removeAll { h in
            h.trigger.eventType == .violenceAgainstCivilians && h.trigger.subEventType == "Attack"
                || h.trigger.eventType == .battles && h.trigger.weight == 1
                    && (facts.tokens[h.tokens.lowerBound].word.string.hasPrefix("kill")
                        || h.tokens.lowerBound > strike.tokens.lowerBound
                            && ClauseRoles.inPrepositionalPhrase(h, clause: facts.sentence.tokens, tokens: facts.tokens)
                            && restatesTheStrike(h, after: strike, facts))
        }
    }

    /// Whether an attack noun after a strike speaks of that strike: no conjunction opens another clause between them, and
    /// no indefinite article introduces it ("struck sites in Iraq, after blaming the group for an attack near Ankara"
    /// tells another attack).
    static func restatesTheStrike(_ h: TriggerHit, after strike: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let tokens = facts.tokens
        // Event words that start inside the strike's own words are no noun after it (and would make an invalid range).
        guard strike.tokens.upperBound <= h.tokens.lowerBound else { return false }
        if (strike.tokens.upperBound..<h.tokens.lowerBound).contains(where: { tokens[$0].isCue(.subordinator) }) { return false }
        return !(max(strike.tokens.upperBound, h.tokens.lowerBound - 3)..<h.tokens.lowerBound).contains {
            tokens[$0].word == "a" || tokens[$0].word == "an"
        }
    }
}
