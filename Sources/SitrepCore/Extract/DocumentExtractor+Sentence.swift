/// Reading one sentence: facts, mentions, continuation of the previous mention.
extension DocumentExtractor {
    func analyse(_ whole: Sentence, ctx: DocumentContext, para: Paragraph) -> SentenceFacts {
        let tokens = ctx.layout.tokens
        var s = whole
        s.tokens = Self.foreground(whole.tokens, tokens: tokens)
        let r = s.tokens
        let dates = dates(s, ctx: ctx, para: para)
        let actors = ActorMatch.starting(in: r, of: ctx.actors)
        let attributions = AttributionFinder(lexicon: lexicon).find(in: r, tokens: tokens, keys: ctx.layout.keys, actors: actors, previous: para.source)
        // A trigger may not start on an actor's first word, but may inside it: "Russian airstrikes" names both.
        let blocked = TokenSet(actors.lazy.filter { $0.template == nil }.map(\.tokens.lowerBound))
        var triggers = TriggerScanner(lexicon: lexicon, keys: ctx.layout.keys).hits(in: r, tokens: tokens, blocked: blocked, attributions: attributions)
        // A word inside a longer actor name is part of the name: "riot police" is no riot (but "Russian air strikes"
        // names both the strikes and who carried them out).
        triggers.removeAll { h in h.trigger.eventType != .explosions && actors.contains { $0.tokens.count > h.tokens.count && $0.tokens.lowerBound <= h.tokens.lowerBound && h.tokens.upperBound <= $0.tokens.upperBound } }
        var objectStarts = TokenSet()
        for h in triggers where !h.trigger.isNoun {
            let e = h.tokens.upperBound
            objectStarts.insert(e)
            if e < tokens.count && tokens[e].word == "the" { objectStarts.insert(e + 1) }
        }
        for h in triggers { for i in Self.passiveSubject(h, sentence: r, tokens: tokens) { objectStarts.insert(i) } }
        var places = PlaceResolver(lexicon: lexicon).mentions(in: r, tokens: tokens, hits: ctx.hits, objectStarts: objectStarts,
                                                              document: ctx.countries,
                                                              blockStart: ctx.layout.blocks[s.block].tokens.lowerBound)
        triggers += captureObjects(r, tokens: tokens, keys: ctx.layout.keys, triggers: triggers, places: &places, attributions: attributions)
        for k in places.indices where places[k].isLocative && (Self.isSpeakersSeat(places[k].tokens, actors: actors, tokens: tokens)
                                                                || Self.isWhereASourceSpoke(places[k].tokens, sentence: r, tokens: tokens)
                                                                || actsAsGovernment(places[k], tokens: tokens, triggers: triggers)
                                                                || Self.ownsAnAct(places[k], triggers: triggers, tokens: tokens)
                                                                || Self.isBearing(places[k], for: places, sentence: r, tokens: tokens)) {
            places[k].isLocative = false
        }
        let fatalities = fatalityParser.findings(in: r, tokens: tokens, keys: ctx.layout.keys)
        let people = fatalityParser.peopleCounts(in: r, tokens: tokens, keys: ctx.layout.keys)
        return SentenceFacts(sentence: s, tokens: tokens, keys: ctx.layout.keys, dates: dates, places: places, fatalities: fatalities,
                             peopleCounts: people, actors: actors,
                             attributions: attributions, triggers: triggers)
    }

    /// "in the port town of X, south of Y", "X, 30 km north of Y": a place given only as a bearing for the place named
    /// right before it is not where anything happened.
    static func isBearing(_ p: PlaceMention, for places: [PlaceMention], sentence r: Range<Int>, tokens: [Token]) -> Bool {
        var j = p.tokens.lowerBound - 1
        // "… of the capital Y", "… of the city of Y": over the noun that names what Y is.
        func isTownNoun(_ k: Int) -> Bool { k >= r.lowerBound && (tokens[k].isCue(.townNoun) || tokens[k].word == "capital") }
        if j - 1 >= r.lowerBound, tokens[j].word == "of", isTownNoun(j - 1) { j -= 2 } else if isTownNoun(j) { j -= 1 }
        if j >= r.lowerBound, tokens[j].word == "the", j + 1 < p.tokens.lowerBound { j -= 1 }
        guard j - 2 >= r.lowerBound, tokens[j].word == "of", tokens[j - 1].isCue(.direction) else { return false }
        j -= 2
        // Over a distance ("30 km", "some 20 miles", "250 kilometers (155 miles)") and "located" or "situated".
        while j > r.lowerBound, p.tokens.lowerBound - j <= 14,
              tokens[j].kind == .number || distanceWords.contains(tokens[j].word) || bearingFillers.contains(tokens[j].word) { j -= 1 }
        guard tokens[j].word == "," else { return false }
        return places.contains { $0.tokens.upperBound == j && $0.tokens != p.tokens }
    }

    /// Units of distance and the words that round one ("about", "some"): a bearing's distance, or an appositive's opening.
    static let distanceWords: Set<WordKey> = ["km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "some",
                                              "about", "around", "roughly", "nearly", "almost", "approximately"]
    /// Words between a place and the distance that bears on it: "X, located 250 km (155 miles) north of Y".
    static let bearingFillers: Set<WordKey> = ["(", ")", "located", "situated", "lying", "which", "is", "lies"]

    /// "in Russia's deadliest attack this year": a country owning the event word right after it (over two words) is who
    /// acted, not where.
    static func ownsAnAct(_ p: PlaceMention, triggers: [TriggerHit], tokens: [Token]) -> Bool {
        let end = p.tokens.upperBound
        guard p.place.kind == .country, tokens[end - 1].isPossessive else { return false }
        return triggers.contains { h in
            h.trigger.isNoun && h.trigger.eventType.isViolent && h.tokens.lowerBound >= end && h.tokens.lowerBound - end <= 2
                && (end..<h.tokens.lowerBound).allSatisfy { tokens[$0].isWord }
        }
    }

