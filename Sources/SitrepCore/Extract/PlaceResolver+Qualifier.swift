/// Explicit qualifiers of a place name: "Southport, UK", "Pokrovsk in the Donetsk region", "Balochistan's X district".
extension PlaceResolver {
    /// The countries and first-level divisions that qualify the hit at `index` of `hits` (all in one sentence): a
    /// country or division after a comma, a division after "in"/"of" (past a designator: "X district of Y"), or a
    /// possessive country or division right before it. Empty when nothing qualifies it.
    func qualifiers(of index: Int, in hits: ArraySlice<PlaceFinder.Hit>, end: Int, range: Range<Int>, tokens: [Token]) -> [Place] {
        let hit = hits[index]
        if index > hits.startIndex, let q = possessiveQualifier(hits[index - 1], before: hit, tokens: tokens) { return q }
        guard index + 1 < hits.endIndex else { return [] }
        let next = hits[index + 1]
        var j = end
        guard j < range.upperBound else { return [] }
        if tokens[j].word == ",", next.tokens.lowerBound == j + 1 {
            let local = hit.places.contains { $0.kind.isLocal || $0.kind == .site }
            // "Southport, North West Ambulance Service said": a qualifier ends its name; more capitalised words make
            // the area part of another name.
            let partOfName = next.tokens.upperBound < range.upperBound && tokens[next.tokens.upperBound].isCapitalized
            return local && !partOfName && !startsList(after: next.tokens.upperBound, range: range, tokens: tokens)
                ? Self.areas(next.places, kinds: [.country, .admin1]) : []
        }
        guard tokens[j].word == "in" || tokens[j].word == "of" else { return [] }
        j += 1
        if j < range.upperBound, tokens[j].word == "the" { j += 1 }
        return next.tokens.lowerBound == j ? Self.areas(next.places, kinds: [.admin1]) : []
    }

    /// Whether the words after a name go on listing names ("Homs, Hama and Idlib", "Homs, Hama, Idlib"), so the comma
    /// before it separated list items rather than a name from its qualifier.
    func startsList(after i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard i < range.upperBound else { return false }
        if tokens[i].word == "and" || tokens[i].word == "or" { return true }
        return tokens[i].word == "," && i + 1 < range.upperBound && tokens[i + 1].isCapitalized
    }

    /// "Balochistan's" right before the name: the possessive's divisions and countries.
    private func possessiveQualifier(_ prev: PlaceFinder.Hit, before hit: PlaceFinder.Hit, tokens: [Token]) -> [Place]? {
        guard prev.tokens.upperBound == hit.tokens.lowerBound, tokens[prev.tokens.upperBound - 1].isPossessive else { return nil }
        let q = Self.areas(prev.places, kinds: [.country, .admin1])
        return q.isEmpty ? nil : q
    }

    /// The candidates of the given kinds (a qualifier names an area, never a town).
    static func areas(_ places: [Place], kinds: Set<PlaceKind>) -> [Place] { places.filter { kinds.contains($0.kind) } }
}
