/// The part of a sentence that tells one event: the sentence without the clauses that tell another.
extension SentenceFacts {
    /// Words that open a clause of their own after a comma ("…, while violence broke out in …"): cue categories
    /// `clause_opener` and `subordinator`.
    static func opensClause(_ t: Token) -> Bool { t.isCue(.clauseOpener) || t.isCue(.subordinator) }

    /// Token positions where a clause starts: after ";", at a comma before an opener, at a subordinator, at a listed
    /// event noun, at a relative pronoun after a noun. Computed once, when the sentence's facts are gathered.
    static func clauseStarts(_ r: Range<Int>, tokens: [Token], triggers: [TriggerHit]) -> [Int] {
        var starts = [r.lowerBound]
        // Without a trigger there is nothing to tell apart: one clause.
        guard !triggers.isEmpty else { return starts }
        let eventNouns = triggers.filter { nounish($0, tokens: tokens, sentence: r) }.map(\.tokens.lowerBound)
        for j in r where j > r.lowerBound + 2 {
            let t = tokens[j], w = t.word
            if t.kind == .punct {
                if w == ";" || w == ":" { starts.append(j + 1); continue }
                if w == ",", j + 1 < r.upperBound, opensClause(tokens[j + 1]) { starts.append(j + 1); continue }
                // "…, clashes between X and Y and clashes with Z": a listed event noun opens its own clause.
                if w == ",", eventNouns.contains(j + 1) { starts.append(j + 1) }
                continue
            }
            // "… and clashes with Z"; "… since the shooting on Sunday and as of Tuesday night, two people have been
            // killed": "and" before a listed event noun or an opener ("as", "while", "when", "after") opens a clause.
            if w == "and", eventNouns.contains(j + 1) || j + 1 < r.upperBound && tokens[j + 1].word != "and" && opensClause(tokens[j + 1]) {
                starts.append(j + 1); continue
            }
            // "… tried to flee but the rebels killed them": "but" before a new subject opens a clause.
            if w == "but", SentenceFacts.butBeforeSubject(j, tokens: tokens, sentence: r) { starts.append(j + 1); continue }
            if t.isCue(.subordinator), tokens[j - 1].word != "," { starts.append(j) }
            // "… terrorists who had hijacked the train": a relative clause about people may tell their own act.
            if (w == "who" || w == "which"), tokens[j - 1].word != ",", tokens[j - 1].isWord { starts.append(j) }
        }
        if starts.count > 1 { starts.removeAll { $0 >= r.upperBound }; starts.removeAdjacentDuplicates() }
        return starts
    }

    /// The byte span of the clauses around `h` that tell no other event: clauses holding a trigger of another kind
    /// ("Disorder erupted …, following a knife attack that …") are left out, so two events told in one sentence get
    /// two passages. Weak words of harm ("killing seven") belong to whichever event they follow. `others` are the
    /// sentence's triggers that tell acts (participles describing a noun do not).
    func span(of h: TriggerHit, among others: [TriggerHit]) -> ByteSpan {
        let starts = clauseStarts
        guard starts.count > 1 else { return sentence.span }
        func clause(_ i: Int) -> Int { (starts.lastIndex { $0 <= i }) ?? 0 }
        let own = clause(h.tokens.lowerBound)
        func bounds(_ c: Int) -> Range<Int> { starts[c]..<(c + 1 < starts.count ? starts[c + 1] : sentence.tokens.upperBound) }
        // A participle clause of the event goes on with the act before it: never cut it off from that act.
        let ownIsStep = isStep(h, in: bounds(own))
        // A sentence has a few clauses: a short list beats a hashed set.
        let foreign = others.compactMap { t -> Int? in
            let c = clause(t.tokens.lowerBound)
            guard !t.trigger.isGenericHarm, !Self.isBareKilling(t, tokens: tokens), c != own, !(ownIsStep && c == own - 1) else { return nil }
            // "…, with X accusing Y of firing rockets, while Z launched airstrikes": a clause of contrast tells another act.
            if contrasts(at: starts[c]) || contrasts(at: starts[own]) { return c }
            return tellsAnother(t, than: h, in: bounds(c)) ? c : nil
        }
        guard !foreign.isEmpty else { return sentence.span }
        var lo = own, hi = own
        while lo > 0 && !foreign.contains(lo - 1) { lo -= 1 }
        while hi + 1 < starts.count && !foreign.contains(hi + 1) { hi += 1 }
        let first = starts[lo], last = (hi + 1 < starts.count ? starts[hi + 1] : sentence.tokens.upperBound) - 1
        var end = last
        while end > first && tokens[end].kind == .punct && tokens[end].word == "," { end -= 1 }
        return ByteSpan(tokens[first].start, hi + 1 < starts.count ? tokens[end].end : sentence.span.end)
    }

