/// Who carried out an event told earlier: "the group claimed responsibility for the attack", "the army blamed the
/// strikes on the rebels", "the attacks were attributed to X", "officials accused X of the bombing". ACLED codes the
/// named perpetrator; sitrep gives it to the events the statement refers back to when their perpetrator is unnamed.
extension DocumentExtractor {
    /// A statement of responsibility: the armed actor named, and whether it speaks of several events ("the attacks").
    struct Responsibility {
        var actor: ActorMatch
        var plural: Bool
        /// Said by another ("blamed", "accused"), not claimed by the actor itself.
        var blamed = false
    }

    /// Words that deny or doubt what follows ("denied responsibility", "has not claimed responsibility").
    static let disclaimers: Set<WordKey> = ["denied", "denies", "deny", "denying", "rejected", "rejects", "not", "no", "never", "nobody"]

    /// The responsibility a sentence states, if any: the subject of "claimed/took responsibility", or the actor after
    /// "blamed", "accused" or "attributed … to".
    func responsibility(_ facts: SentenceFacts) -> Responsibility? {
        let tokens = facts.tokens, r = facts.sentence.tokens
        // The cue first: a flag per token, cheaper than the actors' test (every sentence with an event asks).
        guard r.contains(where: { tokens[$0].isCue(.responsibility) }),
              facts.actors.contains(where: { ACLEDTyping.armed.contains($0.inter) && !$0.isSource }) else { return nil }
        let armed = facts.actors.filter { ACLEDTyping.armed.contains($0.inter) && !$0.isSource }
        for k in r where tokens[k].isCue(.responsibility) {
            let w = tokens[k].word
            var actor: ActorMatch? = nil
            if w == "responsibility" {
                // The nearest armed actor before it, with no denial between them.
                actor = armed.last { $0.tokens.upperBound <= k && k - $0.tokens.upperBound <= 6 }
                if let a = actor, (a.tokens.upperBound..<k).contains(where: { Self.disclaimers.contains(tokens[$0].word) }) { return nil }
            } else if w == "blamed" || w == "blames" || w == "blaming" || w == "accused" || w == "accuses" || w == "accusing" {
                actor = armed.first { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 8 }
                if let a = actor, Self.accusedOfNoAct(a, facts) { continue }
            } else if w == "attributed" || w == "attributes" {
                // "attributed by the local authorities to English-speaking separatist rebels": the "by" phrase and a
                // hyphenated qualifier stand between.
                actor = armed.first { a in
                    a.tokens.lowerBound > k && a.tokens.lowerBound - k <= 12
                        && (k..<a.tokens.lowerBound).contains { tokens[$0].word == "to" }
                }
            }
            guard let a = actor else { continue }
            if (r.lowerBound..<k).contains(where: { Self.disclaimers.contains(tokens[$0].word) }) { return nil }
            return Responsibility(actor: a, plural: refersToSeveral(facts), blamed: w != "responsibility")
        }
        return nil
    }

    /// "accusing the rebels of being terrorists", "accused the group of links to the opposition": what the actor is
    /// accused of, right after it ("of …"), names no violent act within its first four words, so it blames them for none.
    static func accusedOfNoAct(_ a: ActorMatch, _ facts: SentenceFacts) -> Bool {
        let of = a.tokens.upperBound, end = facts.sentence.tokens.upperBound
        guard of < end, facts.tokens[of].word == "of" else { return false }
        return !facts.triggers.contains { h in
            h.trigger.eventType.isViolent && h.tokens.lowerBound > of && h.tokens.lowerBound - of <= 4
        }
    }

    /// Whether the sentence's event word is plural ("the attacks", "these strikes").
    func refersToSeveral(_ facts: SentenceFacts) -> Bool {
        facts.triggers.contains { h in
            let w = facts.tokens[h.tokens.upperBound - 1].word
            return h.trigger.isNoun || ClauseRoles.articleBefore(h, clause: facts.sentence.tokens, tokens: facts.tokens)
                ? w.endsWith("s") && !w.endsWith("ss") : false
        }
    }

    /// Gives the responsible actor to the events told before sentence `index` that name no perpetrator of their own:
    /// the latest one, or with a plural reference every earlier one of its type.
    static func assign(_ claim: Responsibility, to drafts: inout [Draft], before index: Int) {
        let open = drafts.indices.filter { i in
            let m = drafts[i].mention
            return drafts[i].sentence < index && m.eventType.isViolent && !m.actors.contains { $0.name == claim.actor.names.first }
                && !m.actors.contains { $0.role == .actor1 && !isUnnamed($0) }
        }
        guard let last = open.last else { return }
        let targets = claim.plural ? open.filter { drafts[$0].mention.eventType == drafts[last].mention.eventType } : [last]
        for i in targets {
            drafts[i].mention.actors = claim.actor.names.map { ActorRef(name: $0, role: .actor1, inter: claim.actor.inter) }
                + drafts[i].mention.actors.filter { $0.role != .actor1 }
        }
    }

    /// Gives the actor a sentence blames to the violent event it tells itself ("a drone strike killed 21, medics said,
    /// blaming the RSF"): the blamed actor is the perpetrator, not a target, unless another is named as one.
    static func blame(_ claim: Responsibility, on m: inout Mention) {
        guard claim.blamed, m.eventType.isViolent, let name = claim.actor.names.first,
              !m.actors.contains(where: { $0.role == .actor1 && !isUnnamed($0) && $0.name != name }) else { return }
        // The blamed actor is no target too, named as the mention names it ("Jihadists (Mali)") or bare.
        let named = { (n: String) in claim.actor.names.contains { n == $0 || n.hasPrefix($0 + " (") } }
        m.actors = claim.actor.names.map { ActorRef(name: $0, role: .actor1, inter: claim.actor.inter) }
            + m.actors.filter { $0.role != .actor1 && !named($0.name) }
        // With the blamed group taken out of the targets, a clash whose targets are all civilians is an attack on them
        // (as `ACLEDTyping.decide` codes one).
        let targets = m.actors.filter { $0.role == .actor2 }
        if m.eventType == .battles, m.subEventType == "Armed clash", !targets.isEmpty, targets.allSatisfy({ $0.inter == 7 }) {
            (m.eventType, m.subEventType) = (.violenceAgainstCivilians, "Attack")
        }
    }

    /// "gunmen", "rebels", "jihadists", "the attacker" without a name: an actor1 a statement of responsibility may name.
    static func isUnnamed(_ a: ActorRef) -> Bool {
        ActorCoreference.genericPrefixes.contains { a.name == $0 || a.name.hasPrefix($0 + " (") }
    }
}
