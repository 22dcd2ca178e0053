/// Building one mention from a trigger: date, place, actors, toll and source.
extension DocumentExtractor {
    func mention(for h: TriggerHit, facts: SentenceFacts, ctx: DocumentContext, para: Paragraph, prior: [Draft]) -> (Mention, DateKind) {
        let tokens = ctx.layout.tokens
        let clause = facts.clause(of: h.tokens.lowerBound, tokens: tokens)
        let coreferent = h.definite ? prior.lastIndex { refersTo($0, h) } : nil
        var explicit = DateKind.inferred
        let date: EventDate
        // A date said in another event's clause of the sentence is that event's date.
        let span = facts.span(of: h, among: facts.acts)
        func inSpan(_ r: Range<Int>) -> Bool {
            span == facts.sentence.span || facts.tokens[r.lowerBound].start >= span.start && facts.tokens[r.lowerBound].end <= span.end
        }
        // "… since this crisis began in December": the start of a period is no date of the act; nor is the frame of a
        // comparison ("the deadliest attack this year").
        let own = facts.dates.lazy.filter {
            inSpan($0.tokens) && Self.since(before: $0, facts) == nil && !Self.followsSuperlative($0.tokens.lowerBound, facts.sentence.tokens, facts.tokens)
        }
        if let shifted = relativeDay(h, facts) { date = shifted; explicit = .explicit }
        else if let d = own.min(by: { abs($0.tokens.lowerBound - h.tokens.lowerBound) < abs($1.tokens.lowerBound - h.tokens.lowerBound) }) {
            // The day a source spoke is only the latest the event can be.
            date = d.date; explicit = isReportingDate(d, facts) ? .reported : .explicit
        }
        // "… were attacked on Monday, and the ensuing firefight left 19 dead": a definite event word without a date of its
        // own takes the day its sentence gives the act it refers to.
        else if h.definite, let d = facts.nearestDate(to: h.tokens.lowerBound), d.tokens.upperBound <= h.tokens.lowerBound,
                !comparisonBetween(d.tokens.upperBound, h.tokens.lowerBound, facts), !isReportingDate(d, facts) {
            date = d.date; explicit = .explicit
        }
        else if let c = coreferent, prior[c].explicitDate { date = prior[c].mention.date; explicit = .explicit }
        else if let p = para.date { date = p }
        else { date = defaultDate(ctx.published, articleDay: para.articleDay) }
        let location = place(for: h, clause: clause, facts: facts, ctx: ctx, para: para, coreferent: coreferent.flatMap { prior[$0].mention.location })
        var filled = facts.actors
        ActorResolver(lexicon: lexicon).fill(&filled, location?.place.countryCode)
        let people = h.trigger.eventType.isViolent ? para.people.map { i in
            var one = ctx.actors[i...i]
            ActorResolver(lexicon: lexicon).fill(&one, location?.place.countryCode)
            return one[i]
        } : nil
        let (actors, roles) = actorRefs(for: h, clause: clause, facts: facts, actors: filled, people: people)
        var type = h.trigger.eventType, sub = h.trigger.subEventType
        if sub == Trigger.context { (type, sub) = contextKind(before: h, facts: facts, prior: prior) }
        if sub == Trigger.territory { sub = Self.territorial(taker: roles.agent, loser: roles.patients.first) }
        // "attacks on two villages", "an attack on X Secondary School": the civilians there are whom it hit.
        // (An armed group read as hit, with no state forces among them, is a misreading there: "by militants".)
        let patients = !roles.patients.contains(1) && Self.attacksCivilianTarget(h, facts) ? [7] : roles.patients
        let fat = facts.fatalities.first { inSpan($0.tokens) && clause.contains($0.tokens.lowerBound) } ?? facts.fatalities.first { inSpan($0.tokens) }
        (type, sub) = ACLEDTyping.decide(type, sub, agent: roles.agent, patients: patients, weight: h.trigger.weight,
                                      isVerb: !h.trigger.isNoun, bombs: h.trigger.namesBomb,
                                      clash: ACLEDTyping.Clash(fought: Self.isReciprocal(h, facts.tokens), civilianSide: roles.civilianSide,
                                                               died: sub == "Looting/property destruction" && (fat?.count.count ?? 0) > 0
                                                                   && !Self.tellsOtherViolence(h, facts)))
        (type, sub) = Self.retyped(type, sub, h, facts, roles: roles, patients: patients, toll: fat)
        let claimed = facts.attributions.lazy.filter { $0.scope.contains(h.tokens.lowerBound) }.min { $0.scope.count < $1.scope.count }?.source
        let counts = facts.peopleCounts.filter { inSpan($0.tokens) }.map(\.count)
        let another = !h.definite && (Self.toldAsAnother(h, tokens: facts.tokens, from: clause.lowerBound) || Self.oneProjectileStruck(h, facts))
        let target = Self.namedTarget(in: clause, facts: facts) ?? (sub == "Arrests" ? Self.agedPerson(in: clause, facts.tokens) : nil)
        let onset = tellsOnset(h, facts)
        return (Mention(doc: ctx.document.id, span: span, quoteText: ctx.layout.shared(span), trigger: h.trigger.phrase,
                        eventType: type, subEventType: sub, date: date, location: location, actors: actors,
                        fatalities: fat?.count, claimedBy: claimed, counts: counts, isAnother: another, target: target,
                        tellsOnset: onset), explicit)
    }

    /// The name (hashed) of the building or site the clause speaks of: the capitalised words right before a facility
    /// noun that are not a town's name; nil when the clause names none.
    static func namedTarget(in clause: Range<Int>, facts: SentenceFacts) -> UInt64? {
        let tokens = facts.tokens
        for i in clause where i > clause.lowerBound && tokens[i].isCue(.facilityNoun) && tokens[i - 1].isCapitalized {
            var j = i - 1
            while j >= clause.lowerBound && (tokens[j].isCapitalized || tokens[j].word == "-" && j > clause.lowerBound) { j -= 1 }
            let run = (j + 1)..<i
            guard run.contains(where: { tokens[$0].isCapitalized }), run.lowerBound > facts.sentence.tokens.lowerBound,
                  !facts.places.contains(where: { $0.tokens.overlaps(run) }) else { continue }
            return run.reduce(UInt64(1469598103934665603)) { ($0 ^ tokens[$1].keyHash) &* 1099511628211 }
        }
        return nil
    }

