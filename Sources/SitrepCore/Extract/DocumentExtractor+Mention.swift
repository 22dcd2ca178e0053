/// Building one mention from a trigger: date, place, actors, toll and source.
extension DocumentExtractor {
    func mention(for h: TriggerHit, facts: SentenceFacts, ctx: DocumentContext, para: Paragraph, prior: [Draft]) -> (Mention, Bool) {
        let tokens = ctx.layout.tokens
        let clause = facts.clause(of: h.tokens.lowerBound, tokens: tokens)
        let coreferent = h.definite ? prior.last { refersTo($0, h) } : nil
        var explicit = false
        let date: EventDate
        if let d = facts.nearestDate(to: h.tokens.lowerBound) { date = d.date; explicit = true }
        else if let c = coreferent, c.explicitDate { date = c.mention.date; explicit = true }
        else if let p = para.date { date = p }
        else { date = defaultDate(ctx.published) }
        let location = place(for: h, clause: clause, facts: facts, ctx: ctx, para: para, coreferent: coreferent)
        var filled = facts.actors
        ActorResolver(lexicon: lexicon).fill(&filled, location?.place.countryCode)
        let (actors, actor1Inter) = actorRefs(for: h, clause: clause, facts: facts, actors: filled)
        var type = h.trigger.eventType, sub = h.trigger.subEventType
        if sub == "territory" { sub = actor1Inter == 1 ? "Government regains territory" : "Non-state actor overtakes territory" }
        if Self.isAttackOnCivilians(type, sub, actors) { (type, sub) = (.violenceAgainstCivilians, "Attack") }
        let fat = facts.fatalities.filter { clause.contains($0.tokens.lowerBound) }.first ?? facts.fatalities.first
        let claimed = facts.attributions.filter { $0.scope.contains(h.tokens.lowerBound) }.min { $0.scope.count < $1.scope.count }?.source
        let span = facts.sentence.span
        let m = Mention(doc: ctx.document.id, span: span, quoteText: ctx.layout.shared(span), trigger: h.trigger.phrase,
                        eventType: type, subEventType: sub, date: date, location: location, actors: actors,
                        fatalities: fat?.count, claimedBy: claimed)
        return (m, explicit)
    }

    /// Whether a definite trigger ("the strike") can refer back to this earlier mention: same sub-event type or word.
    func refersTo(_ d: Draft, _ h: TriggerHit) -> Bool {
        d.mention.subEventType == h.trigger.subEventType || d.mention.trigger == h.trigger.phrase
    }

    /// "… were killed in the airstrike, which occurred on Friday": a definite trigger dated in its own sentence dates
    /// the earlier mention it refers to, when that one had only a default or paragraph date the new one fits in.
    func backdate(_ drafts: inout [Draft], facts: SentenceFacts, para: Paragraph) {
        for h in selectedTriggers(facts, para: para) where h.definite {
            guard let own = facts.nearestDate(to: h.tokens.lowerBound)?.date, own.date != nil,
                  let k = drafts.lastIndex(where: { refersTo($0, h) }), !drafts[k].explicitDate,
                  drafts[k].mention.date.overlaps(own) else { continue }
            drafts[k].mention.date = own
            drafts[k].explicitDate = true
        }
    }

    /// A fight whose only other party is civilians ("an attack on a displacement camp killed 56 civilians") is, in
    /// ACLED's terms, an armed group attacking civilians, not a battle; territorial battles keep their type.
    static func isAttackOnCivilians(_ type: EventType, _ sub: String, _ actors: [ActorRef]) -> Bool {
        guard type == .battles, sub == "Armed clash" else { return false }
        let targets = actors.filter { $0.role == .actor2 }
        return !targets.isEmpty && targets.allSatisfy { $0.inter == 7 }
    }

