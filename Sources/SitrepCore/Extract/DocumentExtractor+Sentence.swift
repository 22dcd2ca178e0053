/// Reading one sentence: facts, mentions, continuation of the previous mention.
extension DocumentExtractor {
    func analyse(_ s: Sentence, ctx: DocumentContext, para: Paragraph) -> SentenceFacts {
        let tokens = ctx.layout.tokens
        let r = s.tokens
        let dateline = Self.datelineEnd(ctx.layout.blocks[s.block], tokens: tokens)
        var dates = temporal.expressions(in: r, tokens: tokens, published: ctx.published).filter { $0.tokens.lowerBound >= dateline }
        TemporalResolver.resolveAnaphora(&dates, passage: para.date ?? para.previousDate, published: ctx.published)
        let actors = ActorMatch.starting(in: r, of: ctx.actors)
        let attributions = AttributionFinder(lexicon: lexicon).find(in: r, tokens: tokens, keys: ctx.layout.keys, actors: actors, previous: para.source)
        // A trigger may not start on an actor's first word, but may inside it: "Russian airstrikes" names both.
        let blocked = TokenSet(actors.filter { $0.template == nil }.map(\.tokens.lowerBound))
        var triggers = TriggerScanner(lexicon: lexicon, keys: ctx.layout.keys).hits(in: r, tokens: tokens, blocked: blocked, attributions: attributions)
        let objectStarts = TokenSet(triggers.filter { !$0.trigger.isNoun }.flatMap { h -> [Int] in
            let e = h.tokens.upperBound
            return e < tokens.count && tokens[e].word == "the" ? [e, e + 1] : [e]
        })
        var places = PlaceResolver(lexicon: lexicon).mentions(in: r, tokens: tokens, hits: ctx.hits, objectStarts: objectStarts,
                                                              document: ctx.countries,
                                                              blockStart: ctx.layout.blocks[s.block].tokens.lowerBound)
        triggers += captureObjects(r, tokens: tokens, keys: ctx.layout.keys, triggers: triggers, places: &places, attributions: attributions)
        let fatalities = fatalityParser.findings(in: r, tokens: tokens, keys: ctx.layout.keys)
        return SentenceFacts(sentence: s, tokens: tokens, keys: ctx.layout.keys, dates: dates, places: places, fatalities: fatalities, actors: actors,
                             attributions: attributions, triggers: triggers)
    }

    /// End of a wire dateline ("KYIV, May 26 (Reuters) -", "DEIR AL-BALAH, Gaza Strip (AP) —"): its date is the filing date.
    static func datelineEnd(_ block: Block, tokens: [Token]) -> Int {
        let r = block.tokens
        guard let f = r.first, tokens[f].isAllCaps || (tokens[f].isCapitalized && isUppercase(tokens[f].rawText)) else { return r.lowerBound }
        for i in r.prefix(16) where tokens[i].kind == .punct && (tokens[i].word == "--" || (tokens[i].word == "-" && tokens[i].spaceBefore)) {
            return i + 1
        }
        return r.lowerBound
    }

    /// Whether a text has no lowercase letter ("A", "B52"); ASCII is checked on its bytes.
    static func isUppercase(_ text: WordKey) -> Bool {
        text.withUTF8 { b in
            guard b.allSatisfy({ $0 < 0x80 }) else { let raw = String(decoding: b, as: UTF8.self); return raw.uppercased() == raw }
            return !b.contains { $0 &- 97 < 26 }
        }
    }

    /// The triggers that stand for events: real (not negated, not future), not weak beside strong ones,
    /// not bare references ("the rebel offensive has reignited …"), and anchored by a date, a toll or a located place.
    func selectedTriggers(_ facts: SentenceFacts, para: Paragraph?) -> [TriggerHit] {
        var picked = facts.triggers.filter { !$0.negated && !$0.irrealis }
        if picked.contains(where: { $0.trigger.weight >= 2 }) { picked.removeAll { $0.trigger.weight < 2 } }
        if picked.contains(where: { $0.trigger.eventType == .explosions }) {
            picked.removeAll { $0.trigger.eventType == .violenceAgainstCivilians && $0.trigger.subEventType == "Attack" }
        }
        let located = facts.places.contains { $0.isLocative && $0.place.kind <= .admin1 }
        picked.removeAll { isBareReference($0, facts) }
        // Without a paragraph (a continuation of the previous mention), the previous mention is the anchor.
        let anchored = para.map { !facts.dates.isEmpty || !facts.fatalities.isEmpty || located || $0.date != nil || $0.place != nil } ?? true
        return anchored ? picked : []
    }

    /// A definite trigger with no date or toll of its own: a reference to an event, unless a toll follows.
    func isBareReference(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        h.definite && anchoredDates(for: h, facts).isEmpty && facts.fatalities.isEmpty && !introduced(h, facts)
    }