    /// "… where Paris has imposed a state of emergency", "Moscow accused …": a capital right before an active verb is its
    /// government acting, not a place (a capital that "was hit", "fell" or "came under fire" is one).
    func actsAsGovernment(_ p: PlaceMention, tokens: [Token], triggers: [TriggerHit]) -> Bool {
        let after = p.tokens.upperBound
        guard after + 1 < tokens.count, lexicon.gazetteer.isCapital(p.place) else { return false }
        // "a bombing in the Afghan capital has killed …", "protesters in central Madrid defied …": a capital in a phrase
        // (over "the" and a direction) is no subject.
        var before = p.tokens.lowerBound - 1
        while before >= 0, p.tokens.lowerBound - before <= 4,
              tokens[before].word == "the" || tokens[before].isCue(.direction) || tokens[before].word == "-" { before -= 1 }
        if before >= 0, tokens[before].isCue(.preposition) { return false }
        let next = tokens[after]
        if Self.suffers(at: after, tokens: tokens)
            || triggers.contains(where: { $0.tokens.lowerBound == after && ($0.trigger.isTerritory || $0.trigger.eventType == .battles) }) {
            return false
        }
        if next.word == "has" || next.word == "have" || next.word == "had" { return Self.isPastForm(tokens[after + 1]) && tokens[after + 1].word != "been" }
        return next.isCue(.attributionVerb) || Self.isPastForm(next) && !next.isCue(.auxiliary)
    }

    /// Whether the words at `i` make their subject suffer what follows: a passive ("was hit"), a verb of suffering
    /// ("faced", "endured") or "came under".
    static func suffers(at i: Int, tokens: [Token]) -> Bool {
        guard i < tokens.count else { return false }
        let w = tokens[i].word
        if tokens[i].isCue(.sufferingVerb) || ClauseRoles.isPassiveAuxiliary(w) { return true }
        return (w == "came" || w == "come" || w == "comes" || w == "coming") && i + 1 < tokens.count && tokens[i + 1].word == "under"
    }

    /// "The health ministry in Ramallah said …", "the government in Kabul told reporters …": where a ministry or a
    /// government speaks from, right before its verb of saying, is its seat, not the scene of what it tells.
    static func isSpeakersSeat(_ place: Range<Int>, actors: ArraySlice<ActorMatch>, tokens: [Token]) -> Bool {
        let before = place.lowerBound - 1, after = place.upperBound
        guard before >= 1, after < tokens.count, tokens[after].isCue(.attributionVerb), tokens[before].word == "in" else { return false }
        return actors.contains { a in
            a.tokens.upperBound == before && (a.kind == "official" || a.kind == "government") && !a.names.contains { $0.hasPrefix("Local") }
        }
    }

    /// "told journalists in X", "speaking to reporters in X", "said at a news conference in X": where a source spoke,
    /// not where anything happened, for every act of the sentence (`whereToldBefore` also drops, for one act, a place
    /// between any verb of saying and the "that" of what was said).
    static func isWhereASourceSpoke(_ place: Range<Int>, sentence r: Range<Int>, tokens: [Token]) -> Bool {
        let prep = place.lowerBound - 1
        guard prep > r.lowerBound, tokens[prep].word == "in" || tokens[prep].word == "at" else { return false }
        var j = prep - 1, steps = 0
        while j >= r.lowerBound, steps < 4, tokens[j].isWord {
            if audienceWords.contains(tokens[j].word) { return true }
            j -= 1; steps += 1
        }
        return false
    }

    /// Telling and whom or where a source tells: "told", "speaking", "reporters", "a news conference" (not "declared
    /// in X", where the declaration is the event).
    static let audienceWords: Set<WordKey> = ["said", "told", "telling", "speaking", "spoke", "reporters", "journalists", "conference",
                                              "briefing", "interview"]

    /// The date expressions of a sentence (not its dateline's), resolved from the publication day and the paragraph's
    /// memory. An undated article's relative dates ("on Thursday") count from the last full date it gave itself (never
    /// from today): the story's own calendar.
    func dates(_ s: Sentence, ctx: DocumentContext, para: Paragraph) -> [DateExpression] {
        let tokens = ctx.layout.tokens
        let dateline = Self.datelineEnd(ctx.layout.blocks[s.block], tokens: tokens)
        let reference = ctx.published ?? para.articleDay?.date
        var dates = temporal.expressions(in: s.tokens, tokens: tokens, published: reference).filterSharing { $0.tokens.lowerBound >= dateline }
        if let first = dates.first, isFilingDate(first, block: s.block, ctx: ctx) { dates.removeFirst() }
        TemporalResolver.resolveAnaphora(&dates, passage: para.date ?? para.previousDate, published: reference)
        return dates
    }

    /// The words of a name suffering a passive event verb ("Kosti, on the river, was hit by a drone") or an event
    /// noun through a verb of suffering ("Kosti has been subjected to drone attacks", "Kassala faced heavy shelling"):
    /// the capitalised words before the verb, over auxiliaries and one appositive. Such a place is where it happened.
    static func passiveSubject(_ h: TriggerHit, sentence r: Range<Int>, tokens: [Token]) -> [Int] {
        guard h.trigger.eventType.isViolent else { return [] }
        if h.trigger.isNoun {
            guard let verb = sufferingVerb(before: h, sentence: r, tokens: tokens) else { return [] }
            return subjectName(before: verb, sentence: r, tokens: tokens)
        }
        // "Kabul fell to the Taliban": the subject of a verb of losing ground is the ground lost.
        let falls = h.trigger.isTerritory && ClauseRoles.lossVerbs.contains(tokens[h.tokens.lowerBound].word)
        guard falls || ClauseRoles.isPassive(h, clause: r, tokens: tokens) else { return [] }
        return subjectName(before: h.tokens.lowerBound, sentence: r, tokens: tokens)
    }

    /// A verb of suffering within three words before an event noun ("subjected to drone attacks", "faced a new attack").
    static func sufferingVerb(before h: TriggerHit, sentence r: Range<Int>, tokens: [Token]) -> Int? {
        var j = h.tokens.lowerBound - 1
        while j >= r.lowerBound && h.tokens.lowerBound - j <= 4 {
            if tokens[j].isCue(.sufferingVerb) { return j }
            guard tokens[j].isWord, !tokens[j].isCapitalized else { return nil }
            j -= 1
        }
        return nil
    }

