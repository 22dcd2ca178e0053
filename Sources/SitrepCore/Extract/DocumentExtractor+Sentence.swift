/// Reading one sentence: facts, mentions, continuation of the previous mention.
extension DocumentExtractor {
    func analyse(_ s: Sentence, ctx: DocumentContext, para: Paragraph) -> SentenceFacts {
        let tokens = ctx.layout.tokens
        let r = s.tokens
        var dates = TemporalResolver(cues: lexicon.cues).expressions(in: r, tokens: tokens, published: ctx.published)
        for i in dates.indices {
            if case .anaphoric(let off) = dates[i].kind {
                if let base = para.date, let d = base.date {
                    dates[i].date = EventDate(date: d.adding(days: off), earliest: base.earliest?.adding(days: off),
                                              latest: base.latest?.adding(days: off), precision: base.precision)
                    dates[i].kind = .absolute
                }
            }
        }
        dates = dates.filter { $0.kind == .absolute }
        let actors = ctx.actors.filter { r.contains($0.tokens.lowerBound) }
        let attributions = AttributionFinder(lexicon: lexicon).find(in: r, tokens: tokens, actors: actors, previous: para.source)
        let blocked = Set(actors.flatMap { Array($0.tokens) })
        let triggers = TriggerScanner(lexicon: lexicon).hits(in: r, tokens: tokens, blocked: blocked, attributions: attributions)
        let objectStarts = Set(triggers.filter { !$0.trigger.isNoun }.flatMap { h -> [Int] in
            let e = h.tokens.upperBound
            return e < tokens.count && tokens[e].key == "the" ? [e, e + 1] : [e]
        })
        let places = PlaceResolver(lexicon: lexicon).mentions(in: r, tokens: tokens, hits: ctx.hits, objectStarts: objectStarts,
                                                              document: ctx.countries,
                                                              blockStart: ctx.layout.blocks[s.block].tokens.lowerBound)
        let fatalities = FatalityParser(cues: lexicon.cues).findings(in: r, tokens: tokens)
        return SentenceFacts(sentence: s, dates: dates, places: places, fatalities: fatalities, actors: actors,
                             attributions: attributions, triggers: triggers)
    }

    /// The triggers that stand for events: real (not negated, not future), best per event type, not mere references.
    func selectedTriggers(_ facts: SentenceFacts) -> [TriggerHit] {
        let real = facts.triggers.filter { !$0.negated && !$0.irrealis }
        var best: [EventType: TriggerHit] = [:]
        for h in real {
            guard let cur = best[h.trigger.eventType] else { best[h.trigger.eventType] = h; continue }
            let a = (h.trigger.weight, h.trigger.isNoun ? 0 : 1), b = (cur.trigger.weight, cur.trigger.isNoun ? 0 : 1)
            if a > b { best[h.trigger.eventType] = h }
        }
        var picked = Array(best.values).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        if picked.contains(where: { $0.trigger.weight >= 2 }) { picked.removeAll { $0.trigger.weight < 2 } }
        let bare = facts.dates.isEmpty && facts.fatalities.isEmpty && !facts.hasLocalPlace
        picked.removeAll { $0.definite && $0.trigger.weight <= 2 && bare }
        return picked
    }

    /// Mentions for a sentence's triggers, each with whether its date was stated in the sentence.
    func mentions(_ facts: SentenceFacts, ctx: DocumentContext, para: Paragraph, prior: [Draft]) -> [(Mention, Bool)] {
        selectedTriggers(facts).map { mention(for: $0, facts: facts, ctx: ctx, para: para, prior: prior) }
    }

    /// Folds this sentence into the previous mention when it only continues it ("These attacks killed four").
    func continueLast(_ drafts: inout [Draft], facts: SentenceFacts, made: [(Mention, Bool)], block: Int, sentence: Int,
                      ctx: DocumentContext) -> Bool {
        guard var last = drafts.last, last.block == block, last.sentence == sentence - 1, facts.dates.isEmpty else { return false }
        let lastPlace = last.mention.location?.place
        let newPlace = facts.places.contains { p in
            p.isLocative && p.place.kind.isLocal && !(lastPlace.map { p.place.isWithin($0) || $0.isWithin(p.place) } ?? false)
        }
        guard !newPlace else { return false }
        let picked = selectedTriggers(facts)
        let continues = picked.isEmpty ? !facts.fatalities.isEmpty
            : picked.allSatisfy { $0.trigger.eventType == last.mention.eventType || $0.definite }
        guard continues else { return false }
        let tokens = ctx.layout.tokens
        last.mention.span = last.mention.span.union(facts.sentence.span)
        last.mention.quote = ctx.layout.text(last.mention.span)
        if last.mention.fatalities == nil, let f = facts.fatalities.first { last.mention.fatalities = f.count }
        if last.mention.claimedBy == nil { last.mention.claimedBy = facts.attributions.first?.source }
        _ = tokens
        drafts[drafts.count - 1] = last
        drafts[drafts.count - 1].sentence = sentence
        return true
    }
}
