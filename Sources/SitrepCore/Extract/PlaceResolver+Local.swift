/// Places the gazetteer lacks: a local name kept as the source spells it, inside the nearest area the text or the
/// article gives it (qualifier, division named in the sentence, the article's main country).
extension PlaceResolver {
    /// The unresolved place for a name the text marks as local, and whether its known area is a town or a site that
    /// locates it (ACLED precision 2); nil when no containing area is known.
    func unresolved(_ hit: PlaceFinder.Hit, kind: PlaceKind, reading: Reading, document: CountryContext,
                    tokens: [Token]) -> (place: Place, inTown: Bool)? {
        guard var area = container(reading: reading, document: document) else { return nil }
        let text = TokenText.join(tokens[hit.tokens])
        let name = Sanitize.oneLine(Self.endsInPossessive(text) ? String(text.dropLast(2)) : text, limit: 60)
        if !area.kind.isLocal, let airport = airport(of: name, in: area) { area = airport }
        return (Place.unresolved(name: name, kind: kind, in: area), area.kind.isLocal)
    }

    /// The gazetteer's airport named after a town it lacks ("X Airport" for the town X), inside `area`: the town is
    /// near it.
    func airport(of name: String, in area: Place) -> Place? {
        lexicon.gazetteer.places(forKey: NameKey.normalize(name) + " airport").first {
            $0.kind == .site && $0.countryCode == area.countryCode && (area.kind == .country || $0.admin1 == area.admin1)
        }
    }

    /// The nearest known area around a local name: its qualifier (a town, in a country the article names, before a division
    /// before a country), a division the sentence
    /// names by an area name in the article's country, else the article's main country.
    func container(reading: Reading, document: CountryContext) -> Place? {
        let main = document.main
        // An article that names no country yet: the qualifier's first reading ("X, Y": a country before a state of the same name).
        if main == nil { return reading.qualifiers.first }
        if let q = Self.supported(reading.qualifiers, document: document).min(by: { $0.kind < $1.kind }) { return q }
        if let r = reading.areas.first(where: { $0.countryCode == main }) { return r }
        return main.flatMap { lexicon.gazetteer.country(code: $0) }
    }

    /// The qualifiers in a country the article names (or that are a country, named outright): a town or a division of
    /// another country that only shares the name ("in Beni territory" is no division of Bolivia in an article about
    /// Congo; "the X area of Y Pass" is no town Y abroad) qualifies nothing.
    static func supported(_ qualifiers: [Place], document: CountryContext) -> [Place] {
        guard let main = document.main else { return qualifiers }
        return qualifiers.filter { $0.kind == .country || $0.countryCode == main || $0.countryCode.map { document.weights[$0] != nil } == true }
    }

    /// Whether a gazetteer place chosen for a name the text marks as local (by a designator or a qualifier) lies outside
    /// what the text says: outside its qualifier's country, or (unless well known: a city of half a million) in a country nothing else
    /// in the article speaks for. Doubtful words ("Area", "Taylor") and group names ("Christian") are never made local.
    func liesAbroad(_ hit: PlaceFinder.Hit, place: Place, reading: Reading, sentence: CountryContext, document: CountryContext,
                    tokens: [Token]) -> Bool {
        let qualifiers = Self.supported(reading.qualifiers, document: document)
        guard hit.local != nil || !qualifiers.isEmpty, place.kind != .country, place.kind != .admin1,
              hit.fuzzy || !hit.weak || hit.local != nil, !tokens[hit.tokens].contains(where: { $0.isCue(.groupName) }) else { return false }
        // A qualifier in the place's own country is more likely misattached ("close to Kassala in the Gedaref region"),
        // unless the name only resembles the place's or is a village's: "Nyaung Gon village in the Magway region" is
        // not the town of that spelling in Yangon.
        if !qualifiers.isEmpty {
            if qualifiers.contains(where: { place.isWithin($0) }) { return false }
            let small = hit.fuzzy || hit.local != nil && place.population < Self.wellKnownPopulation
            return small || !qualifiers.contains { $0.countryCode == place.countryCode }
        }
        guard let cc = place.countryCode, let main = document.main, cc != main,
              place.population < Self.wellKnownPopulation else { return false }
        let name = tokens[hit.tokens.lowerBound].word
        return !sentence.supports(cc, apartFrom: name) && !document.supports(cc, apartFrom: name)
    }

    /// The divisions named by hits whose every candidate is a division or a country ("Y State"), or that a
    /// division designator follows ("Y region"), not towns named like their division.
    func areaNames(_ hits: ArraySlice<PlaceFinder.Hit>, limit: Int, tokens: [Token]) -> [Place] {
        hits.flatMap { h -> [Place] in
            guard !h.weak else { return [] }
            let designated = h.tokens.upperBound < limit && tokens[h.tokens.upperBound].isCue(.adminDesignator)
            return designated || h.places.allSatisfy({ $0.kind == .admin1 || $0.kind == .country }) ? h.places.filter { $0.kind == .admin1 } : []
        }
    }
}