    /// "has led to the capture of …", "resulted in the deaths …": a causal verb presents the event as new.
    func introduced(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let tokens = facts.tokens
        var j = h.tokens.lowerBound - 1
        while j > facts.sentence.tokens.lowerBound, tokens[j].isCue(.referenceDeterminer) == false,
              h.tokens.lowerBound - j < 4 { j -= 1 }
        guard j > facts.sentence.tokens.lowerBound else { return false }
        let keys = facts.keys
        for back in 1...3 where j - back >= facts.sentence.tokens.lowerBound {
            if tokens[j - back].startsCue(.eventIntroducer), let n = lexicon.cues[.eventIntroducer].match(keys, at: j - back), j - back + n == j { return true }
        }
        return false
    }

    /// Dates that belong to the trigger: not a date of the statement that reports it ("On Friday, X said the assault …").
    func anchoredDates(for h: TriggerHit, _ facts: SentenceFacts) -> [DateExpression] {
        facts.dates.filter { d in
            !facts.attributions.contains { $0.scope.contains(h.tokens.lowerBound) && d.tokens.upperBound <= $0.scope.lowerBound }
        }
    }

    /// Mentions for a sentence's triggers: one per event type and place (two captures of two towns are two mentions).
    func mentions(_ facts: SentenceFacts, ctx: DocumentContext, para: Paragraph, prior: [Draft]) -> [(Mention, Bool)] {
        let hits = selectedTriggers(facts, para: para).sorted {
            ($0.trigger.weight, $0.trigger.isNoun ? 0 : 1, -$0.tokens.lowerBound) > ($1.trigger.weight, $1.trigger.isNoun ? 0 : 1, -$1.tokens.lowerBound)
        }
        var kept: [(Mention, Bool)] = []
        for h in hits {
            let m = mention(for: h, facts: facts, ctx: ctx, para: para, prior: prior)
            let dup = kept.contains { k in
                k.0.eventType == m.0.eventType && (k.0.location == nil || m.0.location == nil
                    || k.0.location!.place.isWithin(m.0.location!.place) || m.0.location!.place.isWithin(k.0.location!.place))
            }
            if !dup { kept.append(m) }
        }
        return kept.sorted { $0.0.span.start < $1.0.span.start }
    }

    /// A capture verb whose object is a place ("taking the strategic town of Avdiivka", "take Goma") is a territory trigger.
    func captureObjects(_ r: Range<Int>, tokens: [Token], keys: [WordKey], triggers: [TriggerHit], places: inout [PlaceMention],
                        attributions: [Attribution]) -> [TriggerHit] {
        let covered = TokenSet(triggers.flatMap { Array($0.tokens) })
        let scanner = TriggerScanner(lexicon: lexicon, keys: keys)
        var out: [TriggerHit] = []
        for i in r where tokens[i].isWord && tokens[i].isCue(.captureVerb) && !covered.contains(i) {
            guard let p = places.firstIndex(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 5 }),
                  !tokens[(i + 1)..<places[p].tokens.lowerBound].contains(where: { $0.kind == .punct && $0.word != "-" }) else { continue }
            places[p].isLocative = true
            let trig = Trigger(tokens: [tokens[i].key], phrase: tokens[i].key, eventType: .battles, subEventType: Trigger.territory,
                               weight: 2, isNoun: false)
            let hr = i..<(i + 1)
            let denial = attributions.contains { $0.isDenial && $0.scope.contains(i) }
            out.append(TriggerHit(trigger: trig, tokens: hr, negated: denial || scanner.negated(hr, range: r, tokens: tokens),
                                  irrealis: scanner.irrealis(hr, range: r, tokens: tokens),
                                  definite: scanner.definite(i, range: r, tokens: tokens)))
        }
        return out
    }

    /// Folds this sentence into the previous mention when it only continues it ("These attacks killed four").
    func continueLast(_ drafts: inout [Draft], facts: SentenceFacts, made: [(Mention, Bool)], block: Int, sentence: Int,
                      ctx: DocumentContext) -> Bool {
        // Read and changed in place: the last draft (and its mention) is not copied.
        guard let k = drafts.indices.last, drafts[k].block == block, drafts[k].sentence == sentence - 1, facts.dates.isEmpty else {
            return false
        }
        let lastPlace = drafts[k].mention.location?.place
        let newPlace = facts.places.contains { p in
            p.isLocative && p.place.kind.isLocal && !(lastPlace.map { p.place.isWithin($0) || $0.isWithin(p.place) } ?? false)
        }
        guard !newPlace else { return false }
        if let prior = drafts[k].mention.fatalities, let own = facts.fatalities.first, own.count.count != prior.count { return false }
        let picked = selectedTriggers(facts, para: nil)
        let lastType = drafts[k].mention.eventType
        let continues = picked.isEmpty ? !facts.fatalities.isEmpty : picked.allSatisfy { $0.trigger.eventType == lastType || $0.definite }
        guard continues else { return false }
        let span = drafts[k].mention.span.union(facts.sentence.span)
        drafts[k].mention.span = span
        drafts[k].mention.quoteText = ctx.layout.shared(span)
        if drafts[k].mention.fatalities == nil, let f = facts.fatalities.first { drafts[k].mention.fatalities = f.count }
        if drafts[k].mention.claimedBy == nil { drafts[k].mention.claimedBy = facts.attributions.first?.source }
        drafts[k].sentence = sentence
        return true
    }
}
