/// A lead told without its day or town, and the sentences right after it that give them.
extension DocumentExtractor {
    /// "Rebels have killed 21 people in the north … No one has claimed Thursday's attacks", "… The attacks on the villages
    /// on Saturday were waged by …": an event word whose determiner is a day said in the possessive, or a bare definite
    /// "the attack(s)" with the sentence's only day after it, points back at the act already told, of whatever kind. When
    /// that act had only a default or reporting date that the day fits, the day is its date, and the trigger (returned)
    /// tells no new event. (Background told in between, "fighting since 2013", is passed over.)
    func dayOfToldAct(_ drafts: inout [Draft], facts: SentenceFacts, published: CalendarDate?) -> TriggerHit? {
        guard !facts.dates.isEmpty else { return nil }
        for h in facts.triggers where h.definite && h.trigger.eventType.isViolent && !h.negated && !h.irrealis {
            let own = facts.dates.first { possessiveDay($0, before: h, facts) } ?? (Self.isBareActNoun(h, facts) && facts.dates.count == 1
                ? facts.dates.first { $0.tokens.lowerBound > h.tokens.upperBound && !comparisonBetween(h.tokens.upperBound, $0.tokens.lowerBound, facts) }
                : nil)
            guard let d = own, d.date.precision == .day, let day = d.date.date,
                  let k = Self.toldAct(drafts, near: facts, keep: { !isBackground($0.mention.date, published: published) }),
                  !drafts[k].explicitDate else { continue }
            let told = drafts[k].mention.date
            if drafts[k].dateKind == .reported {
                guard let said = told.date, day <= said else { continue }
            } else if !told.overlaps(d.date) {
                continue
            }
            drafts[k].mention.date = d.date
            drafts[k].explicitDate = true
            Self.elaborateLead(&drafts, new: k)
            return h
        }
        return nil
    }

    /// "… opened fire on the crowd, killing at least five people. Most of the dead and wounded Friday were shot in the
    /// chest": a day right after the dead or the wounded (over at most two words), in a sentence that tells no act of
    /// its own, is the day of the deadly act told just before, when that act had only a default date the day fits.
    func dayOfTheDead(_ drafts: inout [Draft], facts: SentenceFacts, published: CalendarDate?) {
        guard let d = facts.dates.first(where: { $0.date.precision == .day && $0.date.date != nil && Self.followsCasualties($0, facts) }),
              let k = Self.toldAct(drafts, near: facts, keep: { $0.mention.fatalities != nil && !isBackground($0.mention.date, published: published) }),
              !drafts[k].explicitDate, drafts[k].dateKind != .reported, drafts[k].mention.date.overlaps(d.date) else { return }
        drafts[k].mention.date = d.date
        drafts[k].explicitDate = true
        Self.elaborateLead(&drafts, new: k)
    }

    /// Whether a death or wound word stands at most two words before the date ("the dead and injured Friday").
    static func followsCasualties(_ d: DateExpression, _ facts: SentenceFacts) -> Bool {
        let from = max(facts.sentence.tokens.lowerBound, d.tokens.lowerBound - 3)
        return (from..<d.tokens.lowerBound).contains { facts.tokens[$0].isCue(.deathWord) || facts.tokens[$0].isCue(.woundWord) }
    }

    /// "the attack", "the attacks", "the raids on the villages": one event word of the weakest kind (definite, so a
    /// noun), or a phrase led by a plain word for an attack, naming an act without saying by what means.
    static func isBareActNoun(_ h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        h.trigger.weight <= 1 && h.tokens.count == 1 || h.trigger.weight <= 2 && plainAttackWords.contains(facts.tokens[h.tokens.lowerBound].word)
    }

    static let plainAttackWords: Set<WordKey> = ["attack", "attacks", "raid", "raids", "assault", "assaults"]

    /// Whether `d` is a day in the possessive right before the event word of `h` ("Thursday's attacks", "Monday's deadly
    /// raid": over at most two lowercase modifiers).
    func possessiveDay(_ d: DateExpression, before h: TriggerHit, _ facts: SentenceFacts) -> Bool {
        guard d.date.precision == .day, d.tokens.upperBound <= h.tokens.lowerBound, h.tokens.lowerBound - d.tokens.upperBound <= 2,
              facts.tokens[d.tokens.upperBound - 1].isPossessive else { return false }
        return (d.tokens.upperBound..<h.tokens.lowerBound).allSatisfy { facts.tokens[$0].isWord && !facts.tokens[$0].isCapitalized }
    }

    /// "Gunmen raided a village in the south, killing several. The gunmen attacked Xville village early Monday …": the
    /// act a sentence tells right after a lead of the same type that named neither a day nor a town tells where and
    /// when the lead's act happened, when its town lies in the lead's area, its day in the lead's default interval, and
    /// its toll (if any) is no lower than the lead's. `n` is the dated draft (its sentence's only violent one, not set
    /// apart by "Separately, …"); the lead is the violent draft before its sentence.
    static func elaborateLead(_ drafts: inout [Draft], new n: Int) {
        guard n > 0, !drafts[n].setApart, drafts[n].explicitDate, drafts[n].mention.restates == nil,
              let town = drafts[n].mention.location, town.place.kind.isLocal,
              violentDrafts(drafts, inSentence: drafts[n].sentence) == 1,
              let k = drafts[..<n].lastIndex(where: { $0.sentence < drafts[n].sentence && $0.mention.eventType.isViolent }) else { return }
        let lead = drafts[k].mention, told = drafts[n].mention
        guard drafts[n].sentence - drafts[k].sentence <= 2, drafts[k].dateKind == .inferred, lead.restates == nil,
              lead.eventType == told.eventType, lead.subEventType == told.subEventType, lead.date.overlaps(told.date),
              let area = lead.location?.place, !area.kind.isLocal,
              town.place.mayLieIn(area) else { return }
        if let a = lead.fatalities, let b = told.fatalities, b.count < a.count { return }
        drafts[k].mention.location = town
        drafts[k].mention.date = told.date
        drafts[k].explicitDate = true
    }

    /// How many drafts of sentence `s` tell violent acts (counted in place: a draft holds a whole mention).
    static func violentDrafts(_ drafts: [Draft], inSentence s: Int) -> Int {
        var count = 0
        for k in drafts.indices where drafts[k].sentence == s && drafts[k].mention.eventType.isViolent { count += 1 }
        return count
    }
}
