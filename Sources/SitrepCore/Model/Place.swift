/// The kind of a gazetteer place, from most to least specific.
public enum PlaceKind: String, Codable, Sendable, CaseIterable, Comparable {
    case site, district, city, town, admin2, admin1, region, country
    public var rank: Int {
        switch self {
        case .site: 0
        case .district: 1
        case .city: 2
        case .town: 3
        case .admin2: 4
        case .admin1: 5
        case .region: 6
        case .country: 7
        }
    }
    public static func < (a: PlaceKind, b: PlaceKind) -> Bool { a.rank < b.rank }
    /// Whether this is a settlement or something inside one.
    public var isLocal: Bool { rank <= PlaceKind.town.rank }
}

/// A place as known to the gazetteer (or derived from one, such as "northern Hama").
public struct Place: Hashable, Sendable, Codable {
    /// Gazetteer key, unique per place ("P:12345", "A:SY.09", "C:SY", "R:north:A:SY.11").
    public var key: String
    public var name: String
    public var kind: PlaceKind
    public var admin1: String?
    public var country: String?
    public var countryCode: String?
    public var lat: Double
    public var lon: Double
    public var population: Int

    public init(key: String, name: String, kind: PlaceKind, admin1: String?, country: String?, countryCode: String?,
                lat: Double, lon: Double, population: Int = 0) {
        self.key = key; self.name = name; self.kind = kind; self.admin1 = admin1; self.country = country
        self.countryCode = countryCode; self.lat = lat; self.lon = lon; self.population = population
    }

    /// Whether this place lies inside (or is) `other`: same key, same admin1 or same country.
    public func isWithin(_ other: Place) -> Bool {
        if key == other.key { return true }
        switch other.kind {
        case .country: return countryCode != nil && countryCode == other.countryCode
        case .admin1: return admin1 != nil && admin1 == other.admin1 && countryCode == other.countryCode
        case .region: return countryCode == other.countryCode && kind.rank < PlaceKind.region.rank
                             && (other.admin1 == nil || other.admin1 == admin1)
        default: return false
        }
    }
}

/// A place as located by one passage: the place plus how precisely (ACLED geo_precision).
public struct Location: Hashable, Sendable, Codable {
    public var place: Place
    /// 1 named town or site, 2 near or part of a town, 3 region or larger.
    public var geoPrecision: Int
    public init(place: Place, geoPrecision: Int) { self.place = place; self.geoPrecision = geoPrecision }
}
