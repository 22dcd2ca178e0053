import Foundation

/// Turns name hits into place mentions: picks the place a name denotes in context and how it is used.
struct PlaceResolver: Sendable {
    let lexicon: Lexicon
    var cues: Cues { lexicon.cues }

    /// Place mentions in `range`. `objectStarts` are token indices right after an event verb ("stormed Bakhmut").
    /// Without `surfaces`, mentions carry no `surface` text (for callers that only weigh places); only local places
    /// carry one (`PlaceMention.location` reads it for those alone).
    /// Names that do not stand as places here (`stands`) make no mention.
    func mentions(in range: Range<Int>, tokens: [Token], hits: [PlaceFinder.Hit], objectStarts: TokenSet,
                  document: CountryContext, blockStart: Int, surfaces: Bool = true) -> [PlaceMention] {
        let inRange = PlaceFinder.Hit.starting(in: range, of: hits[...])
        guard !inRange.isEmpty else { return [] }
        let sentence = CountryContext.countries(in: range, tokens: tokens, hits: inRange, gazetteer: lexicon.gazetteer)
        let allRegions = inRange.count > 1 ? Self.regions(in: inRange) : []
        let areas = inRange.contains { $0.local != nil } ? areaNames(inRange, limit: range.upperBound, tokens: tokens) : []
        var chained: [Int] = [], placers: [Int] = []
        var out: [PlaceMention] = []
        out.reserveCapacity(inRange.count)
        for index in inRange.indices {
            let hit = inRange[index]
            var end = hit.tokens.upperBound
            let designator = designator(of: hit, limit: range.upperBound, tokens: tokens, end: &end)
            let regions = allRegions.isEmpty ? [] : allRegions.compactMap { $0.tokens != hit.tokens ? $0.place : nil }
            let qualifiers = qualifiers(of: index, in: inRange, end: end, range: range, tokens: tokens, chained: &chained, placers: &placers)
            let (relation, locative) = relationAndLocativity(hit.tokens.lowerBound, range: range, tokens: tokens,
                                                            objectStarts: objectStarts,
                                                            possessiveSite: isPossessiveSite(hit, tokens, range) || isSceneByCopula(hit, tokens, range))
            let dateline = hit.tokens.lowerBound == blockStart && tokens[hit.tokens.lowerBound].isAllCaps
                && hit.tokens.upperBound < tokens.count && tokens[hit.tokens.upperBound].word == ","
            // "a truce between Israel and Hezbollah": countries after "between" name parties, not where it happened.
            let parties = hit.namesCountry && hit.tokens.lowerBound > range.lowerBound && tokens[hit.tokens.lowerBound - 1].word == "between"
            let isLocative = (locative || designator != nil && designator != "name" || dateline) && !chained.contains(hit.tokens.lowerBound)
                && !parties && !(hit.namesCountry && Self.namesBorderCountry(hit.tokens, range: range, tokens: tokens))
            let reading = Reading(locative: isLocative, qualifiers: qualifiers, regions: regions, areas: areas)
            guard let (place, inTown) = place(for: hit, designator: designator, reading: reading, sentence: sentence, document: document,
                                    tokens: tokens) else { continue }
            var m = PlaceMention(tokens: hit.tokens.lowerBound..<end, place: place, alternatives: hit.places,
                                 relation: designator == "district" ? .inside : relation, isLocative: isLocative, isDateline: dateline,
                                 surface: surfaces && !hit.places.isEmpty && place.kind.isLocal ? surface(hit, place: place, tokens: tokens) : nil)
            m.inTown = inTown
            m.placesAVillage = placers.contains(hit.tokens.lowerBound)
            out.append(m)
        }
        return out
    }

    /// The divisions among the candidates of the hits, in order, with the tokens of the hit naming each (a hit's
    /// regions are those of the other hits): found once per range, not once per hit.
    static func regions(in hits: ArraySlice<PlaceFinder.Hit>) -> [(tokens: Range<Int>, place: Place)] {
        var out: [(tokens: Range<Int>, place: Place)] = []
        for other in hits {
            for p in other.places where p.kind == .admin1 { out.append((other.tokens, p)) }
        }
        return out
    }