    /// ", while Z launched …", ", whereas …": a clause set against the one before, with a subject of its own (not
    /// "while attempting to flee", "while speaking", which say when), that does not tell a claim ("…, while the army
    /// said it struck a command centre" is a side's account of the same act).
    func contrasts(at i: Int) -> Bool {
        guard i > sentence.tokens.lowerBound, i + 1 < sentence.tokens.upperBound, tokens[i - 1].word == ",",
              tokens[i].word == "while" || tokens[i].word == "whereas" else { return false }
        guard !tokens[i + 1].word.endsWith("ing"), !DocumentExtractor.isPastForm(tokens[i + 1]) else { return false }
        return !(i + 1..<min(i + 8, sentence.tokens.upperBound)).contains { tokens[$0].isCue(.attributionVerb) }
    }

    /// "were killed by gunmen who attacked a bus": a weak killing whose words only add who was killed or by whom tells
    /// the toll of the act beside it, like a bare word of harm (not "violence", which may tell another event).
    static func isBareKilling(_ t: TriggerHit, tokens: [Token]) -> Bool {
        t.trigger.weight <= 1 && t.trigger.subEventType != Trigger.context && Self.killingWords.contains(tokens[t.tokens.lowerBound].word)
    }
    static let killingWords: Set<WordKey> = ["killed", "died", "dead"]

    /// Whether trigger `t`, in the clause `bounds`, tells another event than `h`: another kind of act (unless told
    /// as a step of the same one, "bombed the track before storming the train", ", opening fire on …"), a second
    /// event noun of the same kind ("clashes with X, and clashes with Y"), or the same kind with its own date or place.
    func tellsAnother(_ t: TriggerHit, than h: TriggerHit, in bounds: Range<Int>) -> Bool {
        let step = isStep(t, in: bounds)
        // "were attacked on Monday …, and the ensuing firefight left 19 dead": a definite word of the same family after
        // an act of its sentence refers to that act.
        if t.trigger.eventType == h.trigger.eventType, t.trigger.eventType.isViolent,
           t.definite && t.tokens.lowerBound > h.tokens.lowerBound || h.definite && h.tokens.lowerBound > t.tokens.lowerBound { return false }
        if !Self.sameKind(t.trigger, h.trigger) { return !step }
        if nounish(t) && nounish(h) { return true }
        let ownSetting = dates.contains { bounds.contains($0.tokens.lowerBound) }
            || places.contains { $0.isLocative && $0.place.kind.isLocal && bounds.contains($0.tokens.lowerBound) }
        return ownSetting && !step
    }

    /// A noun trigger, or a verb-class word used as a noun ("and clashes with …", "the attack").
    func nounish(_ t: TriggerHit) -> Bool { Self.nounish(t, tokens: tokens, sentence: sentence.tokens) }

    static func nounish(_ t: TriggerHit, tokens: [Token], sentence r: Range<Int>) -> Bool {
        guard !t.trigger.isNoun else { return true }
        let i = t.tokens.lowerBound
        // "and clashes with" is a noun; "and killed" stays a verb.
        guard i > r.lowerBound, !DocumentExtractor.isPastForm(tokens[i]), !tokens[i].word.endsWith("ing") else { return false }
        let w = tokens[i - 1].word
        return w == "and" || w == "or" || w == "," || w == "with" || w == "of" || w == "in" || w == "amid" || w == "after"
            || w == "following" || w == "the" || w == "a" || w == "an"
    }

    /// ", triggering …", ", killing …", "before storming …": a participle clause that goes on with the act before it
    /// ("following" is a preposition there, not a participle).
    func isStep(_ t: TriggerHit, in bounds: Range<Int>) -> Bool {
        let first = tokens[bounds.lowerBound].word
        let opener = Self.opensClause(tokens[bounds.lowerBound])
        let next = opener && bounds.count > 1 ? tokens[bounds.lowerBound + 1].word : first
        return first.endsWith("ing") && !tokens[bounds.lowerBound].isCue(.subordinator) || next.endsWith("ing")
            || tokens[t.tokens.lowerBound].word.endsWith("ing") && !t.trigger.isNoun
    }

    /// Triggers that may tell the same event: the same type, and for violence against civilians and strategic
    /// developments the same sub-type (a killing and an abduction are two events).
    static func sameKind(_ a: Trigger, _ b: Trigger) -> Bool {
        guard a.eventType == b.eventType else { return false }
        return a.eventType != .violenceAgainstCivilians && a.eventType != .strategicDevelopments || a.subEventType == b.subEventType
    }
}