    /// The most specific located place of the clause, nearest the trigger; else the paragraph's, the coreferent's, the focus.
    func place(for h: TriggerHit, clause: Range<Int>, facts: SentenceFacts, ctx: DocumentContext, para: Paragraph,
               coreferent: Draft?) -> Location? {
        let cands = facts.places.filter { $0.isLocative && !$0.isDateline && clause.contains($0.tokens.lowerBound) }
        // Worked out only when needed: the focus is costly and most clauses name their place.
        let fallback = { relativeAntecedent(clause, facts: facts) ?? para.place ?? coreferent?.mention.location ?? ctx.focus }
        guard let best = cands.max(by: { score($0, h) < score($1, h) }) else { return fallback() }
        if best.place.kind == .country, case .inside = best.relation, let f = fallback(), f.place.isWithin(best.place) { return f }
        return best.location
    }

    /// "… near Pokrovsk in the Donetsk region, where fighting has intensified": a clause opened by "where" happens at
    /// the place just named before it (the most specific, then the nearest).
    func relativeAntecedent(_ clause: Range<Int>, facts: SentenceFacts) -> Location? {
        guard clause.lowerBound > facts.sentence.tokens.lowerBound, facts.tokens[clause.lowerBound].word == "where" else { return nil }
        let before = facts.places.filter { $0.isLocative && !$0.isDateline && $0.tokens.upperBound <= clause.lowerBound }
        return before.max { ($0.specificity, $0.tokens.lowerBound) < ($1.specificity, $1.tokens.lowerBound) }?.location
    }

    func score(_ p: PlaceMention, _ h: TriggerHit) -> Int {
        let d = p.tokens.lowerBound >= h.tokens.upperBound ? p.tokens.lowerBound - h.tokens.upperBound
            : h.tokens.lowerBound - p.tokens.upperBound + 2
        return p.specificity * 3 - d
    }

    /// Parties to the event: actors before the trigger act (actor1), after it are acted upon (actor2); sources excluded.
    /// `actors` are the sentence's, with templates filled for the event's country.
    func actorRefs(for h: TriggerHit, clause: Range<Int>, facts: SentenceFacts, actors: ArraySlice<ActorMatch>) -> ([ActorRef], Int) {
        var refs: [ActorRef] = []
        var inter1 = 0
        let parties = actors.filter { !$0.isSource && clause.contains($0.tokens.lowerBound) && !$0.tokens.overlaps(h.tokens) }
        // Civilians are the targets of organised violence (ACLED codes them as actor2), wherever the sentence names them.
        let victims = h.trigger.eventType.isViolent ? Set(parties.filter { $0.inter == 7 }.map(\.tokens.lowerBound)) : []
        for a in parties.filter({ $0.tokens.upperBound <= h.tokens.lowerBound && !victims.contains($0.tokens.lowerBound) }).suffix(3) {
            for n in a.names where !refs.contains(where: { $0.name == n }) { refs.append(ActorRef(name: n, role: .actor1, inter: a.inter)) }
            inter1 = a.inter
        }
        for a in parties where victims.contains(a.tokens.lowerBound) && a.tokens.upperBound <= h.tokens.lowerBound {
            for n in a.names where !refs.contains(where: { $0.name == n }) { refs.append(ActorRef(name: n, role: .actor2, inter: a.inter)) }
        }
        if refs.isEmpty, let state = demonymPerpetrator(h, facts) { refs.append(state); inter1 = state.inter }
        for a in parties.filter({ $0.tokens.lowerBound >= h.tokens.upperBound }).prefix(2) {
            for n in a.names where !refs.contains(where: { $0.name == n }) { refs.append(ActorRef(name: n, role: .actor2, inter: a.inter)) }
        }
        return (refs, inter1)
    }

    /// "Russian missile strike", "Israeli shelling": a demonym right before the trigger names the state's forces as actor1.
    func demonymPerpetrator(_ h: TriggerHit, _ facts: SentenceFacts) -> ActorRef? {
        var j = h.tokens.lowerBound - 1
        while j >= facts.sentence.tokens.lowerBound && h.tokens.lowerBound - j <= 2 {
            let t = facts.tokens[j]
            if t.isCapitalized, let c = lexicon.gazetteer.country(forDemonym: t.word),
               let template = lexicon.actors.entry(named: "Military Forces of {country}") {
                return ActorRef(name: template.resolved(countryName: c.name), role: .actor1, inter: template.inter)
            }
            j -= 1
        }
        return nil
    }
}