    /// The place a hit denotes here: the gazetteer's best candidate if it stands, a place the gazetteer lacks (named as
    /// the source does, inside its nearest known area) for an unknown name or a name whose candidates lie abroad.
    @inline(__always)
    func place(for hit: PlaceFinder.Hit, designator: String?, reading: Reading, sentence: CountryContext,
               document: CountryContext, tokens: [Token]) -> (Place, inTown: Bool)? {
        if hit.places.isEmpty { return unresolved(hit, kind: hit.local ?? .town, reading: reading, document: document, tokens: tokens) }
        // "Dak Lak province" where the gazetteer knows only a town "Lak": the tail of a longer name the gazetteer lacks
        // (spelt otherwise), with a division's designator after it, is not that town.
        if designator == "admin", hit.tokens.lowerBound > 0, tokens[hit.tokens.lowerBound - 1].isWord, tokens[hit.tokens.lowerBound - 1].isCapitalized,
           hit.places.allSatisfy({ $0.kind == .city || $0.kind == .town || $0.kind == .site }) { return nil }
        // "in the Red Sea" is the water, not a province named after it ("Red Sea State" keeps its designator).
        if designator == nil, Self.namesWater(hit, tokens: tokens) {
            return unresolved(hit, kind: .region, reading: reading, document: document, tokens: tokens)
        }
        let place = choose(hit, designator: designator, sentence: sentence, document: document, regions: reading.regions,
                           qualifiers: reading.qualifiers)
        if liesAbroad(hit, place: place, reading: reading, sentence: sentence, document: document, tokens: tokens),
           let local = unresolved(hit, kind: hit.local ?? .town, reading: reading, document: document, tokens: tokens) {
            return local
        }
        return stands(hit, place: place, reading: reading, sentence: sentence, document: document, tokens: tokens) ? (place, false) : nil
    }

    /// "near the border with Ivory Coast", "the frontier with Chad", "bordering Niger", "close to the Burkina Faso
    /// border": a country named (at `name`) as the neighbour across a border or as the line itself, not where the act
    /// took place.
    static func namesBorderCountry(_ name: Range<Int>, range: Range<Int>, tokens: [Token]) -> Bool {
        if name.upperBound < range.upperBound, isBorderWord(tokens[name.upperBound].word) { return true }
        var j = name.lowerBound - 1
        if j >= range.lowerBound, tokens[j].word == "the" { j -= 1 }
        // "the border with Chad and Niger": back over the names listed before this one.
        var listed = j
        while listed >= range.lowerBound, name.lowerBound - listed <= 12,
              ["and", "or", ",", "the"].contains(tokens[listed].word) || tokens[listed].isWord && tokens[listed].isCapitalized {
            listed -= 1
        }
        if listed < j, listed >= range.lowerBound, ["and", "or", ","].contains(tokens[j].word) { j = listed }
        guard j >= range.lowerBound else { return false }
        if tokens[j].word == "bordering" { return true }
        return tokens[j].word == "with" && j - 1 >= range.lowerBound && isBorderWord(tokens[j - 1].word)
    }

    static func isBorderWord(_ w: WordKey) -> Bool { w == "border" || w == "borders" || w == "frontier" || w == "boundary" }

    /// Whether the name's first or last word is a sea's ("Red Sea", "Gulf of Aden").
    static func namesWater(_ hit: PlaceFinder.Hit, tokens: [Token]) -> Bool {
        tokens[hit.tokens.upperBound - 1].isCue(.waterBody) || tokens[hit.tokens.lowerBound].isCue(.waterBody)
    }

    /// The designator after a hit ("province" → "admin", "town" → "city", "district" → "district"; a local name's
    /// "Local Government Area" → "local"), with `end` moved past it.
    func designator(of hit: PlaceFinder.Hit, limit: Int, tokens: [Token], end: inout Int) -> String? {
        if !hit.places.isEmpty, let d = designator(after: hit.tokens.upperBound, limit: limit, tokens: tokens, end: &end) { return d }
        guard hit.local != nil, let d = LocalNameFinder.designator(at: hit.tokens.upperBound, limit: limit, tokens: tokens, cues: cues) else {
            return nil
        }
        end = d.end
        return d.kind == .district || d.kind == .site ? "district" : "local"
    }

