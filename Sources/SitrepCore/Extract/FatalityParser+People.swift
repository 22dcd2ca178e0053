/// A count of people wounded, abducted or arrested found in a sentence, and the tokens it spans.
public struct PeopleCountFinding: Hashable, Sendable {
    public var count: PeopleCount
    public var tokens: Range<Int>
}

extension FatalityParser {
    /// Counts of people hurt, taken or held: "nearly 40 officers sustained injuries", "kidnapping 30 villagers",
    /// "police arrested 12 suspects". Deaths are `findings`; a count that a death word follows is not one of these.
    public func peopleCounts(in range: Range<Int>, tokens: [Token], keys: [WordKey]) -> [PeopleCountFinding] {
        // One mask test per word: most sentences have no word of harm.
        let harm = CueCategory.woundWord.bit | CueCategory.abductWord.bit | CueCategory.arrestWord.bit
        guard range.contains(where: { tokens[$0].cues.single & harm != 0 }) else { return [] }
        var out: [PeopleCountFinding] = []
        for c in counts(in: range, tokens: tokens, keys: keys) where !c.subset {
            let after = c.range.upperBound
            // Units and things ("50 towns", "hundreds of weapons seized") are not people.
            if after < range.upperBound, tokens[after].isCue(.nonPersonUnit) || tokens[after].isCue(.movableNoun) { continue }
            var kind: PeopleCountKind? = nil, end = after
            if case .harmed(let k, let e) = scanForward(from: after, range: range, tokens: tokens, keys: keys, hasToll: false, taken: true) {
                kind = k; end = e
            } else if let k = harmBefore(c, range: range, tokens: tokens, keys: keys) {
                kind = k
            }
            guard let kind, !out.contains(where: { $0.count.kind == kind }) else { continue }
            if kind == .abducted, Self.freed(around: c.range.lowerBound..<end, range: range, tokens: tokens) { continue }
            out.append(PeopleCountFinding(count: PeopleCount(kind: kind, count: FatalityCount(count: c.value, qualifier: c.qualifier)),
                                          tokens: c.range.lowerBound..<end))
        }
        return out
    }

    /// "injuring 15 others", "arrested 12 suspects": a harm word just before the count, people after it.
    func harmBefore(_ c: Count, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> PeopleCountKind? {
        let before = c.range.lowerBound - 1, after = c.range.upperBound
        guard before >= range.lowerBound, let kind = Self.harmKind(tokens[before], taken: true) else { return nil }
        guard after < range.upperBound else { return kind }
        let next = keys[after]
        return isPersonNoun(next) || Self.otherPeople.contains(next) ? kind : nil
    }

    /// "rescuing 155 hostages", "168 hostages freed": the count is of people set free, not of people taken.
    static func freed(around r: Range<Int>, range: Range<Int>, tokens: [Token]) -> Bool {
        let lo = max(range.lowerBound, r.lowerBound - 2), hi = min(range.upperBound, r.upperBound + 2)
        return (lo..<hi).contains { tokens[$0].isCue(.releaseWord) }
    }

    /// Words after a count that stand for people already named ("injuring 15 others").
    static let otherPeople: Set<WordKey> = ["others", "other", "more", "people", "persons"]

    /// The kind of harm a word names: wounded always; abducted and arrested when `taken`.
    static func harmKind(_ t: Token, taken: Bool) -> PeopleCountKind? {
        if t.isCue(.woundWord) { return .wounded }
        guard taken else { return nil }
        if t.isCue(.abductWord) { return .abducted }
        if t.isCue(.arrestWord) { return .arrested }
        return nil
    }
}
