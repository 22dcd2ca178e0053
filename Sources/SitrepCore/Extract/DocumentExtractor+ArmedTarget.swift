/// "The army said the school was targeted because it housed a command centre": the side that struck says that what
/// it hit was armed.
extension DocumentExtractor {
    /// Adds, for such a sentence, a restatement of the violent event told in the two sentences before it, claimed by
    /// the speaking side, whose target is the armed group the article last named. The event's other passages say
    /// whom it hit; the two readings become a who-was-hit disagreement. Returns whether it added one.
    func armedTargetClaim(_ drafts: inout [Draft], facts: SentenceFacts, ctx: DocumentContext, block: Int, sentence: Int) -> Bool {
        let r = facts.sentence.tokens
        guard facts.fatalities.isEmpty, let att = facts.attributions.first,
              let speaker = facts.actors.first(where: { $0.names.contains(att.source) && (1...4).contains($0.inter) }),
              r.contains(where: { startsPhrase(.militaryUse, at: $0, facts) }),
              refersBack(facts) else { return false }
        guard let k = drafts.lastIndex(where: { sentence - $0.sentence <= 2 && $0.mention.eventType.isViolent && $0.mention.restates == nil })
        else { return false }
        let doers = drafts[k].mention.actors.filter { $0.role == .actor1 }
        guard doers.allSatisfy({ speaker.names.contains($0.name) }),
              let group = ActorMatch.starting(in: 0..<r.upperBound, of: ctx.actors).last(where: { (2...4).contains($0.inter) && $0.template == nil && $0.names.count == 1 })
        else { return false }
        Self.appendRestatement(of: k, &drafts, facts: facts, ctx: ctx, block: block, sentence: sentence) { alt in
            alt.fatalities = nil
            alt.counts = []
            alt.claimedBy = att.source
            alt.actors = speaker.names.map { ActorRef(name: $0, role: .actor1, inter: speaker.inter) }
                + [ActorRef(name: group.names[0], role: .actor2, inter: group.inter)]
        }
        return true
    }

    /// Whether the sentence points back at an act or a place already told: "the school", "the building", "the strike".
    func refersBack(_ facts: SentenceFacts) -> Bool {
        let r = facts.sentence.tokens, tokens = facts.tokens
        if facts.triggers.contains(where: \.definite) { return true }
        return r.dropFirst().contains { i in
            tokens[i - 1].word == "the" && (tokens[i].isCue(.facilityNoun) || tokens[i].word == "building" || tokens[i].word == "site")
        }
    }
}