    /// "province", "city", "district" … right after the name (or after "and Y" as in "Donetsk and Luhansk oblasts").
    func designator(after i: Int, limit: Int, tokens: [Token], end: inout Int) -> String? {
        func kind(_ t: Token) -> String? {
            if t.isCue(.adminDesignator) { return "admin" }
            switch t.word {
            case "city", "town", "village": return "city"
            case "district", "districts", "neighbourhood", "neighborhood", "quarter": return "district"
            default: return nil
            }
        }
        guard i < limit else { return nil }
        if let d = kind(tokens[i]) { end = i + 1; return d }
        if tokens[i].word == "and", i + 2 < limit, tokens[i + 1].isCapitalized, let d = kind(tokens[i + 2]), d == "admin" { return d }
        return nil
    }

    /// The candidate that fits best: inside an explicit qualifier ("Ashford, UK"), inside a region the sentence names ("Pokrovsk in the Donetsk region"), in a
    /// country the sentence names by place (a demonym, "Russian troops", says less), in the article's country,
    /// of the kind a designator asks for, then the most populous.
    func choose(_ hit: PlaceFinder.Hit, designator: String?, sentence: CountryContext, document: CountryContext,
                regions: [Place] = [], qualifiers: [Place] = []) -> Place {
        let main = document.main
        func score(_ p: Place) -> Double {
            var s = 0.0
            if qualifiers.contains(where: { p.isWithin($0) }) { s += 20 }
            if p.kind != .admin1, regions.contains(where: { p.isWithin($0) }) { s += 5 }
            if let cc = p.countryCode {
                if let w = sentence.weights[cc] { s += w >= 1 ? 4 : 1.5 }
                if cc == main { s += 3 } else if document.weights[cc] != nil { s += 1 }
            }
            switch (designator, p.kind) {
            case ("admin", .admin1): s += 6
            case ("city", .city), ("city", .town): s += 6
            case ("district", .district): s += 6
            case (_, .country): s += 3
            case (_, .city), (_, .town): s += 1.5
            case (_, .site), (_, .district): s += 1
            default: break
            }
            s += 0.5 * log10(Double(max(1, p.population)))
            return s
        }
        // Each candidate scored once; the first of the best wins, as `max(by:)` has it.
        var best = 0, bestScore = -Double.infinity
        for (i, p) in hit.places.enumerated() {
            let s = score(p)
            if s > bestScore { best = i; bestScore = s }
        }
        return hit.places[best]
    }

    func isPossessiveSite(_ hit: PlaceFinder.Hit, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        let last = hit.tokens.upperBound - 1
        guard tokens[last].isPossessive else { return false }
        var j = hit.tokens.upperBound
        while j < min(range.upperBound, hit.tokens.upperBound + 3) {
            if tokens[j].isCue(.locativeOfHead) || ["airport", "citadel", "port", "outskirts"].contains(tokens[j].word) { return true }
            j += 1
        }
        return false
    }

    /// The source's spelling of a place when it is not the gazetteer's own ("Kyiv" where the gazetteer says "Kiev").
    /// Whether the text ends in "’s" or "'s" (compared on bytes).
    static func endsInPossessive(_ text: String) -> Bool {
        let u = Array(text.utf8.suffix(4))
        guard u.last == 115, u.count >= 2 else { return false }
        return u[u.count - 2] == 39 || (u.count == 4 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x99)
    }

    func surface(_ hit: PlaceFinder.Hit, place: Place, tokens: [Token]) -> String? {
        if tokens[hit.tokens].allSatisfy({ $0.isAllCaps || $0.kind == .punct }) { return nil }
        // "the Somali capital" describes the city; it is no spelling of its name.
        if tokens[hit.tokens.lowerBound].flags.contains(.demonym) && !tokens[hit.tokens.upperBound - 1].isCapitalized { return nil }
        // Without a possessive or a number, the normalised text is the words' keys joined by spaces: no need to build it.
        if !tokens[hit.tokens].contains(where: { $0.isPossessive || $0.kind == .number }),
           NameKey.normalized(place.name, equalsWordsOf: tokens[hit.tokens]) { return nil }
        let text = TokenText.join(tokens[hit.tokens])
        let clean = Self.endsInPossessive(text) ? String(text.dropLast(2)) : text
        let key = NameKey.normalize(clean)
        // "the capital of Mali" names Bamako by its country: no spelling of the city's name.
        guard key != NameKey.normalize(place.name), !lexicon.gazetteer.places(forKey: key).contains(where: { $0.kind == .country }) else {
            return nil
        }
        return Sanitize.oneLine(clean, limit: 60)
    }
}
