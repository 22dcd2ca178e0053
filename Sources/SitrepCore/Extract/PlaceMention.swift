/// How a place name stands in its sentence: where the event is, or merely named.
public enum PlaceRelation: Hashable, Sendable {
    /// In the place itself ("in Kharkiv", "stormed Goma").
    case inside
    /// Near it or part of it ("east of Khartoum", "a suburb of Beirut", "the western districts of Mosul").
    case near
    /// A direction inside a larger area ("northern Hama", "northwestern Syria").
    case directional(String)
}

/// A gazetteer name found in text, with its resolved place and how it is used.
public struct PlaceMention: Hashable, Sendable {
    public var tokens: Range<Int>
    public var place: Place
    /// Other places the name could denote, for context scoring.
    public var alternatives: [Place]
    public var relation: PlaceRelation
    /// Introduced by a locative preposition or as the object of an event verb.
    public var isLocative: Bool
    /// A dateline at the head of the article ("ALEPPO, Syria.").
    public var isDateline: Bool
    /// The name as this source spells it ("Kyiv" for "Kiev"), when it differs from the gazetteer's.
    public var surface: String? = nil
    /// For a place the gazetteer lacks, whether the known area around it is a town ("the X neighbourhood of Mosul"),
    /// whose coordinates locate it as part of that town (ACLED precision 2).
    public var inTown = false
    /// Whether it names the area that places a village named just before it ("X village in Sokoto"): not itself
    /// where the act was.
    public var placesAVillage = false

    /// The location this mention gives an event.
    public var location: Location {
        var place = place
        if let surface, place.kind.isLocal { place.name = surface }
        switch relation {
        case .inside: return Location(place: place, geoPrecision: place.geoPrecision(near: inTown))
        case .near: return Location(place: place, geoPrecision: place.geoPrecision(near: true))
        case .directional: return Location(place: place, geoPrecision: 3)
        }
    }

    /// A display name with the direction ("northern Hama").
    public var label: String {
        if case .directional(let d) = relation { return "\(d) \(place.name)" }
        return place.name
    }

    /// 6 for a site … 0 for a country: how narrowly it locates.
    public var specificity: Int {
        let base: Int
        switch place.kind {
        case .site: base = 6
        case .district: base = 5
        case .city, .town: base = 4
        case .admin2: base = 3
        case .admin1: base = 2
        case .region: base = 1
        case .country: base = 0
        }
        if case .directional = relation { return max(0, base - 1) }
        return base
    }
}