    /// "a 26-year-old Syrian turned himself in", "a 15-year-old boy was arrested": the one person an arrest is told of by
    /// age (hashed, as a target: two arrests of people of different ages are two arrests); nil unless exactly one age.
    static func agedPerson(in clause: Range<Int>, _ tokens: [Token]) -> UInt64? {
        var found: UInt64? = nil
        for i in clause where i + 4 < clause.upperBound && tokens[i].number != nil && tokens[i + 2].word == "year"
            && tokens[i + 1].word == "-" && tokens[i + 3].word == "-" && tokens[i + 4].word == "old" {
            guard found == nil else { return nil }
            found = (tokens[i].keyHash ^ 0x9E3779B97F4A7C15) &* 1099511628211
        }
        return found
    }

    /// Whether a word that makes it another event than one told ("another", "a second", "a similar", "a new": cue
    /// `another_word`) stands among the three words before the event word.
    static func toldAsAnother(_ h: TriggerHit, tokens: [Token], from start: Int) -> Bool {
        (max(start, h.tokens.lowerBound - 3)..<h.tokens.lowerBound).contains { tokens[$0].isCue(.anotherWord) }
    }

    /// The kind of violence the article just told, for a word that names none ("the violence", "bloodshed"): the
    /// nearest event word before it in the sentence, else the last event drafted, else an armed clash.
    func contextKind(before h: TriggerHit, facts: SentenceFacts, prior: [Draft]) -> (EventType, String) {
        let kinds: [EventType] = [.battles, .riots, .violenceAgainstCivilians, .explosions]
        if let t = facts.triggers.last(where: { $0.tokens.upperBound <= h.tokens.lowerBound && kinds.contains($0.trigger.eventType)
            && $0.trigger.subEventType != Trigger.context && !$0.trigger.isGenericHarm && !$0.trigger.isTerritory }) {
            return (t.trigger.eventType, t.trigger.subEventType)
        }
        // "homes were also hit": property hit in an article of strikes was hit by the strikes.
        if !h.trigger.isNoun, let m = prior.last(where: { $0.mention.eventType == .explosions })?.mention { return (m.eventType, m.subEventType) }
        if let m = prior.last(where: { kinds.contains($0.mention.eventType) })?.mention { return (m.eventType, m.subEventType) }
        return (.battles, "Armed clash")
    }

    /// "… on Wednesday, a day after clashes left six dead", "two days before the raid …": an act told after "<n> day(s)
    /// after" is that many days before the day the sentence gives ahead of the phrase ("before": that many after).
    func relativeDay(_ h: TriggerHit, _ facts: SentenceFacts) -> EventDate? {
        guard !facts.dates.isEmpty, let j = Self.dayAfterWord(before: h, facts), j - 2 >= facts.sentence.tokens.lowerBound,
              let n = dayCount(at: j - 2, facts.tokens) else { return nil }
        guard let d = facts.dates.last(where: { $0.tokens.upperBound <= j - 2 }), d.date.precision == .day,
              let day = d.date.date else { return nil }
        return EventDate(date: day.adding(days: facts.tokens[j].word == "after" ? -n : n), precision: .day)
    }

    /// The "after" or "before" of "… day(s) after" / "… day(s) before" among the eight words before `h`, with no pause
    /// but a comma or a dash between.
    static func dayAfterWord(before h: TriggerHit, _ facts: SentenceFacts) -> Int? {
        let r = facts.sentence.tokens, tokens = facts.tokens
        var j = h.tokens.lowerBound - 1
        while j - 1 >= r.lowerBound && h.tokens.lowerBound - j <= 8 {
            let t = tokens[j]
            if t.kind == .punct && t.word != "," && t.word != "--" { return nil }
            // "after" and "before" are subordinators (a cue bit): other words pass without comparing texts.
            if t.isCue(.subordinator), t.word == "after" || t.word == "before", tokens[j - 1].word == "day" || tokens[j - 1].word == "days" {
                return j
            }
            j -= 1
        }
        return nil
    }

    /// How many days the word at `k` counts before "day(s)": "a", "an" and "the" one, a number (in digits or words, as
    /// `NumberReader` reads it) up to 30.
    func dayCount(at k: Int, _ tokens: [Token]) -> Int? {
        let w = tokens[k].word
        if w == "a" || w == "an" || w == "the" { return 1 }
        guard let (n, length) = fatalityParser.reader.number(at: k, limit: k + 1, tokens: tokens), length == 1 else { return nil }
        return (1...30).contains(n) ? n : nil
    }

    /// Where "since" stands a few words before the date, in its sentence (the date starts a period), or nil. A "since"
    /// the date's own words start with counts when it compares ("the worst attack since 2019": after a superlative)
    /// and, with `opening`, when the date is a month or coarser ("have killed 40 since 2023"); "killed since Thursday"
    /// dates the killing.
    static func since(before d: DateExpression, _ facts: SentenceFacts, opening: Bool = false) -> Int? {
        let lower = max(facts.sentence.tokens.lowerBound, d.tokens.lowerBound - 5)
        if let i = (lower..<d.tokens.lowerBound).first(where: { facts.tokens[$0].word == "since" }) { return i }
        let i = d.tokens.lowerBound
        guard facts.tokens[i].word == "since" else { return nil }
        // "the deadliest attack in the region since 2018": a year after "since" starts a period, never an act's day.
        return opening && d.date.precision > .week || d.date.precision == .year || followsSuperlative(i, facts.sentence.tokens, facts.tokens) ? i : nil
    }

