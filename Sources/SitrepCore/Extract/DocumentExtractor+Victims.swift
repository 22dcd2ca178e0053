extension DocumentExtractor {
    /// "two journalists and a police officer", "15 officers and four civilians": whether the civilians among the victims
    /// the toll counts outnumber the armed ones, by the count written before each; nil unless both kinds are there, each
    /// counted.
    func civiliansOutnumber(_ patients: [ActorMatch], _ facts: SentenceFacts) -> Bool? {
        // Only the victims the toll counts ("eliminated 16 terrorists and rescued 104 passengers" kills no passenger),
        // every one of them named in it, a compound once ("four military police").
        guard let toll = facts.fatalities.first(where: { f in patients.contains { f.tokens.contains($0.tokens.lowerBound) } }) else { return nil }
        // "19 people, including 18 militants": a part of a count is no victim besides it; such tolls are not weighed.
        guard !toll.tokens.contains(where: { facts.tokens[$0].word == "including" || facts.tokens[$0].word == "among" }) else { return nil }
        let named = facts.actors.filter { !$0.isSource && toll.tokens.contains($0.tokens.lowerBound) }
        let patients = named.filter { a in !named.contains { $0.tokens.upperBound == a.tokens.lowerBound } }
        guard patients.contains(where: { $0.inter == 7 }), patients.contains(where: { ACLEDTyping.armed.contains($0.inter) }) else { return nil }
        let reader = NumberReader(cues: lexicon.cues)
        var civilians = 0, armed = 0
        for p in patients where p.inter == 7 || ACLEDTyping.armed.contains(p.inter) {
            guard let n = Self.count(before: p, facts, reader) else { return nil }
            if p.inter == 7 { civilians += n } else { armed += n }
        }
        return civilians > armed
    }

    /// The count written before an actor, over up to two modifiers ("two journalists", "a police officer", "15 law
    /// enforcement officials"); nil when there is none.
    static func count(before a: ActorMatch, _ facts: SentenceFacts, _ reader: NumberReader) -> Int? {
        let lower = facts.sentence.tokens.lowerBound
        var j = a.tokens.lowerBound - 1, steps = 0
        while j >= lower && steps < 3 {
            let t = facts.tokens[j]
            if t.word == "a" || t.word == "an" { return 1 }
            var s = j
            while s > lower, s > j - 3, facts.tokens[s - 1].kind == .number || facts.tokens[s - 1].isCue(.numberWord) { s -= 1 }
            if t.kind == .number || t.isCue(.numberWord), let (v, _) = reader.number(at: s, limit: a.tokens.lowerBound, tokens: facts.tokens) {
                return v
            }
            guard t.isWord, !t.isCue(.preposition), t.word != "and", t.word != "the" else { return nil }
            j -= 1; steps += 1
        }
        return nil
    }
}
