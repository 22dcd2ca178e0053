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
///
/// Its five texts live in one shared, immutable object, so that copying a place (into mentions, locations,
/// clusters, events) costs one reference count instead of five; setting a text makes a new object.
public struct Place: Hashable, Sendable, Codable {
    /// The texts of a place.
    struct Texts: Hashable, Sendable {
        var key: String
        var name: String
        var admin1: String?
        var country: String?
        var countryCode: String?
    }

    final class Storage: Sendable {
        let texts: Texts
        /// Whether the key is an unresolved place's (`Place.isUnresolved`), worked out once: merging asks it often.
        let unresolved: Bool
        init(_ texts: Texts) { self.texts = texts; unresolved = texts.key.utf8.first == UInt8(ascii: "L") }
    }

    private(set) var storage: Storage
    public var kind: PlaceKind
    public var lat: Double
    public var lon: Double
    public var population: Int

    /// Gazetteer key, unique per place ("P:12345", "A:SY.09", "C:SY", "R:north:A:SY.11").
    public var key: String { get { storage.texts.key } set { change { $0.key = newValue } } }
    public var name: String { get { storage.texts.name } set { change { $0.name = newValue } } }
    public var admin1: String? { get { storage.texts.admin1 } set { change { $0.admin1 = newValue } } }
    public var country: String? { get { storage.texts.country } set { change { $0.country = newValue } } }
    public var countryCode: String? { get { storage.texts.countryCode } set { change { $0.countryCode = newValue } } }

    public init(key: String, name: String, kind: PlaceKind, admin1: String?, country: String?, countryCode: String?,
                lat: Double, lon: Double, population: Int = 0) {
        storage = Storage(Texts(key: key, name: name, admin1: admin1, country: country, countryCode: countryCode))
        self.kind = kind; self.lat = lat; self.lon = lon; self.population = population
    }

    private mutating func change(_ edit: (inout Texts) -> Void) {
        var texts = storage.texts
        edit(&texts)
        storage = Storage(texts)
    }

    public static func == (a: Place, b: Place) -> Bool {
        a.kind == b.kind && a.lat == b.lat && a.lon == b.lon && a.population == b.population
            && (a.storage === b.storage || a.storage.texts == b.storage.texts)
    }

    public func hash(into h: inout Hasher) {
        h.combine(storage.texts); h.combine(kind); h.combine(lat); h.combine(lon); h.combine(population)
    }

    enum CodingKeys: String, CodingKey { case key, name, kind, admin1, country, countryCode, lat, lon, population }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(key: try c.decode(String.self, forKey: .key), name: try c.decode(String.self, forKey: .name),
                  kind: try c.decode(PlaceKind.self, forKey: .kind), admin1: try c.decodeIfPresent(String.self, forKey: .admin1),
                  country: try c.decodeIfPresent(String.self, forKey: .country),
                  countryCode: try c.decodeIfPresent(String.self, forKey: .countryCode),
                  lat: try c.decode(Double.self, forKey: .lat), lon: try c.decode(Double.self, forKey: .lon),
                  population: try c.decode(Int.self, forKey: .population))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key); try c.encode(name, forKey: .name); try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(admin1, forKey: .admin1); try c.encodeIfPresent(country, forKey: .country)
        try c.encodeIfPresent(countryCode, forKey: .countryCode)
        try c.encode(lat, forKey: .lat); try c.encode(lon, forKey: .lon); try c.encode(population, forKey: .population)
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
