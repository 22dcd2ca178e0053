/// Explicit qualifiers of a place name: "Ashford, UK", "Pokrovsk in the Donetsk region", "Balochistan's X district".
extension PlaceResolver {
    /// The countries and first-level divisions that qualify the hit at `index` of `hits` (all in one sentence): a
    /// country or division after a comma, a division after "in"/"of" (past a designator: "X district of Y"; for a
    /// district the gazetteer lacks, a town too), or a possessive country or division right before it. Empty when nothing
    /// qualifies it.
    /// Local names passed on the way ("Y" in "X town, Y Local Government Area, Z State") are added
    /// to `chained`: they describe where the first name lies rather than locate events of their own. The area after
    /// "in" that places a village ("X village in Sokoto") is added to `placers`: no place of the act either.
    func qualifiers(of index: Int, in hits: ArraySlice<PlaceFinder.Hit>, end: Int, range: Range<Int>, tokens: [Token],
                    chained: inout [Int], placers: inout [Int]) -> [Place] {
        let hit = hits[index]
        if index > hits.startIndex, let q = possessiveQualifier(hits[index - 1], before: hit, tokens: tokens) { return q }
        var k = index, j = end
        while k + 1 < hits.endIndex && j < range.upperBound {
            let next = hits[k + 1], comma = tokens[j].word == ","
            guard comma || tokens[j].word == "in" || tokens[j].word == "of" else { return [] }
            var link = j + 1
            if !comma && link < range.upperBound && tokens[link].word == "the" { link += 1 }
            // "the X neighbourhood in western Mosul": a part of a town, in its named part; "X village in the northern
            // Y region": a place in a part of a region.
            let partOfTown = !comma && (hit.local == .district || hit.local == .site)
            if !comma && link < range.upperBound && tokens[link].isCue(.direction) { link += 1 }
            guard next.tokens.lowerBound == link else { return [] }
            if next.places.isEmpty || next.local == .site || next.local == .district {
                // A local name on the way ("X town, Y Local Government Area, Z State"), or a name that a
                // designator makes a district or a site ("the X area of Y Pass, Z Province"), not the town it names.
                j = LocalNameFinder.designator(at: next.tokens.upperBound, limit: range.upperBound, tokens: tokens, cues: cues)?.end
                    ?? next.tokens.upperBound
                chained.append(next.tokens.lowerBound)
                k += 1
                continue
            }
            guard comma else {
                // "the village of X in southern Lebanon": a country qualifies a local name too.
                let local = hit.local != nil || hit.places.isEmpty
                let areas = Self.areas(next.places, kinds: partOfTown ? [.admin1, .city, .town] : local ? [.admin1, .country] : [.admin1])
                if !areas.isEmpty, local { placers.append(next.tokens.lowerBound) }
                return areas
            }
            let local = hit.places.isEmpty || hit.local != nil || hit.places.contains { $0.kind.isLocal || $0.kind == .site }
            let qualifies = !startsList(after: next.tokens.upperBound, range: range, tokens: tokens)
                && !Self.runsOn(after: next.tokens.upperBound, limit: range.upperBound, tokens: tokens, cues: cues)
            return local && qualifies ? Self.areas(next.places, kinds: [.country, .admin1]) : []
        }
        return []
    }

    /// Whether the words after a name go on listing names ("Gao, Mopti and Kidal", "Gao, Mopti, Kidal"), so the comma
    /// before it separated list items rather than a name from its qualifier.
    func startsList(after i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard i < range.upperBound else { return false }
        if tokens[i].word == "and" || tokens[i].word == "or" { return true }
        return tokens[i].word == "," && i + 1 < range.upperBound && tokens[i + 1].isCapitalized
    }

    /// Whether a capitalised word other than a designator follows the name ending at `i`: the name goes on ("North East
    /// Rescue Service"), so it does not qualify the name before it.
    static func runsOn(after i: Int, limit: Int, tokens: [Token], cues: Cues) -> Bool {
        guard i < limit, tokens[i].isWord, tokens[i].isCapitalized || tokens[i].isAllCaps, !tokens[i].flags.contains(.english) else { return false }
        return !tokens[i].isCue(.adminDesignator) && LocalNameFinder.designator(at: i, limit: limit, tokens: tokens, cues: cues) == nil
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
