/// Places the gazetteer lacks ("X town", "the X area"), kept as the source names them inside their nearest known area.
extension Place {
    /// The key prefix of unresolved places: no gazetteer key starts so.
    static let unresolvedPrefix = "L:"

    /// Whether this place is a name the gazetteer lacks, located only by the area that contains it.
    /// (No gazetteer key starts with "L": "P:", "A:", "C:", "AP:", "S:", "R:".)
    public var isUnresolved: Bool { storage.unresolved }

    /// A place named `name` (the source's spelling) inside `area`: the area's division, country and coordinates, and a
    /// key made of the country and the normalised name, so that the same name in two articles is the same place.
    public static func unresolved(name: String, kind: PlaceKind, in area: Place) -> Place {
        let key = unresolvedPrefix + (area.countryCode ?? "") + ":" + NameKey.normalize(name)
        return Place(key: key, name: name, kind: kind, admin1: area.kind == .country ? nil : area.admin1,
                     country: area.country, countryCode: area.countryCode, lat: area.lat, lon: area.lon)
    }

    /// Whether two places may denote the same ground: one lies inside the other, or one is a place the gazetteer lacks
    /// and the other lies in its known area (which may hold it). Two such places with different names are different
    /// places, unless one is an area (a county, an LGA) that may hold the other.
    public func mayOverlap(_ other: Place) -> Bool {
        let unresolved = isUnresolved
        guard unresolved || other.isUnresolved else { return isWithin(other) || other.isWithin(self) }
        if isWithin(other) || other.isWithin(self) { return true }
        let (u, p) = unresolved ? (self, other) : (other, self)
        guard let cc = u.countryCode, p.countryCode == cc else { return false }
        if p.isUnresolved && u.kind != .admin2 && p.kind != .admin2 { return false }
        return u.admin1 == nil || p.admin1 == nil || p.admin1 == u.admin1
    }

    /// Whether this place may lie in `area`: it does, or it is a place the gazetteer lacks whose known area may hold it.
    public func mayLieIn(_ area: Place) -> Bool {
        isWithin(area) || isUnresolved && mayOverlap(area)
    }

    /// The ACLED geo precision of an event told at this place: 1 a known town or site, 2 near or part of one, 3 a
    /// larger area, or a place known only by the area that contains it (2 when the event is near it).
    func geoPrecision(near: Bool) -> Int {
        guard kind.isLocal || kind == .admin2 else { return 3 }
        if isUnresolved { return near ? 2 : 3 }
        return kind.isLocal ? (near ? 2 : 1) : 3
    }
}

extension PlaceKind {
    /// The kind of the given `rank` (the values of `designator` cues), if any.
    init?(rank: Int) {
        guard let kind = PlaceKind.allCases.first(where: { $0.rank == rank }) else { return nil }
        self = kind
    }
}