    /// A date said of the statement, not of the act: right after a verb of saying ("said Tuesday", "reported on
    /// Saturday that", "told reporters on Monday"), or after the verb and the means of saying ("said in a statement
    /// Sunday", "wrote in a post on Friday").
    func isReportingDate(_ d: DateExpression, _ facts: SentenceFacts) -> Bool {
        var j = d.tokens.lowerBound - 1, steps = 0
        while j >= facts.sentence.tokens.lowerBound && steps < 6 {
            let t = facts.tokens[j]
            if t.isCue(.attributionVerb) { return steps < 3 || Self.meansOfSaying(j + 1, d.tokens.lowerBound, facts.tokens) }
            guard t.isWord, !t.isCue(.deathWord) else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// Whether the words from `start` up to `end` are "in/on/via" with a determiner and up to two more lowercase
    /// words ("in a statement", "in its daily report", "on its website").
    static func meansOfSaying(_ start: Int, _ end: Int, _ tokens: [Token]) -> Bool {
        guard end - start >= 3, end - start <= 5, ["in", "on", "via", "through"].contains(tokens[start].word),
              ["a", "an", "the", "its", "his", "her", "their"].contains(tokens[start + 1].word) else { return false }
        return (start + 2..<end).allSatisfy { tokens[$0].isWord && !tokens[$0].isCapitalized && tokens[$0].cues.start == 0 }
    }

    /// ACLED's territorial sub-event, decided by who takes the ground: state forces regain it, anyone else overtakes
    /// it; with no taker named, ground lost by state forces is overtaken and ground lost by anyone else regained.
    static func territorial(taker: Int?, loser: Int?) -> String {
        if let t = taker { return t == 1 ? "Government regains territory" : "Non-state actor overtakes territory" }
        if let l = loser, l != 1, ACLEDTyping.armed.contains(l) { return "Government regains territory" }
        return "Non-state actor overtakes territory"
    }

    /// Whether a definite trigger ("the strike") can refer back to this earlier mention: same sub-event type or word.
    func refersTo(_ d: Draft, _ h: TriggerHit) -> Bool {
        d.mention.subEventType == h.trigger.subEventType || d.mention.trigger == h.trigger.phrase
    }

    /// "… were killed in the airstrike, which occurred on Friday": a definite trigger dated in its own sentence dates
    /// the earlier mention it refers to, when that one had only a default or paragraph date the new one fits in.
    func backdate(_ drafts: inout [Draft], facts: SentenceFacts, para: Paragraph) {
        guard !facts.dates.isEmpty, facts.triggers.contains(where: \.definite) else { return }
        for h in facts.triggers where tellsOccurrence(h, facts) {
            guard let k = Self.toldAct(drafts, near: facts),
                  let d = facts.dates.first(where: { $0.tokens.lowerBound > h.tokens.lowerBound }), d.date.date != nil,
                  !drafts[k].explicitDate || Self.refines(d.date, drafts[k].mention.date) else { continue }
            drafts[k].mention.date = d.date
            drafts[k].explicitDate = true
            return
        }
        for h in selectedTriggers(facts, para: para) where h.definite && !Self.ofAnotherNoun(h, facts) {
            guard let d = facts.nearestDate(to: h.tokens.lowerBound), !comparisonBetween(h.tokens.upperBound, d.tokens.lowerBound, facts),
                  case let own = d.date, own.date != nil,
                  let k = drafts.lastIndex(where: { refersTo($0, h) }), !drafts[k].explicitDate,
                  drafts[k].mention.date.overlaps(own) || drafts[k].dateKind == .reported else { continue }
            // A reported day gives way only to an act's day strictly before it.
            if drafts[k].dateKind == .reported, let said = drafts[k].mention.date.date, !((own.latest ?? said) < said) { continue }
            drafts[k].mention.date = own
            drafts[k].explicitDate = true
        }
    }

    /// "The army carried out an airstrike on X. Twenty-eight civilians were killed in the airstrike": a toll told of a
    /// definite event word is the toll of the act it refers to, told in one of the two sentences before without one
    /// (and not at another place).
    func backfillToll(_ drafts: inout [Draft], facts: SentenceFacts, sentence: Int) {
        guard !facts.fatalities.isEmpty, drafts.contains(where: { $0.sentence >= sentence - 2 && $0.mention.fatalities == nil }) else { return }
        for h in facts.triggers where h.definite && !h.negated && !h.irrealis && !Self.ofAnotherNoun(h, facts) {
            let clause = facts.clause(of: h.tokens.lowerBound, tokens: facts.tokens)
            guard let toll = facts.fatalities.first(where: { clause.contains($0.tokens.lowerBound) }),
                  let k = Self.recentDraft(drafts, since: sentence - 2, where: { Self.sameHeadWord($0.mention.trigger, h.trigger.phrase) }),
                  drafts[k].mention.fatalities == nil, drafts[k].mention.eventType == h.trigger.eventType,
                  !namesAnotherPlace(clause, facts, than: drafts[k].mention.location) else { continue }
            drafts[k].mention.fatalities = toll.count
            return
        }
    }

    /// Whether two trigger phrases end in the same word ("carried out an airstrike", "the airstrike"): the same act named
    /// again, not merely one of its kind.
    static func sameHeadWord(_ a: String, _ b: String) -> Bool {
        func head(_ s: String) -> Substring.UTF8View { s.utf8.lastIndex(of: 32).map { s.utf8[s.utf8.index(after: $0)...] } ?? s.utf8[...] }
        return head(a).elementsEqual(head(b))
    }

    /// The last draft told in sentence `first` or after that passes `test` (drafts come in sentence order).
    static func recentDraft(_ drafts: [Draft], since first: Int, where test: (Draft) -> Bool) -> Int? {
        var k = drafts.count - 1
        while k >= 0 && drafts[k].sentence >= first {
            if test(drafts[k]) { return k }
            k -= 1
        }
        return nil
    }

    /// Whether the clause places its act somewhere that is not the given place nor inside it (nor around it).
    func namesAnotherPlace(_ clause: Range<Int>, _ facts: SentenceFacts, than location: Location?) -> Bool {
        guard let there = location?.place else { return false }
        return facts.places.contains { p in
            p.isLocative && clause.contains(p.tokens.lowerBound) && !p.place.isWithin(there) && !there.isWithin(p.place)
        }
    }

    /// "an August attack … The attack occurred on August 24": a finer date inside the interval of the one an act had.
    static func refines(_ finer: EventDate, _ coarser: EventDate) -> Bool {
        guard finer.precision < coarser.precision, let a = finer.earliest, let b = finer.latest,
              let lo = coarser.earliest, let hi = coarser.latest else { return false }
        return lo <= a && b <= hi
    }

    /// "the catalyst for the demonstrations", "the anniversary of the massacre": a definite event noun that completes
    /// another noun with "for" or "of" is not what the sentence's date is of.
    static func ofAnotherNoun(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        var j = h.tokens.lowerBound - 1
        while j > facts.sentence.tokens.lowerBound && (facts.tokens[j].isCue(.referenceDeterminer) || facts.tokens[j].isPossessive) { j -= 1 }
        guard j > facts.sentence.tokens.lowerBound, facts.tokens[j].word == "for" || facts.tokens[j].word == "of" else { return false }
        let noun = facts.tokens[j - 1]
        return noun.isWord && !noun.isCue(.auxiliary) && !DocumentExtractor.isPastForm(noun) && !noun.isCue(.quantityHead)
    }

    /// "The assault occurred on Tuesday afternoon", "the attack took place near the border": a definite event noun
    /// and a verb of occurring, right after it (over an adverb), tell when or where an act already told happened.
    func tellsOccurrence(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        guard h.definite, h.trigger.eventType.isViolent, !h.negated else { return false }
        var j = h.tokens.upperBound
        if j < facts.sentence.tokens.upperBound, facts.tokens[j].isCue(.adverb) { j += 1 }
        return j < facts.sentence.tokens.upperBound && startsPhrase(.occurrenceVerb, at: j, facts)
    }

    /// "Fighting broke out on Monday", "clashes erupted overnight": a violent event word with a verb of beginning in it
    /// or within two words after it, and no word of renewal ("again", "renewed", "further") in the sentence before the
    /// verb or in the two words after it.
    func tellsOnset(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        guard h.trigger.eventType.isViolent, !h.negated, !h.irrealis else { return false }
        let end = facts.sentence.tokens.upperBound
        guard let v = (h.tokens.lowerBound..<min(end, h.tokens.upperBound + 2)).first(where: { startsPhrase(.onsetVerb, at: $0, facts) })
        else { return false }
        return !(facts.sentence.tokens.lowerBound..<min(end, v + 3)).contains { startsPhrase(.renewalWord, at: $0, facts) }
    }

    /// The latest violent act told in this paragraph or the one before (of those `keep` takes), which a definite "the
    /// attack" points back at.
    static func toldAct(_ drafts: [Draft], near facts: SentenceFacts, keep: (Draft) -> Bool = { _ in true }) -> Int? {
        drafts.lastIndex { $0.mention.eventType.isViolent && facts.sentence.block - $0.block <= 1 && $0.mention.restates == nil && keep($0) }
    }

    /// "… killed in an air strike in central Mali. The attack occurred in Tinaga village": a definite event word
    /// that tells no new event, placed in a town inside the coarser place (country, province) of the act it refers to
    /// in the last three sentences, places that act.
    func relocate(_ drafts: inout [Draft], facts: SentenceFacts, sentence: Int) {
        for h in facts.triggers where h.definite && !h.negated && !h.irrealis {
            let towns = facts.places.lazy.filter { $0.isLocative && !$0.isDateline && $0.place.kind.isLocal }
            guard let town = towns.min(by: { abs($0.tokens.lowerBound - h.tokens.lowerBound) < abs($1.tokens.lowerBound - h.tokens.lowerBound) }),
                  let k = drafts.lastIndex(where: { d in
                      d.sentence >= sentence - 3 && d.mention.eventType.isViolent && (refersTo(d, h) || h.trigger.weight <= 1 && h.trigger.eventType.isViolent)
                  }),
                  let old = drafts[k].mention.location?.place, !old.kind.isLocal,
                  town.place.mayLieIn(old) else { continue }
            drafts[k].mention.location = town.location
            return
        }
    }

    /// Whether a comparison ("the worst since", "similar to") stands between two positions: a date after it is of the
    /// event compared with.
    func comparisonBetween(_ a: Int, _ b: Int, _ facts: SentenceFacts) -> Bool {
        guard a < b else { return false }
        return (a..<b).contains { startsPhrase(.comparison, at: $0, facts) }
    }

    /// The most specific located place of the clause, nearest the trigger; else the paragraph's, the coreferent's, the focus.
    func place(for h: TriggerHit, clause: Range<Int>, facts: SentenceFacts, ctx: DocumentContext, para: Paragraph,
               coreferent: Location?) -> Location? {
        let cands = facts.places.lazy.filter {
            $0.isLocative && !$0.isDateline && !$0.placesAVillage && clause.contains($0.tokens.lowerBound) && !Self.whereToldBefore($0, h, facts)
        }.map { Self.describedPlace(by: $0, facts) ?? $0 }
        // Worked out only when needed: the focus is costly and most clauses name their place.
        let fallback = { relativeAntecedent(clause, facts: facts) ?? para.place ?? coreferent ?? ctx.focus }
        guard let best = cands.max(by: { score($0, h) < score($1, h) }) else {
            if let town = para.lastTown, namesTheTown(clause, facts: facts) { return town }
            // "a gunman fired on a Norwegian hotel" in a story whose place is a Norwegian town: that town.
            guard let target = targetCountry(after: h, clause: clause, facts: facts) else { return fallback() }
            return fallback().flatMap { $0.place.isWithin(target.place) ? $0 : nil } ?? target
        }
        if best.place.kind == .country, let f = fallback(), f.place.isWithin(best.place) {
            if case .inside = best.relation { return f }
            // "in western Norway", the article's place being in Norway's west: the part of the country it names.
            if case .directional(let d) = best.relation, Self.lies(f.place, toThe: d, of: best.place) { return f }
        }
        return best.location
    }

    /// Whether `p` lies in the part of `area` a direction word names ("southern", "north-eastern"), from their
    /// coordinates; false for words naming no compass side ("central").
    static func lies(_ p: Place, toThe direction: String, of area: Place) -> Bool {
        let d = direction.lowercased()
        let sides = [("north", p.lat > area.lat), ("south", p.lat < area.lat), ("east", p.lon > area.lon), ("west", p.lon < area.lon)]
        let named = sides.filter { d.contains($0.0) }
        return !named.isEmpty && named.allSatisfy(\.1)
    }

    /// "… told reporters on Friday in Tarmola that the attackers stormed the village": a place between a verb of saying
    /// and the "that" opening what was said, before the act, is where it was said.
    static func whereToldBefore(_ p: PlaceMention, _ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let tokens = facts.tokens, start = facts.sentence.tokens.lowerBound
        guard p.tokens.upperBound < h.tokens.lowerBound,
              (p.tokens.upperBound..<min(h.tokens.lowerBound, p.tokens.upperBound + 4)).contains(where: { tokens[$0].word == "that" })
        else { return false }
        return (max(start, p.tokens.lowerBound - 6)..<p.tokens.lowerBound).contains { tokens[$0].isCue(.attributionVerb) }
    }

    /// "struck two Russian oil refineries": a target named by its country's demonym (right before a facility noun,
    /// over one word) lies in that country, not at the article's main place.
    func targetCountry(after h: TriggerHit, clause: Range<Int>, facts: SentenceFacts) -> Location? {
        let tokens = facts.tokens
        // A trigger phrase may run past its clause's end ("killed * civilians" over a comma).
        guard h.tokens.upperBound < clause.upperBound else { return nil }
        for i in h.tokens.upperBound..<clause.upperBound where tokens[i].isCue(.facilityNoun) {
            // "an American diplomatic compound", "the US embassy": a state's mission lies abroad.
            if (max(h.tokens.upperBound, i - 2)...i).contains(where: { Self.diplomaticWords.contains(tokens[$0].word) }) { continue }
            for j in max(h.tokens.upperBound, i - 2)..<i {
                if let (cc, _) = lexicon.gazetteer.demonym(endingAt: j, tokens: tokens, from: h.tokens.upperBound),
                   let country = lexicon.gazetteer.country(code: cc) {
                    return Location(place: country, geoPrecision: 3)
                }
            }
        }
        return nil
    }

    static let diplomaticWords: Set<WordKey> = ["embassy", "embassies", "consulate", "consulates", "diplomatic", "mission", "missions",
                                                "legation", "chancery", "ambassador's", "ambassador"]

    /// Whether the clause speaks of "the city", "the town", "the village" (a town named before).
    func namesTheTown(_ clause: Range<Int>, facts: SentenceFacts) -> Bool {
        clause.dropFirst().contains { i in facts.tokens[i].isCue(.townNoun) && facts.tokens[i - 1].word == "the" }
    }

    /// "A gunman attacked the bar, killing four, before being shot by police": a subordinator and a passive "being" or
    /// "having been" after the act open what befell its subject afterwards; the actors there (up to the next comma or the
    /// sentence's end) take no part in the act. Nil when no such phrase follows the trigger.
    static func subjectsFate(after h: TriggerHit, _ facts: SentenceFacts) -> Range<Int>? {
        let tokens = facts.tokens, end = facts.sentence.tokens.upperBound
        var j = h.tokens.upperBound
        while j + 1 < end {
            let passive = tokens[j + 1].word == "being" || tokens[j + 1].word == "having" && j + 2 < end && tokens[j + 2].word == "been"
            if passive, tokens[j].isCue(.subordinator) {
                var k = j + 2
                while k < end && tokens[k].word != "," { k += 1 }
                return j..<k
            }
            j += 1
        }
        return nil
    }

    /// "… near Pokrovsk in the Donetsk region, where fighting has intensified": a clause opened by "where" happens at
    /// the place just named before it (the most specific, then the nearest).
    func relativeAntecedent(_ clause: Range<Int>, facts: SentenceFacts) -> Location? {
        guard clause.lowerBound > facts.sentence.tokens.lowerBound, facts.tokens[clause.lowerBound].word == "where" else { return nil }
        let before = facts.places.lazy.filter { $0.isLocative && !$0.isDateline && $0.tokens.upperBound <= clause.lowerBound }
        return before.max { ($0.specificity, $0.tokens.lowerBound) < ($1.specificity, $1.tokens.lowerBound) }?.location
    }

    func score(_ p: PlaceMention, _ h: TriggerHit) -> Int {
        let d = p.tokens.lowerBound >= h.tokens.upperBound ? p.tokens.lowerBound - h.tokens.upperBound
            : h.tokens.lowerBound - p.tokens.upperBound + 2
        return p.specificity * 3 - d
    }

    /// Parties to the event, read from the clause (`ClauseRoles`): the agent is actor1, the patients actor2; sources
    /// are never parties, and civilians are never the agent of organised violence (ACLED codes them as actor2).
    /// `actors` are the sentence's, with templates filled for the event's country. Also returns the interaction codes
    /// of the agent and the patients, which decide the type.
    func actorRefs(for h: TriggerHit, clause: Range<Int>, facts: SentenceFacts, actors: ArraySlice<ActorMatch>,
                   people: ActorMatch? = nil) -> ([ActorRef], RoleCodes) {
        // "Police fired on students on Wednesday, a day after clashes left six dead": the clashes' parties are told
        // after "a day after", not in the clause around it.
        let clause = Self.dayAfterWord(before: h, facts).map { max(clause.lowerBound, $0 + 1)..<clause.upperBound } ?? clause
        let aside = Self.subjectsFate(after: h, facts)
        let parties = actors.filter {
            !$0.isSource && clause.contains($0.tokens.lowerBound) && (!isSpeaker($0, facts) || announcesAct($0, h, facts))
                && !(aside?.contains($0.tokens.lowerBound) ?? false)
        }
        var roles = ClauseRoles.read(h, clause: clause, tokens: facts.tokens, parties: Array(parties))
        // "Ukraine's air defences took out most of the missiles": air defences stop strikes; they make none.
        if h.trigger.eventType == .explosions, let a = roles.agent, Self.namesAirDefence(a, tokens: facts.tokens) { roles.agent = nil }
        // Civilians perpetrate nothing; civilians fighting in a clash ("students clashed with police") are its crowd.
        var civilianSide = false
        // "Police hunted the attackers down and said nine of them were shot dead": armed men who suffered the act, in a
        // sentence that tells no other violence, fell to the state's forces acting in it (not merely telling: "police
        // confirmed" a massacre they did not commit); the people those men had attacked are not this act's victims.
        let armedFell = h.trigger.eventType.isViolent && roles.passive && roles.agent == nil && !roles.patients.isEmpty
            && roles.patients.allSatisfy { [2, 3, 4].contains($0.inter) } && !Self.tellsOtherViolence(h, facts)
        if armedFell { roles.agent = actingForces(before: h, facts: facts, actors: actors, patients: roles.patients) }
        if h.trigger.eventType.isViolent, !armedFell {
            if let a = roles.agent, a.inter == 7 { roles.agent = nil; civilianSide = Self.fightsIn(a, h, facts.tokens) }
            // Victims named inside the trigger phrase ("killed * civilians") count too.
            let victims = actors.filter {
                $0.inter == 7 && !isSpeaker($0, facts) && (clause.contains($0.tokens.lowerBound) && $0.tokens.lowerBound > h.tokens.lowerBound || parties.contains($0))
            }
            for v in victims where !roles.patients.contains(where: { $0.tokens == v.tokens }) { roles.patients.append(v) }
            // "attacked the neighbourhood, where they killed three people": a generic attack with no one acted upon in its
            // clause takes its victims from the rest of the sentence.
            if roles.patients.isEmpty, h.trigger.weight <= 1, let v = actors.first(where: {
                $0.inter == 7 && $0.tokens.lowerBound > h.tokens.upperBound && !isSpeaker($0, facts) }) {
                roles.patients = [v]
            }
            // "They were attacked": a pronoun suffering the act stands for the people named last.
            if roles.patients.isEmpty, roles.passive, let p = people, Self.pronounSubject(of: h, clause: clause, tokens: facts.tokens) {
                roles.patients = [p]
            }
        }
        // "Clashes left three people dead", "… in a clash that left 11 dead, mostly civilians": civilians a fight is
        // not said to be fought with ("with", "against", "between") fell in it; they are not the side fought.
        if Self.isReciprocal(h, facts.tokens) {
            roles.patients.removeAll { $0.inter == 7 && !Self.foughtAsSide($0, facts.tokens) }
        }
        var refs: [ActorRef] = []
        func add(_ a: ActorMatch, _ role: ActorRole) {
            for n in a.names where !refs.contains(where: { $0.name == n }) { refs.append(ActorRef(name: n, role: role, inter: a.inter)) }
        }
        if !roles.passive, h.trigger.eventType.isViolent, let a = pronounAgent(h, clause: clause, facts: facts, actors: actors) {
            roles.agent = a
        }
        if roles.agent == nil, h.trigger.eventType.isViolent {
            roles.agent = impliedAgent(h, facts: facts, actors: actors, patients: roles.patients, passive: roles.passive || h.trigger.isGenericHarm)
        }
        if let a = roles.agent { add(a, .actor1) } else if let state = demonymPerpetrator(h, facts) { refs.append(state) }
        for p in roles.patients { add(p, .actor2) }
        for a in roles.associates { add(a, .assocActor1) }
        let agentInter = roles.agent?.inter ?? refs.first { $0.role == .actor1 }?.inter
        return (refs, (agentInter, roles.patients.map(\.inter), civilianSide, civiliansOutnumber(roles.patients, facts)))
    }

    /// Whether the sentence tells a demonstration besides `h`: a protest or riot word, or demonstrators or rioters.
    static func tellsDemonstration(besides h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        facts.triggers.contains { $0.tokens != h.tokens && ($0.trigger.eventType == .protests || $0.trigger.eventType == .riots) }
            || facts.actors.contains { $0.inter == 5 || $0.inter == 6 }
    }

    /// The state's forces that act in the sentence before `h` (its subject, not a speaker, an object or a phrase's noun),
    /// with no relative clause between ("the army blamed X, who was killed": the army says; it did not kill).
    func actingForces(before h: TriggerHit, facts: SentenceFacts, actors: ArraySlice<ActorMatch>, patients: [ActorMatch]) -> ActorMatch? {
        let tokens = facts.tokens, sentence = facts.sentence.tokens
        return actors.first { a in
            a.inter == 1 && a.tokens.upperBound <= h.tokens.lowerBound && !patients.contains(a) && !isSpeaker(a, facts)
                && !ClauseRoles.inPhrase(a, tokens: tokens, clause: sentence) && !ClauseRoles.isObject(a, tokens: tokens, clause: sentence)
                && !(a.tokens.upperBound..<h.tokens.lowerBound).contains { Self.isRelativePronoun(tokens[$0].word) && tokens[$0].word != "that" }
        }
    }

    /// "clashed with villagers", "fighting against residents", "a clash between students and …": the word before the
    /// actor makes it a side of the fight.
    static func foughtAsSide(_ a: ActorMatch, _ tokens: [Token]) -> Bool {
        guard a.tokens.lowerBound > 0 else { return false }
        let w = tokens[a.tokens.lowerBound - 1].word
        return w == "with" || w == "against" || w == "between" || w == "and" && a.tokens.lowerBound >= 2
            && (max(0, a.tokens.lowerBound - 8)..<(a.tokens.lowerBound - 1)).contains { tokens[$0].word == "between" }
    }

    /// Whether the sentence tells an act of violence besides `h` (its toll may be that act's); with
    /// `ignoringGenericHarm`, a bare "killed" or "wounded" does not count ("victims of the attack killed Friday").
    static func tellsOtherViolence(_ h: TriggerHit, _ facts: SentenceFacts, ignoringGenericHarm: Bool = false) -> Bool {
        facts.triggers.contains {
            $0.tokens != h.tokens && $0.trigger.subEventType != Trigger.context && !$0.trigger.isTerritory
                && !(ignoringGenericHarm && $0.trigger.isGenericHarm)
                && ($0.trigger.eventType == .battles || $0.trigger.eventType == .violenceAgainstCivilians || $0.trigger.eventType == .explosions)
        }
    }

    /// Whether `a` is a side of the fight `h` tells: named after it ("a clash between students and …"), or right before
    /// it ("students fought with …", "students armed with sticks clashed …"), with no auxiliary, pause or telling between
    /// ("residents reported fighting", "the men were shot dead in … fighting").
    static func fightsIn(_ a: ActorMatch, _ h: TriggerHit, _ tokens: [Token]) -> Bool {
        if a.tokens.lowerBound > h.tokens.lowerBound { return true }
        // An actor ending inside the event words ("hostages" read both as people and as the act) is named with them.
        if a.tokens.upperBound > h.tokens.lowerBound { return true }
        guard h.tokens.lowerBound - a.tokens.upperBound <= 8 else { return false }
        return !(a.tokens.upperBound..<h.tokens.lowerBound).contains {
            tokens[$0].kind == .punct || tokens[$0].isCue(.attributionVerb) || tokens[$0].isCue(.auxiliary)
        }
    }

    /// Whether the event words are a fight between sides ("clashes", "fighting", "a gunfight", "exchanged fire"), not an
    /// act one side does to another ("attack", "ambush").
    static func isReciprocal(_ h: TriggerHit, _ tokens: [Token]) -> Bool {
        h.trigger.eventType == .battles && h.trigger.subEventType == "Armed clash"
            && h.tokens.contains { reciprocalWords.contains(tokens[$0].word) || tokens[$0].word == "shoot" && namesShootOut($0, h, tokens) }
    }

    /// "shoot-out", "shoot out" inside the event words: a fight, though "shoot" alone is one side's act.
    static func namesShootOut(_ i: Int, _ h: TriggerHit, _ tokens: [Token]) -> Bool {
        let next = tokens[h.tokens].firstIndex { $0.word == "out" }
        return next.map { $0 > i && $0 - i <= 2 } ?? false
    }
    static let reciprocalWords: Set<WordKey> = ["clash", "clashes", "clashed", "clashing", "fighting", "fought", "firefight",
                                               "firefights", "gunfight", "gunfights", "gunbattle", "gunbattles", "skirmish",
                                               "skirmishes", "skirmished", "battle", "battles", "battled", "exchange",
                                               "exchanged", "exchanges", "traded", "confrontation", "confrontations", "shootout",
                                               "shootouts"]

    /// Whether an actor's words name air defences ("air defence", "air defenses", "air defense systems").
    static func namesAirDefence(_ a: ActorMatch, tokens: [Token]) -> Bool {
        a.tokens.dropLast().contains { i in
            tokens[i].word == "air" && ["defence", "defense", "defences", "defenses"].contains(tokens[i + 1].key)
        }
    }

    /// "The rebels thought the men were militiamen and they killed them": a personal pronoun as the subject of an
    /// active act stands for the nearest armed subject before it in the sentence (a speaker too: "the army said they
    /// killed 12"), not a phrase's noun, not what a copula says someone was ("were militiamen").
    func pronounAgent(_ h: TriggerHit, clause: Range<Int>, facts: SentenceFacts, actors: ArraySlice<ActorMatch>) -> ActorMatch? {
        guard Self.pronounSubject(of: h, clause: clause, tokens: facts.tokens) else { return nil }
        let sentence = facts.sentence.tokens, tokens = facts.tokens
        return actors.last { a in
            a.tokens.upperBound <= h.tokens.lowerBound && ACLEDTyping.armed.contains(a.inter)
                && !ClauseRoles.inPhrase(a, tokens: tokens, clause: sentence) && !Self.isComplement(a, tokens: tokens, sentence: sentence)
        }
    }

    /// Whether a copula stands right before the actor (over a determiner): "were militiamen", "was a soldier".
    static func isComplement(_ a: ActorMatch, tokens: [Token], sentence: Range<Int>) -> Bool {
        var j = a.tokens.lowerBound - 1
        if j >= sentence.lowerBound, ["a", "an", "the"].contains(tokens[j].word) { j -= 1 }
        return j >= sentence.lowerBound && ["is", "are", "was", "were", "be", "been", "being"].contains(tokens[j].word)
    }

    /// Whether a personal pronoun is the subject right before a passive verb ("they were brutally attacked").
    static func pronounSubject(of h: TriggerHit, clause: Range<Int>, tokens: [Token]) -> Bool {
        var j = h.tokens.lowerBound - 1, steps = 0
        while j >= clause.lowerBound && steps < 4 {
            let w = tokens[j].word
            if w == "they" || w == "he" || w == "she" { return true }
            guard ClauseRoles.isPassiveAuxiliary(w) || tokens[j].isCue(.adverb) || tokens[j].isCue(.auxiliary) || w.endsWith("ly") else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// The agent a passive or agentless act implies from its sentence: an armed speaker reporting its own act ("the
    /// army said it killed 20 fighters"), else, for a passive act or a bare killing, the armed subject of another
    /// clause ("30 people were killed when the rebels launched an offensive").
    func impliedAgent(_ h: TriggerHit, facts: SentenceFacts, actors: ArraySlice<ActorMatch>, patients: [ActorMatch],
                      passive: Bool) -> ActorMatch? {
        let armed = actors.lazy.filter { ACLEDTyping.armed.contains($0.inter) && !patients.contains($0) }
        let tokens = facts.tokens
        if let speaker = armed.first(where: { isSpeaker($0, facts) && $0.tokens.upperBound < h.tokens.lowerBound }) {
            let between = speaker.tokens.upperBound..<h.tokens.lowerBound
            if between.contains(where: { tokens[$0].word == "it" || tokens[$0].word == "they" || tokens[$0].word == "its" || tokens[$0].word == "their" }) {
                return speaker
            }
        }
        // Only a passive act or a bare killing borrows the subject of another clause.
        guard passive else { return nil }
        let r = facts.sentence.tokens
        // The subject of a passive ("eight soldiers were killed after a suicide bomber …") suffered the other act.
        return armed.first { a in
            !isSpeaker(a, facts) && !ClauseRoles.inPhrase(a, tokens: tokens, clause: r) && !ClauseRoles.isObject(a, tokens: tokens, clause: r)
                && facts.triggers.contains { $0.tokens.lowerBound > a.tokens.upperBound && $0.tokens.lowerBound - a.tokens.upperBound <= 4
                    && $0.tokens != h.tokens && $0.trigger.eventType.isViolent
                    && !(a.tokens.upperBound..<$0.tokens.lowerBound).contains { ClauseRoles.isPassiveAuxiliary(tokens[$0].word) } }
        }
    }

    /// "…, residents said", "according to witnesses": the people who tell, not the victims.
    /// "The army announced a ceasefire", "the rebels declared a truce": an agreement is made by announcing it, so whoever
    /// announces it (the verb that starts the event phrase, or stands right before the event word) is its party, not
    /// its source.
    func announcesAct(_ a: ActorMatch, _ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        let verb = a.tokens.upperBound
        guard h.trigger.subEventType == "Agreement", verb <= h.tokens.lowerBound, h.tokens.lowerBound - verb <= 3 else { return false }
        return facts.tokens[verb].isCue(.attributionVerb)
    }

    func isSpeaker(_ a: ActorMatch, _ facts: SentenceFacts) -> Bool {
        let e = a.tokens.upperBound, s = a.tokens.lowerBound
        // "residents said", but not "a man accused of theft".
        if e < facts.sentence.tokens.upperBound, facts.tokens[e].isCue(.attributionVerb),
           !(e + 1 < facts.sentence.tokens.upperBound && facts.tokens[e + 1].word == "of") { return true }
        if speaksFromAPlace(after: e, facts) { return true }
        // "according to (a French) X": over a determiner and modifiers.
        var j = s - 1
        while j > facts.sentence.tokens.lowerBound && s - j <= 4 {
            if facts.tokens[j].word == "to" && facts.tokens[j - 1].word == "according" { return true }
            guard facts.tokens[j].isWord else { return false }
            j -= 1
        }
        return false
    }

    /// "Police in Oman said", "officials in the city of X told reporters": the speaker's seat between the speaker and
    /// the verb of saying (a preposition of place and a few words, none a verb).
    func speaksFromAPlace(after e: Int, _ facts: SentenceFacts) -> Bool {
        let r = facts.sentence.tokens, tokens = facts.tokens
        guard e < r.upperBound, tokens[e].word == "in" || tokens[e].word == "at" || tokens[e].word == "from" else { return false }
        var j = e + 1
        while j < min(r.upperBound, e + 8) {
            let t = tokens[j]
            if t.isCue(.attributionVerb) { return j > e + 1 && tokens[j - 1].isCapitalized }
            guard t.isWord, !t.isCue(.auxiliary), !Self.isPastForm(t) else { return false }
            j += 1
        }
        return false
    }

    /// "Russian missile strike", "Israeli shelling": a demonym right before the trigger names the state's forces as actor1.
    func demonymPerpetrator(_ h: TriggerHit, _ facts: SentenceFacts) -> ActorRef? {
        guard let template = lexicon.actors.entry(named: "Military Forces of {country}") else { return nil }
        func forces(_ country: String?) -> ActorRef? {
            country.map { ActorRef(name: template.resolved(countryName: $0), role: .actor1, inter: template.inter) }
        }
        var j = h.tokens.lowerBound - 1
        while j >= facts.sentence.tokens.lowerBound && h.tokens.lowerBound - j <= 2 {
            let t = facts.tokens[j]
            if t.isCapitalized, let (cc, _) = lexicon.gazetteer.demonym(endingAt: j, tokens: facts.tokens, from: facts.sentence.tokens.lowerBound) {
                return forces(lexicon.gazetteer.country(code: cc)?.name)
            }
            // "Russia's deadliest attack", "Israel's strikes": a country owning the event word.
            if t.isCapitalized, t.isPossessive, let cc = lexicon.gazetteer.countryCode(forKey: t.key) {
                return forces(lexicon.gazetteer.country(code: cc)?.name)
            }
            // "a U.S. airstrike", "a US strike": a country's abbreviation.
            if let (cc, _) = lexicon.gazetteer.countryAbbreviation(before: j + 1, lowerBound: facts.sentence.tokens.lowerBound, tokens: facts.tokens) {
                return forces(lexicon.gazetteer.country(code: cc)?.name)
            }
            j -= 1
        }
        if let country = possessiveForcesCountry(before: h, facts) { return forces(country) }
        // "Russia carried out a massive strike", "Israel has bombed …": a country as the subject of a violent verb acts
        // through its forces; so it does for the event noun the verb's phrase holds ("Russia struck the city with two
        // ballistic missiles").
        guard h.trigger.eventType.isViolent else { return nil }
        let verb = h.trigger.isNoun
            ? facts.triggers.last { !$0.trigger.isNoun && $0.trigger.eventType.isViolent && $0.tokens.upperBound <= h.tokens.lowerBound }
            : h
        // "Ukraine came under shelling", "Kharkiv was struck": the subject suffers the act.
        guard let v = verb?.tokens.lowerBound, !Self.suffers(at: v, tokens: facts.tokens) else { return nil }
        // "Moscow launched missile strikes": a capital as the subject stands for its state.
        let subject = facts.places.last { p in
            (p.place.kind == .country || lexicon.gazetteer.isCapital(p.place)) && p.tokens.upperBound <= v && v - p.tokens.upperBound <= 2
                && (p.tokens.upperBound..<v).allSatisfy { facts.tokens[$0].isCue(.auxiliary) || facts.tokens[$0].isCue(.adverb) }
                && (p.tokens.lowerBound == facts.sentence.tokens.lowerBound || !facts.tokens[p.tokens.lowerBound - 1].isCue(.preposition))
        }
        guard let p = subject?.place else { return nil }
        return forces(p.kind == .country ? p.name : p.countryCode.flatMap { lexicon.gazetteer.country(code: $0)?.name })
    }

    /// "Ukraine said its forces struck a refinery": the country named before "its forces" (in the sentence, before the
    /// event word) whose forces act.
    func possessiveForcesCountry(before h: TriggerHit, _ facts: SentenceFacts) -> String? {
        let lower = facts.sentence.tokens.lowerBound
        guard let its = (lower..<h.tokens.lowerBound).last(where: { i in
            (facts.tokens[i].word == "its" || facts.tokens[i].word == "their") && i + 1 < h.tokens.upperBound
                && facts.tokens[i + 1].isCue(.forcesNoun)
        }) else { return nil }
        return facts.places.last { $0.place.kind == .country && $0.tokens.upperBound <= its }?.place.name
    }
}
