/// Whether a resolved name stands as a place: doubtful names need strong support, small places abroad need the
/// article to be about their country.
extension PlaceResolver {
    /// Population from which a doubtful name may be a place without other evidence of its country ("in Paris").
    static let wellKnownPopulation = 500_000
    /// Population from which a town whose name belongs to one country only, said as where something happened
    /// ("fighting in X"), stands even in an article mostly about another country.
    static let knownTownPopulation = 100_000

    /// What the sentence says around one hit, for judging it.
    struct Reading {
        var locative: Bool
        /// Countries and divisions that explicitly qualify the name ("Ashford, UK").
        var qualifiers: [Place]
        /// Divisions the sentence names ("near Pokrovsk in the eastern Donetsk region").
        var regions: [Place] = []
        /// Divisions the sentence names by names that denote only areas ("Y State", not a town named like its division): where a
        /// local name the gazetteer lacks may lie.
        var areas: [Place] = []
    }

    /// Whether `place`, chosen for `hit`, is a place here. A name qualified by an area must lie inside it (else the
    /// qualifier alone locates the event). Doubtful names (common words, people's names, titles, demonyms, skeleton
    /// matches) need a locative use and a country the article names by other words. A town, district or site is not
    /// placed in a country that only its own name speaks for when the article names another.
    func stands(_ hit: PlaceFinder.Hit, place: Place, reading: Reading, sentence: CountryContext, document: CountryContext,
                tokens: [Token]) -> Bool {
        if !reading.qualifiers.isEmpty { return reading.qualifiers.contains { Self.lies(place, in: $0) } }
        guard let cc = place.countryCode, place.kind != .country else { return !hit.fuzzy }
        // "according to the Kyauk Lone Gyi Defence Force": another spelling of a town, inside a longer capitalised name, is that name.
        if Self.insideLongerName(hit, tokens), !Self.spellsMainName(hit, place, tokens) { return false }
        let name = tokens[hit.tokens.lowerBound].word
        let supported = sentence.supports(cc, apartFrom: name) || document.supports(cc, apartFrom: name)
            || reading.regions.contains { place.isWithin($0) }
        let alone = !document.supportsAnotherCountry(than: cc, apartFrom: name)
        if hit.fuzzy { return supported }
        if hit.weak {
            guard reading.locative, !looksLikePerson(hit, tokens: tokens) else { return false }
            return supported || alone || place.population >= Self.wellKnownPopulation
        }
        // (A place of the article's main country stands even where another country is named: "a group based in X" —
        // but not by another of its names: "3 killed in Kova attack" is not a
        // Kazakh town with "Kova" among its other names, in an article about Cameroon.)
        if supported || alone || place.population >= Self.wellKnownPopulation && !Self.endsLongerName(hit, tokens) || place.kind == .admin1 {
            return true
        }
        if cc == document.main, Self.spellsMainName(hit, place, tokens) { return true }
        // A sizeable town that only one country has, said as a scene, is that town, not a reason to fall back on the
        // article's main place (which would put the event in the wrong country).
        return reading.locative && hit.soleCountry == cc && place.population >= Self.knownTownPopulation && Self.isWholeName(hit, tokens)
            && !Self.endsLongerName(hit, tokens)
    }

    /// Whether a capitalised word that is no common word stands right before the hit: "near the Pushkinskaya Metro
    /// station", "according to Yuri Mora" end a name the gazetteer lacks.
    static func endsLongerName(_ hit: PlaceFinder.Hit, _ tokens: [Token]) -> Bool {
        let a = hit.tokens.lowerBound
        guard a > 0 else { return false }
        let t = tokens[a - 1]
        return t.isWord && t.isCapitalized && !t.flags.contains(.english) && !t.isCue(.direction) && !t.isCue(.locativePrep)
            && !t.isCue(.personTitle) && !t.flags.contains(.demonym)
    }

    /// Whether capitalised words stand right before and right after the hit.
    static func insideLongerName(_ hit: PlaceFinder.Hit, _ tokens: [Token]) -> Bool {
        let a = hit.tokens.lowerBound
        return a > 0 && tokens[a - 1].isWord && tokens[a - 1].isCapitalized && !isWholeName(hit, tokens)
    }

    /// Whether the hit's words spell the place's own name, not one of its other names.
    static func spellsMainName(_ hit: PlaceFinder.Hit, _ place: Place, _ tokens: [Token]) -> Bool {
        hit.tokens.filter { tokens[$0].isWord }.map { tokens[$0].key }.joined(separator: " ") == NameKey.normalize(place.name)
    }

    /// Whether the name ends where the hit does: one running on into more capitalised words is only the start of a
    /// name the gazetteer lacks ("the X Kebir district", where X alone is a town abroad).
    static func isWholeName(_ hit: PlaceFinder.Hit, _ tokens: [Token]) -> Bool {
        let after = hit.tokens.upperBound
        return after >= tokens.count || !(tokens[after].isWord && tokens[after].isCapitalized)
    }

    /// Whether `place` lies in the qualifier `q`: inside a division or country, or in a town's division (a district
    /// qualified by its town: "the X neighbourhood of Mosul").
    static func lies(_ place: Place, in q: Place) -> Bool {
        q.kind.isLocal ? place.countryCode == q.countryCode && place.admin1 == q.admin1 : place.isWithin(q)
    }

    /// A first or last name next to another capitalised word ("Maria Lopez", "Jorge Castro"; not "In Lopez"): a person.
    func looksLikePerson(_ hit: PlaceFinder.Hit, tokens: [Token]) -> Bool {
        let first = tokens[hit.tokens.lowerBound]
        guard hit.tokens.count == 1, first.flags.contains(.personName) else { return false }
        let after = hit.tokens.upperBound, before = hit.tokens.lowerBound - 1
        if after < tokens.count, tokens[after].isWord, tokens[after].isCapitalized { return true }
        guard before >= 0, tokens[before].isWord, tokens[before].isCapitalized else { return false }
        return !tokens[before].flags.contains(.english) && !tokens[before].isCue(.locativePrep)
    }
}