    /// The capitalised name ending right before `verb` (over auxiliaries, adverbs and one appositive set off by commas
    /// or dashes: ", in eastern Sudan,", "-the temporary capital-").
    static func subjectName(before verb: Int, sentence r: Range<Int>, tokens: [Token]) -> [Int] {
        var j = verb - 1
        while j > r.lowerBound && (ClauseRoles.isPassiveAuxiliary(tokens[j].word) || tokens[j].isCue(.auxiliary)
                                    || tokens[j].isCue(.adverb) || tokens[j].word.endsWith("ly")) { j -= 1 }
        if tokens[j].word == "," || tokens[j].word == "-" {
            let mark = tokens[j].word
            var k = j - 1
            while k > r.lowerBound && j - k <= 8 && tokens[k].word != mark { k -= 1 }
            guard k > r.lowerBound, tokens[k].word == mark, j - k <= 8 else { return [] }
            j = k - 1
        }
        guard j >= r.lowerBound, tokens[j].isCapitalized else { return [] }
        let end = j + 1
        while j - 1 >= r.lowerBound && (tokens[j - 1].isCapitalized || tokens[j - 1].word == "-") { j -= 1 }
        return Array(j..<end)
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

    /// "March 4, 2021: The blast happened near the depot …": the publication day opening a paragraph, set off by a colon or a
    /// dash, is when the piece was filed (a dateline), not when what it tells happened. Several paragraphs so opened
    /// are a chronology ("June 26: … June 30: …"), each dating its own entry.
    func isFilingDate(_ d: DateExpression, block: Int, ctx: DocumentContext) -> Bool {
        guard d.date.precision == .day, let day = d.date.date, day == ctx.published,
              Self.entryDateEnd(d, block: ctx.layout.blocks[block].tokens, tokens: ctx.layout.tokens) != nil else { return false }
        let others = ctx.usable.lazy.filter { $0 != block }.filter { b in
            let r = ctx.layout.blocks[b].tokens
            let head = r.lowerBound..<min(r.upperBound, r.lowerBound + 8)
            guard let e = temporal.expressions(in: head, tokens: ctx.layout.tokens, published: ctx.published).first else { return false }
            return Self.entryDateEnd(e, block: r, tokens: ctx.layout.tokens) != nil
        }
        return others.isEmpty
    }

    /// Where a date that opens a paragraph and is set off by a colon or a dash ends (the mark's index), else nil.
    static func entryDateEnd(_ d: DateExpression, block: Range<Int>, tokens: [Token]) -> Int? {
        guard d.tokens.lowerBound == block.lowerBound, d.tokens.upperBound < block.upperBound else { return nil }
        let next = tokens[d.tokens.upperBound]
        return next.kind == .punct && (next.word == ":" || next.word == "-" || next.word == "--") ? d.tokens.upperBound : nil
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
        guard !facts.triggers.isEmpty, !tellsCampaignTally(facts), !tellsPeriodSince(facts) else { return [] }
        var picked = facts.acts.filterSharing { !$0.negated && !$0.irrealis && !Self.tellsAPeriod($0, facts) }
        // "In an attack near X on Thursday, rebels killed eight workers": a weak event noun in the phrase that opens the
        // sentence frames the act its main clause tells; the killing, with its subject, is that act.
        if picked.contains(where: { !$0.trigger.isNoun && Self.hasOwnSubject($0, facts) && !Self.opensAsFrame($0, facts) }) {
            picked.removeAll { Self.opensAsFrame($0, facts) }
        }
        // A bare killing or beating ("killed", "beaten") is what another event word in the sentence did: an act of
        // violence, police firing on protesters, a riot ("police shot four protesters, killing one").
        let harming = picked.filter { Self.harms($0.trigger.eventType, $0.trigger.subEventType) && !$0.trigger.isGenericHarm }
        if !harming.isEmpty {
            picked.removeAll { $0.trigger.isGenericHarm && !Self.tellsTollElsewhere($0, than: harming, facts) }
        }
        // A weak word beside a strong one in its clause is part of that event; in a clause of its own with its own
        // date or place ("…, while violence also broke out in Leeds on Sunday") it may tell another.
        let starts = facts.clauseStarts
        func clause(_ h: TriggerHit) -> Int { starts.lastIndex { $0 <= h.tokens.lowerBound } ?? 0 }
        let strong = picked.map { strength($0, facts) >= 2 }
        // With every trigger strong (most sentences), all stay.
        if strong.contains(true) && strong.contains(false) {
            let strongClauses = picked.indices.filter { strong[$0] }.map { clause(picked[$0]) }
            picked = picked.indices.filter { i in
                strong[i] || !strongClauses.contains(clause(picked[i])) && hasOwnSetting(picked[i], facts, starts)
            }.map { picked[$0] }
        }
        Self.letTheWeaponDecide(&picked, facts)
        Self.foldIntoTheStrike(&picked, facts)
        // "Gunmen stormed the village, abducting 40 pupils": with no one killed, the raid is the abduction.
        if facts.fatalities.isEmpty, picked.contains(where: { $0.trigger.subEventType == "Abduction/forced disappearance" }) {
            picked.removeAll { h in
                h.trigger.eventType == .violenceAgainstCivilians && h.trigger.subEventType == "Attack" && h.trigger.weight <= 2
                    && Self.raidWords.contains(facts.tokens[h.tokens.lowerBound].word)
            }
        }
        let located = facts.places.contains { $0.isLocative && $0.place.kind <= .admin1 }
        let acts = picked
        picked.removeAll { isBareReference($0, facts) || Self.namesTheActBefore($0, among: acts, facts) }
        // Without a paragraph (a continuation of the previous mention), the previous mention is the anchor.
        let anchored = para.map { !facts.dates.isEmpty || !facts.fatalities.isEmpty || located || $0.date != nil || $0.place != nil } ?? true
        // A reported act ("were reportedly kidnapped", "gunmen stormed the village") is an event on its own: it takes
        // the paragraph's or the article's date and place. Nouns ("attacks on civilians") need an anchor.
        return anchored ? picked : picked.filter {
            !$0.definite && (Self.blamedFor($0, facts) || $0.trigger.weight >= 2 && Self.performedInPassive($0, facts)
                             || Self.struckSomething($0, facts))
                || !$0.definite && ($0.trigger.isNoun ? Self.objectOfPastVerb($0, facts) && $0.trigger.weight >= 2
                                              : isPastAct($0, facts) && ($0.trigger.weight >= 2 || armedDoer(of: $0, facts)
                                                                          || crowdDoer(of: $0, facts)))
        }
    }

    /// "… one person was shot dead in the capital, while three others were killed in the north": a bare killing in a
    /// clause of its own, with its own toll at a town other than the one the other act's clause names, is another event.
    static func tellsTollElsewhere(_ h: TriggerHit, than acts: [TriggerHit], _ facts: SentenceFacts) -> Bool {
        let own = facts.clause(of: h.tokens.lowerBound, tokens: facts.tokens)
        guard facts.fatalities.contains(where: { own.contains($0.tokens.lowerBound) }),
              let town = facts.places.first(where: { $0.isLocative && $0.place.kind.isLocal && own.contains($0.tokens.lowerBound) })
        else { return false }
        return acts.allSatisfy { a in
            let theirs = facts.clause(of: a.tokens.lowerBound, tokens: facts.tokens)
            guard !theirs.contains(h.tokens.lowerBound) else { return false }
            let towns = facts.places.filter { $0.isLocative && $0.place.kind.isLocal && theirs.contains($0.tokens.lowerBound) }
            return !towns.isEmpty && towns.allSatisfy { !$0.place.isWithin(town.place) && !town.place.isWithin($0.place) }
        }
    }

    /// "Thailand called in airstrikes", "the army launched heavy shelling", "gunmen used two car bombs": an event noun that
    /// a verb of carrying out, in the past, takes as its object (within two words, over a particle, a number or an
    /// adjective) is told as an act ("condemned airstrikes" tells none).
    static func objectOfPastVerb(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let i = h.tokens.lowerBound, lower = facts.sentence.tokens.lowerBound
        for back in 1...2 where i - back >= lower {
            let t = facts.tokens[i - back]
            guard t.isWord || t.kind == .number else { return false }
            if performVerbs.contains(t.word) { return true }
        }
        return false
    }

    /// "X accused Y of launching an attack", "are blaming each other for a border clash": an act someone is accused of
    /// or blamed for (a word of responsibility up to six words before "of" or "for") is told as done.
    static func blamedFor(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let lower = facts.sentence.tokens.lowerBound
        var j = h.tokens.lowerBound - 1, steps = 0
        while j > lower, steps < 5 {
            let w = facts.tokens[j].word
            if w == "of" || w == "for" { return (max(lower, j - 6)..<j).contains { facts.tokens[$0].isCue(.responsibility) } }
            guard facts.tokens[j].isWord else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    static let performVerbs: Set<WordKey> = ["launched", "carried", "conducted", "called", "fired", "mounted", "staged", "used",
                                            "unleashed", "dropped", "detonated", "exploded", "set", "planted", "executed"]

    /// "… killed in a bomb blast, police said, the latest unrest in a region wracked by …": "the latest" or "the
    /// recent" before an event word that follows another act of the sentence names that act, not another event.
    static func namesTheActBefore(_ h: TriggerHit, among picked: [TriggerHit], _ facts: SentenceFacts) -> Bool {
        let i = h.tokens.lowerBound
        guard h.definite, i - 2 >= facts.sentence.tokens.lowerBound, facts.tokens[i - 2].word == "the",
              facts.tokens[i - 1].word == "latest" || facts.tokens[i - 1].word == "recent" else { return false }
        return picked.contains { !$0.definite && $0.tokens.upperBound <= i && $0.trigger.eventType.isViolent }
    }

    /// Verbs of raiding a place.
    static let raidWords: Set<WordKey> = ["raided", "raiding", "raid", "stormed", "storming", "storm", "invaded", "invading", "invade"]

    /// "… and the rebels killed them": an armed group named as the subject of a weak verb in its clause (not a speaker)
    /// makes the verb an act told, not a word in passing.
    func armedDoer(of h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let v = h.tokens.lowerBound
        // Right before the verb, over at most two words ("the rebels then killed", "gunmen had shot").
        let named = facts.actors.contains { a in
            a.tokens.upperBound <= v && v - a.tokens.upperBound <= 2 && ACLEDTyping.armed.contains(a.inter)
                && (a.tokens.upperBound..<v).allSatisfy { facts.tokens[$0].isWord } && !isSpeaker(a, facts)
        }
        // "… entered the houses and they killed them": "they" standing for the armed group named before.
        return named || pronounAgent(h, clause: facts.sentence.tokens, facts: facts, actors: facts.actors[...]) != nil
    }

    /// "Fighting has been raging since May 10", "gunmen have killed 40 people since January": the perfect with "since"
    /// and a day or a time it names tells a period, not an event.
    func tellsPeriodSince(_ facts: SentenceFacts) -> Bool {
        let r = facts.sentence.tokens, tokens = facts.tokens
        // Any date a "since" opens ("locked in a war since April 2023, has kept a siege on the city since May").
        return facts.dates.contains { d in
            guard let since = Self.since(before: d, facts, opening: true) else { return false }
            return (r.lowerBound..<since).contains { tokens[$0].word == "has" || tokens[$0].word == "have" }
        }
    }

    /// "The war has resulted in 3.5 million displaced, with tens of thousands killed and arrested", "the offensive has
    /// killed 40,000": a sentence whose subject is a war or campaign (cues `cumulative_noun`, `campaign_noun`, within its
    /// first five words) in the perfect, and which counts people, tells that campaign's tally, no event ("the offensive
    /// has led to the capture of a base" tells one).
    func tellsCampaignTally(_ facts: SentenceFacts) -> Bool {
        let r = facts.sentence.tokens
        // "The violence has claimed more than 6,000 lives": thousands dead told in the perfect are a tally, whatever the
        // subject (a single act's toll is told in the past: "the attack killed 1,200 people").
        if let toll = facts.fatalities.first, toll.count.count >= Self.tallyFigure,
           (r.lowerBound..<toll.tokens.lowerBound).contains(where: { facts.tokens[$0].word == "has" || facts.tokens[$0].word == "have" }) {
            return true
        }
        for j in r.prefix(5) where facts.tokens[j].isCue(.cumulativeNoun) || facts.tokens[j].isCue(.campaignNoun) {
            let next = j + 1
            guard next < r.upperBound, facts.tokens[next].word == "has" || facts.tokens[next].word == "have" else { return false }
            // A figure, or a whole vague count ("thousands", "a dozen"; not the "a" of "a base").
            return r.contains { k in facts.tokens[k].kind == .number || startsPhrase(.vagueCount, at: k, facts) }
        }
        return false
    }

    /// A toll from which the perfect tells a tally, not an act.
    static let tallyFigure = 1_000

    /// Whether a phrase of cue category `c` starts at token `j` of the sentence (a bit test, then the phrase table).
    func startsPhrase(_ c: CueCategory, at j: Int, _ facts: SentenceFacts) -> Bool {
        facts.tokens[j].startsCue(c) && lexicon.cues[c].match(facts.keys, at: j) != nil
    }

    /// Whether an event of this type tells people being hurt: violence, excessive force against protesters, a riot.
    static func harms(_ type: EventType, _ sub: String) -> Bool {
        type.isViolent || type == .riots || sub == "Excessive force against protesters"
    }

    /// The trigger's weight, one more for a verb whose object is a toll ("eliminated 12 insurgents", "killed 30"):
    /// a weak word that counts its dead tells an event.
    func strength(_ h: TriggerHit, _ facts: SentenceFacts) -> Int {
        guard !h.trigger.isNoun else { return h.trigger.weight }
        let objectToll = facts.fatalities.contains { $0.tokens.lowerBound >= h.tokens.upperBound && $0.tokens.lowerBound - h.tokens.upperBound <= 3 }
        return h.trigger.weight + (objectToll || countsPeople(after: h, facts) || demandsAfter(h, facts) ? 1 : 0)
    }

    /// "Crowds gathered in the square calling for the government's fall": people assembling who demand something
    /// are protesting.
    func demandsAfter(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        guard h.trigger.eventType == .protests else { return false }
        let end = min(facts.sentence.tokens.upperBound, h.tokens.upperBound + 10)
        return (h.tokens.upperBound..<end).contains { startsPhrase(.demand, at: $0, facts) }
    }

    /// Whether the trigger's clause has a date or a local place of its own.
    func hasOwnSetting(_ h: TriggerHit, _ facts: SentenceFacts, _ starts: [Int]) -> Bool {
        let c = starts.lastIndex { $0 <= h.tokens.lowerBound } ?? 0
        let bounds = starts[c]..<(c + 1 < starts.count ? starts[c + 1] : facts.sentence.tokens.upperBound)
        return facts.dates.contains { bounds.contains($0.tokens.lowerBound) }
            || facts.places.contains { $0.isLocative && $0.place.kind.isLocal && bounds.contains($0.tokens.lowerBound) }
    }

    /// A trigger that describes rather than reports: a participle used as an adjective, or an event noun named by an
    /// earlier year ("the 2016 peace agreement", "the 2014 massacre").
    func describes(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        Self.describes(h, tokens: facts.tokens, sentence: facts.sentence.tokens, dates: facts.dates)
    }

    static func describes(_ h: TriggerHit, tokens: [Token], sentence r: Range<Int>, dates: [DateExpression]) -> Bool {
        isParticipleModifier(h, tokens: tokens, sentence: r, dates: dates) || h.trigger.isNoun && yearBefore(h, tokens: tokens, sentence: r)
    }

    /// A year (1900–2100) among the two words before the trigger.
    static func yearBefore(_ h: TriggerHit, tokens: [Token], sentence r: Range<Int>) -> Bool {
        let lo = max(r.lowerBound, h.tokens.lowerBound - 2)
        return (lo..<h.tokens.lowerBound).contains { j in
            let t = tokens[j]
            return t.kind == .number && (1900...2100).contains(t.number ?? 0) && t.raw.count == 4
        }
    }

    /// "took away no fewer than forty workers", "abducted 20 passengers": a count of people as the verb's object.
    func countsPeople(after h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let r = facts.sentence.tokens, tokens = facts.tokens
        var j = h.tokens.upperBound
        while j < min(r.upperBound, h.tokens.upperBound + 5) {
            if tokens[j].kind == .number || tokens[j].isCue(.numberWord) {
                // "the worst attack since 2019, officials said": a year, or a number across a comma, counts no one.
                guard !facts.dates.contains(where: { $0.tokens.contains(j) }) else { return false }
                let end = min(r.upperBound, j + 3)
                return (j + 1..<end).contains { k in tokens[k].isCue(.personNoun) && (j + 1..<k).allSatisfy { tokens[$0].isWord } }
            }
            guard tokens[j].isWord else { return false }
            j += 1
        }
        return false
    }

    /// A participle that describes a noun instead of telling an act: "the abducted pupils", "pictures showed
    /// abandoned equipment", "the person arrested was …" ("those killed were …" tells a toll and is kept).
    func isParticipleModifier(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        Self.isParticipleModifier(h, tokens: facts.tokens, sentence: facts.sentence.tokens, dates: facts.dates)
    }

    static func isParticipleModifier(_ h: TriggerHit, tokens: [Token], sentence r: Range<Int>, dates: [DateExpression]) -> Bool {
        let i = h.tokens.lowerBound
        guard !h.trigger.isNoun, h.tokens.count == 1, isPastForm(tokens[i]), i > r.lowerBound else { return false }
        let prev = tokens[i - 1]
        if prev.word == "those" { return false }
        // "jihadist-invaded nations", "war-ravaged towns": a compound adjective.
        if prev.word == "-", !tokens[i].spaceBefore { return true }
        // "fighters who had hijacked the train": a pluperfect relative clause describes the people, not a new act.
        // (With a date of its own, "who had hijacked the train on Tuesday", it reports the act.)
        if prev.word == "had", i - 2 >= r.lowerBound, isRelativePronoun(tokens[i - 2].word) {
            return !dates.contains { $0.tokens.lowerBound > i }
        }
        // "the shooting that killed six": "that" before a past form opens a relative clause; it is no determiner.
        if isAttributiveHead(prev.word) || prev.isCue(.referenceDeterminer) && !opensRelativeClause(i - 1, tokens: tokens, sentence: r) {
            return true
        }
        if prev.isWord, !prev.isCue(.auxiliary), isPastForm(prev) { return true }
        guard h.tokens.upperBound < r.upperBound else { return false }
        let next = tokens[h.tokens.upperBound].word
        return next == "was" || next == "were" || next == "is" || next == "are" || next == "has" || next == "have"
            || next == "had" || next == "will" || next == "would"
    }

    /// A verb trigger told in the past ("stormed", "were kidnapped", "took hostage"), not an infinitive or a present
    /// habit ("continues to send", "to storm").
    func isPastAct(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let i = h.tokens.lowerBound
        if i > facts.sentence.tokens.lowerBound {
            // "to storm" is an aim; "of abandoned equipment", "the abducted pupils" use the participle as an adjective.
            let prev = facts.tokens[i - 1]
            // "police were forced to open fire", "soldiers had to retreat": an act one was made to do was done.
            if prev.word == "to" {
                return i - 2 >= facts.sentence.tokens.lowerBound
                    && (facts.tokens[i - 2].isCue(.compulsionVerb) || facts.tokens[i - 2].isCue(.aspectVerb))
            }
            if Self.followsAnAspectVerb(i, facts) { return true }
            if Self.isAttributiveHead(prev.word) { return false }
            // "pictures showed abandoned equipment": a participle right after a finite verb describes a noun.
            if prev.isWord, !prev.isCue(.auxiliary), Self.isPastForm(prev) { return false }
            if prev.isCue(.referenceDeterminer) && prev.word != "those"
                && !Self.opensRelativeClause(i - 1, tokens: facts.tokens, sentence: facts.sentence.tokens) { return false }
            // "combatants who had disarmed": a relative clause in the pluperfect describes, it does not report.
            if prev.word == "had", i - 2 >= facts.sentence.tokens.lowerBound, Self.isRelativePronoun(facts.tokens[i - 2].word) { return false }
        }
        return Self.isPastForm(facts.tokens[i])
    }

    /// A past tense or participle: a regular "-ed" form or an irregular one (cue category `past_form`, generated
    /// from LemmInflect by `Data/build/build_past_forms.py`).
    static func isPastForm(_ t: Token) -> Bool {
        t.isCue(.pastForm) || t.word.endsWith("ed")
    }

    /// "the shooting that killed six": "that" before a verb opens a relative clause, not a determiner. In a cleft ("it
    /// was not a hostile shot that killed the gendarme") the clause names the cause of a death already told.
    static func opensRelativeClause(_ j: Int, tokens: [Token], sentence r: Range<Int>) -> Bool {
        // After a noun; after a verb or a preposition ("they found that abducted girl") it is a determiner.
        guard tokens[j].word == "that", j > r.lowerBound else { return false }
        let before = tokens[j - 1]
        guard before.isWord, !before.isCue(.preposition), !before.isCue(.attributionVerb), !isPastForm(before) else { return false }
        for k in stride(from: j - 2, through: max(r.lowerBound, j - 8), by: -1) where tokens[k].word == "it" {
            let w = tokens[k + 1].word
            if w == "was" || w == "is" || w == "were" { return false }
        }
        return true
    }

    static func isRelativePronoun(_ w: WordKey) -> Bool { w == "who" || w == "which" || w == "that" || w == "whom" }

    static func isAttributiveHead(_ w: WordKey) -> Bool {
        w == "of" || w == "a" || w == "an" || w == "with" || w == "for" || w == "some" || w == "many" || w == "several" || w == "other" || w == "all"
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
            // "triggering chaos and the abduction of …": the introducer may govern a list.
            if tokens[j - back].startsCue(.eventIntroducer), let n = lexicon.cues[.eventIntroducer].match(keys, at: j - back), j - back + n <= j { return true }
        }
        return false
    }

    /// Dates that belong to the trigger: not a date of the statement that reports it ("On Friday, X said the assault …").
    func anchoredDates(for h: TriggerHit, _ facts: SentenceFacts) -> [DateExpression] {
        guard !facts.dates.isEmpty else { return [] }
        // A date of another event's passage ("the unrest broke the calm that followed clashes in March") is not this one's.
        let span = facts.span(of: h, among: facts.acts), whole = span == facts.sentence.span
        return facts.dates.filter { d in
            !facts.attributions.contains { $0.scope.contains(h.tokens.lowerBound) && d.tokens.upperBound <= $0.scope.lowerBound }
                && (whole || facts.tokens[d.tokens.lowerBound].start >= span.start && facts.tokens[d.tokens.lowerBound].end <= span.end)
        }
    }

    /// Mentions for a sentence's triggers: one per event type and place (two captures of two towns are two mentions).
    func mentions(_ facts: SentenceFacts, ctx: DocumentContext, para: Paragraph, prior: [Draft]) -> [(Mention, DateKind)] {
        // Strongest first (each trigger's strength worked out once).
        var selected = selectedTriggers(facts, para: para)
        // "the clip showed bodies and gunmen …": what a recording shows depicts an event, it reports none.
        if !selected.isEmpty, let shown = Self.depictionStart(facts) { selected.removeAll { $0.tokens.lowerBound >= shown } }
        // "… previously fought alongside the army": an act put in the past of the story, without a date, is background.
        selected.removeAll { toldAsBackground($0, facts) }
        // "Gunmen seized a bus", "captured two soldiers": a capture of people or things takes no territory; "the bodies
        // were handed over to their families" hands over none. "The army cracked down on IS cells": a crackdown on an
        // armed group is no force against protesters.
        selected.removeAll {
            ($0.trigger.isTerritory || Self.transfersTerritory($0.trigger)) && Self.takesNoTerritory($0, facts)
                || Self.cracksDownOnArmedGroup($0, facts)
        }
        // "The assault occurred on Tuesday": when and where of an act already told, not another act.
        if selected.contains(where: { tellsOccurrence($0, facts) }), Self.toldAct(prior, near: facts) != nil {
            selected.removeAll { tellsOccurrence($0, facts) }
        }
        let hits = selected.count < 2 ? selected
            : selected.map { (h: $0, key: (strength($0, facts), $0.trigger.isNoun ? 0 : 1, -$0.tokens.lowerBound)) }
                .sorted { $0.key > $1.key }.map(\.h)
        var kept: [(Mention, DateKind)] = []
        for h in hits {
            let m = mention(for: h, facts: facts, ctx: ctx, para: para, prior: prior)
            // Two clauses of one sentence that tell two events of a kind keep two passages; one told twice is one.
            let dup = kept.contains { k in
                k.0.eventType == m.0.eventType && !Self.strikeAndShelling(k.0, m.0)
                    && k.0.span.overlaps(m.0.span) && (k.0.location == nil || m.0.location == nil
                    || k.0.location!.place.isWithin(m.0.location!.place) || m.0.location!.place.isWithin(k.0.location!.place))
            }
            if !dup { kept.append(m) }
        }
        if kept.count > 1 { kept.sort { $0.0.span.start < $1.0.span.start } }
        return kept
    }

    /// "… fired rockets, while the army launched airstrikes": strikes from the air and shelling from the ground are two
    /// events even when one sentence tells both (ACLED codes each sub-event); a "bombardment" may be either, so it is
    /// the strike it stands beside.
    static func strikeAndShelling(_ a: Mention, _ b: Mention) -> Bool {
        let pair: Set<String> = ["Air/drone strike", "Shelling/artillery/missile attack"]
        return a.subEventType != b.subEventType && pair.contains(a.subEventType) && pair.contains(b.subEventType)
            && !a.trigger.hasPrefix("bombard") && !b.trigger.hasPrefix("bombard")
    }

    /// Whether a background adverb stands right before the trigger (over auxiliaries) and no date anchors it.
    func toldAsBackground(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        var j = h.tokens.lowerBound - 1, steps = 0
        while j >= facts.sentence.tokens.lowerBound && steps < 3 {
            let t = facts.tokens[j]
            if t.isCue(.backgroundAdverb) { return anchoredDates(for: h, facts).isEmpty }
            guard t.isWord, t.isCue(.auxiliary) else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// Where the content of a recording starts: after "showed", "shows", "depicted" following a media noun ("the
    /// footage showed …"); nil when the sentence describes none.
    static func depictionStart(_ facts: SentenceFacts) -> Int? {
        let r = facts.sentence.tokens, tokens = facts.tokens
        for i in r where tokens[i].isCue(.mediaNoun) && i + 1 < r.upperBound {
            let v = tokens[i + 1].word
            if v == "showed" || v == "shows" || v == "show" || v == "shown" || v == "depicted" || v == "depicts" { return i + 2 }
        }
        return nil
    }

    /// A bare "crackdown" (no protesters in its phrase) with an armed group named within the four words after it.
    static func cracksDownOnArmedGroup(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        guard h.trigger.eventType == .protests, h.trigger.weight <= 1, h.trigger.subEventType == "Excessive force against protesters" else {
            return false
        }
        let end = h.tokens.upperBound
        return facts.actors.contains { a in
            a.tokens.lowerBound >= end && a.tokens.lowerBound - end <= 4 && (2...4).contains(a.inter)
        }
    }

    /// A weak trigger of a non-violent transfer of territory ("handed over", "withdrew").
    static func transfersTerritory(_ t: Trigger) -> Bool {
        t.eventType == .strategicDevelopments && t.weight <= 2 && t.subEventType == "Non-violent transfer of territory"
    }

    /// Whether a territorial verb's object, within a few words after it, is people or a movable thing ("seized a bus",
    /// "captured two soldiers") rather than a place ("seized Goma", "captured the town").
    static func takesNoTerritory(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let tokens = facts.tokens
        // "fell to government troops", "came under the control of": the words after name the taker, not the object.
        guard !h.trigger.isNoun, !ClauseRoles.lossVerbs.contains(tokens[h.tokens.lowerBound].word) else { return false }
        // Passive: what was seized is the subject before the auxiliary ("the victim was seized", "a bus was captured",
        // "the bodies of the soldiers were handed over").
        let v = h.tokens.lowerBound
        // (Over adverbs: "13 fugitives were later recaptured".)
        var aux = v - 1
        while aux > facts.sentence.tokens.lowerBound, tokens[aux].isCue(.adverb) { aux -= 1 }
        if aux - 1 >= facts.sentence.tokens.lowerBound, ClauseRoles.isPassiveAuxiliary(tokens[aux].word), DocumentExtractor.isPastForm(tokens[v]) {
            // ("have been recaptured": the subject stands before the perfect's auxiliary.)
            var s = aux - 1
            if tokens[aux].word == "been", s > facts.sentence.tokens.lowerBound, tokens[s].word == "have" || tokens[s].word == "has" { s -= 1 }
            // "X sneaked out of the neighbourhood, but was captured": with the subject left out, what was taken is the
            // sentence's subject, ground only if the sentence opens with a place's name.
            if tokens[s].word == "but" || tokens[s].word == "and" || tokens[s].word == "," {
                let opening = facts.sentence.tokens.lowerBound..<min(facts.sentence.tokens.lowerBound + 3, aux)
                return !facts.places.contains { opening.contains($0.tokens.lowerBound) }
            }
            // A count alone ("13 have been recaptured") counts people or things, never ground.
            let subject = tokens[s]
            return subject.isCue(.movableNoun) || subject.isCue(.personNoun) || subject.kind == .number || subject.isCue(.numberWord)
        }
        guard !tokens[h.tokens.upperBound - 1].isCue(.preposition) else { return false }
        // A passive without its auxiliary ("… were killed and hundreds of weapons seized"): a thing, not a taker, before.
        if v > facts.sentence.tokens.lowerBound, tokens[v - 1].isCue(.movableNoun), DocumentExtractor.isPastForm(tokens[v]) { return true }
        // The object's head: its last word before a comma, a preposition or a conjunction ("key military sites").
        var head: Int? = nil
        for j in h.tokens.upperBound..<min(facts.sentence.tokens.upperBound, h.tokens.upperBound + 4) {
            let t = tokens[j]
            if t.kind == .punct || t.isCue(.preposition) || t.word == "and" || t.word == "or" { break }
            if t.isCapitalized || t.isCue(.townNoun) { return false }
            if t.isWord { head = j }
        }
        guard let head else { return false }
        // "cameras that captured the attack": an event caught on film, not ground taken.
        if facts.triggers.contains(where: { $0.tokens != h.tokens && $0.tokens.contains(head) }) { return true }
        // "entered the houses", "entering a school": going into a building is a raid, not ground taken.
        let entry = tokens[v].word.string.hasPrefix("enter"), t = tokens[head]
        return t.isCue(.movableNoun) || t.isCue(.personNoun) || entry && t.isCue(.facilityNoun)
    }

    /// A capture verb whose object is a place ("taking the strategic town of Avdiivka", "take Goma") is a territory trigger.
    func captureObjects(_ r: Range<Int>, tokens: [Token], keys: [WordKey], triggers: [TriggerHit], places: inout [PlaceMention],
                        attributions: [Attribution]) -> [TriggerHit] {
        let covered = TokenSet(triggers.lazy.flatMap(\.tokens))
        let scanner = TriggerScanner(lexicon: lexicon, keys: keys)
        var out: [TriggerHit] = []
        for i in r where tokens[i].isWord && tokens[i].isCue(.captureVerb) && !covered.contains(i) {
            // The place is the verb's object ("took the strategic town of X"), not in a phrase of its own ("took a
            // tough stance against X").
            guard let p = places.firstIndex(where: { $0.tokens.lowerBound > i && $0.tokens.lowerBound - i <= 5 }),
                  !tokens[(i + 1)..<places[p].tokens.lowerBound].contains(where: {
                      $0.kind == .punct && $0.word != "-" || $0.isCue(.preposition) && $0.word != "of" }) else { continue }
            places[p].isLocative = true
            let trig = Trigger(tokens: [tokens[i].key], phrase: tokens[i].key, eventType: .battles, subEventType: Trigger.territory,
                               weight: 2, isNoun: false)
            let hr = i..<(i + 1)
            let denial = attributions.contains { $0.isDenial && $0.scope.contains(i) }
            out.append(TriggerHit(trigger: trig, tokens: hr, negated: denial || scanner.negated(hr, range: r, tokens: tokens),
                                  irrealis: scanner.irrealis(hr, range: r, tokens: tokens, attemptIsAct: true),
                                  definite: scanner.definite(i, range: r, tokens: tokens)))
        }
        return out
    }

    /// Folds this sentence into the previous mention when it only continues it ("These attacks killed four").
    func continueLast(_ drafts: inout [Draft], facts: SentenceFacts, made: [(Mention, DateKind)], block: Int, sentence: Int,
                      ctx: DocumentContext) -> Bool {
        // Read and changed in place: the last draft (and its mention) is not copied.
        // The next sentence, in the same paragraph or (news often gives each sentence its own) as the next one; a bare
        // toll goes to the violent event of the sentence before.
        let tollOnly = facts.acts.allSatisfy { $0.negated || $0.irrealis || $0.trigger.isGenericHarm }
        guard let last = drafts.indices.last, drafts[last].sentence == sentence - 1, facts.dates.isEmpty,
              !tellsCampaignTally(facts) else { return false }
        let k = tollOnly ? drafts.lastIndex { $0.sentence == sentence - 1 && Self.harms($0.mention.eventType, $0.mention.subEventType) } ?? last : last
        let sameParagraph = drafts[k].block == block
        let lastPlace = drafts[k].mention.location?.place
        // A place of its own, town or province, that is not inside the last one's (or around it) starts another event.
        let newPlace = facts.places.contains { p in
            p.isLocative && p.place.kind != .country && !(lastPlace.map { p.place.mayOverlap($0) } ?? false)
        }
        guard !newPlace else { return false }
        let picked = selectedTriggers(facts, para: nil).filter { !$0.trigger.isGenericHarm }
        // "… were killed in a terror attack on a bus. … the explosion took place while …": the explosion the next
        // sentence names as known is what the attack was.
        if let bomb = facts.acts.first(where: { $0.definite && !$0.negated && !$0.irrealis && $0.trigger.eventType == .explosions }),
           Self.isGenericAttack(drafts[k].mention) {
            drafts[k].mention.eventType = .explosions
            drafts[k].mention.subEventType = bomb.trigger.subEventType
        }
        if let prior = drafts[k].mention.fatalities, let own = facts.fatalities.first, own.count.count != prior.count {
            // Another figure for the event just told, said by someone ("a paramedic said at least 10 had died"): the
            // same event, its toll disputed. A figure nobody is said to give may be another event's.
            // Its own words of harm ("had been shot dead") name no one who did it.
            guard picked.allSatisfy({ Self.harms($0.trigger.eventType, $0.trigger.subEventType) }), made.allSatisfy({ !$0.0.actors.contains { $0.role == .actor1 } }),
                  let source = facts.attributions.first?.source else { return false }
            Self.appendRestatement(of: k, &drafts, facts: facts, ctx: ctx, block: block, sentence: sentence) { alt in
                alt.fatalities = own.count
                alt.claimedBy = source
            }
            return true
        }
        let (lastType, lastSub) = (drafts[k].mention.eventType, drafts[k].mention.subEventType)
        // Another kind of act ("… were also kidnapped" after a killing) is another event, even of the same type.
        func same(_ t: Trigger) -> Bool {
            t.eventType == lastType && (t.subEventType == lastSub || t.isGenericHarm
                || lastType != .violenceAgainstCivilians && lastType != .strategicDevelopments)
        }
        // Across paragraphs only a bare toll ("Ten people were killed, he said.") continues the event.
        // "One shell hit the depot …" after "One shell hit a school …": each projectile told hitting its target is its own.
        let ownStrike = picked.contains { Self.oneProjectileStruck($0, facts) }
        let continues = picked.isEmpty ? !facts.fatalities.isEmpty || !facts.peopleCounts.isEmpty
            : sameParagraph && !ownStrike && picked.allSatisfy { same($0.trigger) || $0.definite }
        guard continues else { return false }
        let span = drafts[k].mention.span.union(facts.sentence.span)
        drafts[k].mention.span = span
        drafts[k].mention.quoteText = ctx.layout.shared(span)
        if drafts[k].mention.fatalities == nil, let f = facts.fatalities.first { drafts[k].mention.fatalities = f.count }
        for c in facts.peopleCounts where !drafts[k].mention.counts.contains(where: { $0.kind == c.count.kind }) {
            drafts[k].mention.counts.append(c.count)
        }
        if drafts[k].mention.claimedBy == nil { drafts[k].mention.claimedBy = facts.attributions.first?.source }
        // "… in the north. The assailants attacked X village": a town inside the event's coarser place is where it was.
        if let old = lastPlace, !old.kind.isLocal, let town = facts.places.first(where: { p in
            p.isLocative && !p.isDateline && p.place.kind.isLocal && p.place.mayLieIn(old)
        }) {
            drafts[k].mention.location = town.location
        }
        drafts[k].sentence = sentence
        return true
    }
}
