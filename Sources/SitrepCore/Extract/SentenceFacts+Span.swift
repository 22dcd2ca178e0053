/// The part of a sentence that tells one event: the sentence without the clauses that tell another.
extension SentenceFacts {
    /// Words that open a clause of their own after a comma ("…, while violence broke out in …").
    static let spanOpeners: Set<WordKey> = ["where", "which", "while", "whereas", "although", "though", "whom", "and", "but",
                                            "following", "after", "before", "when", "amid", "as", "prompting", "triggering"]
    /// Words that open another event's clause even without a comma ("… erupted after a knife attack …").
    static let subordinators: Set<WordKey> = ["following", "after", "before", "when", "while", "amid", "whereas"]

    /// Token positions where a clause starts: after ";", at a comma before an opener, at a subordinator.
    func clauseStarts() -> [Int] {
        let r = sentence.tokens
        let startsEventNoun = Set(triggers.filter(nounish).map(\.tokens.lowerBound))
        var starts = [r.lowerBound]
        for j in r where j > r.lowerBound + 2 {
            let w = tokens[j].word
            if w == ";" || w == ":" { starts.append(j + 1); continue }
            if w == ",", j + 1 < r.upperBound, Self.spanOpeners.contains(tokens[j + 1].word) { starts.append(j + 1); continue }
            // "…, clashes between X and Y and clashes with Z": a listed event noun opens its own clause.
            if (w == "," || w == "and"), j + 1 < r.upperBound, startsEventNoun.contains(j + 1) { starts.append(j + 1); continue }
            if Self.subordinators.contains(w), tokens[j - 1].word != "," { starts.append(j) }
            // "… terrorists who had hijacked the train": a relative clause about people may tell their own act.
            if (w == "who" || w == "which"), tokens[j - 1].word != ",", tokens[j - 1].isWord { starts.append(j) }
        }
        return starts.filter { $0 < r.upperBound }.removingAdjacentDuplicates()
    }

    /// The byte span of the clauses around `h` that tell no other event: clauses holding a trigger of another kind
    /// ("Disorder erupted …, following a knife attack that …") are left out, so two events told in one sentence get
    /// two passages. Weak words of harm ("killing seven") belong to whichever event they follow. `others` are the
    /// sentence's triggers that tell acts (participles describing a noun do not).
    func span(of h: TriggerHit, among others: [TriggerHit]) -> ByteSpan {
        let starts = clauseStarts()
        guard starts.count > 1 else { return sentence.span }
        func clause(_ i: Int) -> Int { (starts.lastIndex { $0 <= i }) ?? 0 }
        let own = clause(h.tokens.lowerBound)
        func bounds(_ c: Int) -> Range<Int> { starts[c]..<(c + 1 < starts.count ? starts[c + 1] : sentence.tokens.upperBound) }
        // A participle clause of the event goes on with the act before it: never cut it off from that act.
        let ownIsStep = isStep(h, in: bounds(own))
        let foreign = Set(others.compactMap { t -> Int? in
            let c = clause(t.tokens.lowerBound)
            guard !t.trigger.isGenericHarm, c != own, !(ownIsStep && c == own - 1) else { return nil }
            return tellsAnother(t, than: h, in: bounds(c)) ? c : nil
        })
        guard !foreign.isEmpty else { return sentence.span }
        var lo = own, hi = own
        while lo > 0 && !foreign.contains(lo - 1) { lo -= 1 }
        while hi + 1 < starts.count && !foreign.contains(hi + 1) { hi += 1 }
        let first = starts[lo], last = (hi + 1 < starts.count ? starts[hi + 1] : sentence.tokens.upperBound) - 1
        var end = last
        while end > first && tokens[end].kind == .punct && tokens[end].word == "," { end -= 1 }
        return ByteSpan(tokens[first].start, hi + 1 < starts.count ? tokens[end].end : sentence.span.end)
    }

    /// Whether trigger `t`, in the clause `bounds`, tells another event than `h`: another kind of act (unless told
    /// as a step of the same one, "bombed the track before storming the train", ", opening fire on …"), a second
    /// event noun of the same kind ("clashes with X, and clashes with Y"), or the same kind with its own date or place.
    func tellsAnother(_ t: TriggerHit, than h: TriggerHit, in bounds: Range<Int>) -> Bool {
        let step = isStep(t, in: bounds)
        if !Self.sameKind(t.trigger, h.trigger) { return !step }
        if nounish(t) && nounish(h) { return true }
        let ownSetting = dates.contains { bounds.contains($0.tokens.lowerBound) }
            || places.contains { $0.isLocative && $0.place.kind.isLocal && bounds.contains($0.tokens.lowerBound) }
        return ownSetting && !step
    }

    /// A noun trigger, or a verb-class word used as a noun ("and clashes with …", "the attack").
    func nounish(_ t: TriggerHit) -> Bool {
        guard !t.trigger.isNoun else { return true }
        let i = t.tokens.lowerBound
        // "and clashes with" is a noun; "and killed" stays a verb.
        guard !DocumentExtractor.isPastForm(tokens[i]), !tokens[i].word.string.hasSuffix("ing") else { return false }
        return i > sentence.tokens.lowerBound && Self.nounOpeners.contains(tokens[i - 1].word)
    }

    /// Words after which a verb-class event word is a noun.
    static let nounOpeners: Set<WordKey> = ["and", "or", ",", "with", "of", "in", "amid", "after", "following", "the", "a", "an"]

    /// ", triggering …", ", killing …", "before storming …": a participle clause that goes on with the act before it
    /// ("following" is a preposition there, not a participle).
    func isStep(_ t: TriggerHit, in bounds: Range<Int>) -> Bool {
        let first = tokens[bounds.lowerBound].word
        let opener = Self.spanOpeners.contains(first) || Self.subordinators.contains(first)
        let next = opener && bounds.count > 1 ? tokens[bounds.lowerBound + 1].word : first
        return first.string.hasSuffix("ing") && !Self.subordinators.contains(first) || next.string.hasSuffix("ing")
            || tokens[t.tokens.lowerBound].word.string.hasSuffix("ing") && !t.trigger.isNoun
    }

    /// Triggers that may tell the same event: the same type, and for violence against civilians and strategic
    /// developments the same sub-type (a killing and an abduction are two events).
    static func sameKind(_ a: Trigger, _ b: Trigger) -> Bool {
        guard a.eventType == b.eventType else { return false }
        return a.eventType != .violenceAgainstCivilians && a.eventType != .strategicDevelopments || a.subEventType == b.subEventType
    }
}
