/// "… reports of 30 deaths from the night operation": a toll that points back at an act told a few sentences before.
extension DocumentExtractor {
    /// How many sentences back a toll's "the operation", "the attack" may point.
    static let referenceReach = 5

    /// Adds, for a sentence that gives a toll of no act and no day of its own, naming one told before with a definite
    /// event noun ("from the operation", "in the attack") or naming none and no other town, another passage of the
    /// latest harmful act within reach: its toll, claimed by the sentence's source. Returns whether it added one.
    func referredToll(_ drafts: inout [Draft], facts: SentenceFacts, ctx: DocumentContext, block: Int, sentence: Int) -> Bool {
        guard let toll = facts.fatalities.first, facts.dates.isEmpty, !tellsCampaignTally(facts), !tellsPeriodSince(facts),
              selectedTriggers(facts, para: nil).allSatisfy({ $0.trigger.isGenericHarm || $0.definite }),
              let k = Self.latestHarmfulAct(in: drafts, before: sentence) else { return false }
        // "The governor put the death toll at 26", "Seven civilians died": with no act named, a toll at no town of its
        // own other than the act's is that act's too.
        // ("The highest death toll in years" compares; "14 people had died in floods" tells another cause.)
        guard pointsBack(facts) || !Self.namesAnotherTown(facts, than: drafts[k].mention.location?.place)
                && !Self.followsSuperlative(toll.tokens.lowerBound, facts.sentence.tokens, facts.tokens)
                && !namesAnotherCause(of: toll.tokens, facts) else { return false }
        Self.appendRestatement(of: k, &drafts, facts: facts, ctx: ctx, block: block, sentence: sentence) { alt in
            alt.fatalities = toll.count
            alt.counts = facts.peopleCounts.map(\.count)
            alt.claimedBy = facts.attributions.first?.source
        }
        return true
    }

    /// "died in floods", "killed in a crash": a phrase right after the toll ("in", "from", "of", "during") whose words,
    /// over a determiner or two, hold no event word, so that the deaths have a cause of their own.
    func namesAnotherCause(of toll: Range<Int>, _ facts: SentenceFacts) -> Bool {
        let j = toll.upperBound, end = facts.sentence.tokens.upperBound
        guard j + 1 < end, ["in", "from", "of", "during"].contains(facts.tokens[j].word) else { return false }
        let phrase = (j + 1)..<min(end, j + 5)
        return !phrase.contains { i in
            facts.triggers.contains { $0.tokens.contains(i) } || facts.tokens[i].startsCue(.definiteEventNoun)
                && lexicon.cues[.definiteEventNoun].match(facts.keys, at: i) != nil
        }
    }

    /// The latest draft within `referenceReach` sentences before `sentence` that tells a harmful act of its own (not a
    /// restatement): what a later toll or list of victims points back at.
    static func latestHarmfulAct(in drafts: [Draft], before sentence: Int) -> Int? {
        drafts.lastIndex {
            sentence - $0.sentence <= referenceReach && $0.mention.restates == nil && harms($0.mention.eventType, $0.mention.subEventType)
        }
    }

    /// Appends this sentence as another passage of draft `k`'s act (`Mention.restates`: it joins that act's event),
    /// with what `tell` says differently (its toll, its source, whom it hit).
    static func appendRestatement(of k: Int, _ drafts: inout [Draft], facts: SentenceFacts, ctx: DocumentContext, block: Int,
                                  sentence: Int, tell: (inout Mention) -> Void) {
        var alt = drafts[k].mention
        alt.span = facts.sentence.span
        alt.quoteText = ctx.layout.shared(facts.sentence.span)
        alt.restates = drafts[k].mention.span
        tell(&alt)
        drafts.append(Draft(mention: alt, block: block, sentence: sentence, dateKind: drafts[k].dateKind))
    }

    /// "The two women killed by the attack were 75 and 79", "those killed in the attack": a toll, no doer named in what
    /// the sentence `made`, and a death word right before "in/by the" and an event noun — the victims of the act told
    /// before, not an act of their own.
    func namesVictimsOfTheActBefore(_ facts: SentenceFacts, made: [(Mention, DateKind)]) -> Bool {
        guard !facts.fatalities.isEmpty, made.allSatisfy({ !$0.0.actors.contains { $0.role == .actor1 } }) else { return false }
        let r = facts.sentence.tokens, tokens = facts.tokens
        return r.contains { i in
            guard i + 3 < r.upperBound, tokens[i].word == "killed" || tokens[i].word == "died",
                  tokens[i + 1].word == "in" || tokens[i + 1].word == "by", tokens[i + 2].word == "the" else { return false }
            return startsPhrase(.definiteEventNoun, at: i + 3, facts)
        }
    }

    /// "A surgeon … was among those killed", "a nurse was among the dead": who one of the victims of the act told
    /// before was, in a sentence that names no day of its own. It is another passage of the latest harmful
    /// act within reach, with no toll of its own (one of the dead is no other figure for them). Returns whether it was
    /// told so. (Kinds of people among the dead — "Among the dead were farmers" — may be a violence of its own
    /// against them, and stay as they are read.)
    func victimsNamed(_ drafts: inout [Draft], facts: SentenceFacts, ctx: DocumentContext, block: Int, sentence: Int) -> Bool {
        guard facts.dates.isEmpty, Self.identifiesVictims(facts), let k = Self.latestHarmfulAct(in: drafts, before: sentence) else {
            return false
        }
        Self.appendRestatement(of: k, &drafts, facts: facts, ctx: ctx, block: block, sentence: sentence) { alt in
            alt.fatalities = nil
            alt.counts = []
            alt.claimedBy = facts.attributions.first?.source
        }
        return true
    }

    /// Whether the sentence says someone "was among those killed" or "was among the dead" (a toll of one, read from
    /// "a doctor … was … killed" or "was … killed"), with no count of two or more before it.
    static func identifiesVictims(_ facts: SentenceFacts) -> Bool {
        let keys = facts.keys, (was, among) = (Self.wasKey, Self.amongKey)
        return facts.fatalities.contains { f in
            guard f.count.count == 1, let i = f.tokens.dropLast(2).first(where: { keys[$0] == was && keys[$0 + 1] == among }),
                  keys[i + 2] == "those" || keys[i + 2] == "the" else { return false }
            return !facts.fatalities.contains { $0.count.count > 1 && $0.tokens.upperBound <= f.tokens.lowerBound }
        }
    }

    static let (wasKey, amongKey): (WordKey, WordKey) = ("was", "among")

    /// Whether the sentence names an act with a definite article or a demonstrative ("the operation", "this attack",
    /// "the night raid").
    func pointsBack(_ facts: SentenceFacts) -> Bool {
        let r = facts.sentence.tokens, tokens = facts.tokens
        return r.contains { i in
            guard tokens[i].startsCue(.definiteEventNoun), lexicon.cues[.definiteEventNoun].match(facts.keys, at: i) != nil else { return false }
            return (1...2).contains { back in
                i - back >= r.lowerBound && ["the", "this", "that"].contains(tokens[i - back].word)
            }
        }
    }
}
