/// How a sentence tells an act as done beyond its verbs: a projectile that struck, a noun carried out in the passive,
/// an event noun that only frames the act of the main clause, a generic attack the next sentence names.
extension DocumentExtractor {
    /// A weak non-reciprocal event noun opening the sentence's first phrase ("In an attack near X on Thursday, …",
    /// "During a raid, …"), a comma closing that phrase.
    static func opensAsFrame(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let r = facts.sentence.tokens, tokens = facts.tokens
        let i = h.tokens.lowerBound, opening = tokens[r.lowerBound].word
        guard opening == "in" || opening == "during", i > r.lowerBound, i - r.lowerBound <= 3, h.trigger.weight <= 1,
              h.trigger.isNoun || h.definite || tokens[i - 1].word == "a" || tokens[i - 1].word == "an",
              !isReciprocal(h, tokens) else { return false }
        return (h.tokens.upperBound..<r.upperBound).contains { tokens[$0].word == "," }
    }

    /// An act whose subject, an armed actor, stands right before it after a comma ("…, rebels killed eight").
    static func hasOwnSubject(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let i = h.tokens.lowerBound
        return facts.actors.contains { a in
            a.tokens.upperBound == i && ACLEDTyping.armed.contains(a.inter) && a.tokens.lowerBound > facts.sentence.tokens.lowerBound
                && facts.tokens[a.tokens.lowerBound - 1].word == ","
        }
    }

    /// "One shell hit a compound", "a rocket slammed into a house": a projectile or bomb that is the subject of a verb of
    /// impact in the past struck.
    static func struckSomething(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let j = h.tokens.upperBound
        guard h.trigger.eventType == .explosions, j < facts.sentence.tokens.upperBound else { return false }
        return impactVerbs.contains(facts.tokens[j].word)
    }
    static let impactVerbs: Set<WordKey> = ["hit", "struck", "slammed", "smashed", "landed", "crashed", "tore", "ripped", "exploded",
                                            "destroyed", "damaged", "wrecked", "pounded"]

    /// "At least 300 arrests were made", "airstrikes were carried out": the event noun as the subject of a verb of
    /// carrying out in the passive.
    static func performedInPassive(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        var j = h.tokens.upperBound
        let end = facts.sentence.tokens.upperBound
        guard j + 1 < end, Self.passiveOrPerfect.contains(facts.tokens[j].word) else { return false }
        j += 1
        if facts.tokens[j].word == "been" { j += 1 }
        guard j < end else { return false }
        let w = facts.tokens[j].word
        return w == "made" || performVerbs.contains(w)
    }
    static let passiveOrPerfect: Set<WordKey> = ["were", "was", "have", "has", "had"]

    /// "One shell hit the compound …": one projectile of a barrage, told hitting its own target, is an event of its own
    /// (as "another" would say).
    static func oneProjectileStruck(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let i = h.tokens.lowerBound
        return i > facts.sentence.tokens.lowerBound && facts.tokens[i - 1].word == "one" && struckSomething(h, facts)
    }

    /// A mention told by a word of attack or killing that says nothing of how ("a terror attack", "were killed").
    static func isGenericAttack(_ m: Mention) -> Bool {
        guard m.eventType == .violenceAgainstCivilians && m.subEventType == "Attack" || m.eventType == .battles && m.subEventType == "Armed clash",
              let head = ACLEDTyping.headWord(m) else { return false }
        return genericAttackWords.contains(head)
    }
    static let genericAttackWords = SentenceFacts.killingWords.union(["attack", "attacks", "attacked", "killing", "assault"])
}
