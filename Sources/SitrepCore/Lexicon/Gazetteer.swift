import Foundation

/// Worldwide gazetteer: countries, first-level divisions, populated places and sites, looked up by normalised key.
///
/// Loaded from `countries.tsv`, `admin1.tsv`, `places.tsv` and `not-places.txt` (see `Data/gazetteer/README.md`).
/// The files stay in memory as bytes; hash indexes point into them, and `Place` values are built on lookup.
public struct Gazetteer: Sendable {
    static let countryTable: UInt8 = 0, admin1Table: UInt8 = 1, placeTable: UInt8 = 2

    /// countries.tsv, admin1.tsv, places.tsv, in that order (the `Entry.table` numbers).
    let tables: [Table]
    /// Parsed numbers and references, one per table, row for row.
    var columns: [Columns]
    var keys = KeyIndex(entries: [], hashes: [])
    var skeletons = KeyIndex(entries: [], hashes: [])
    /// The `key` column of places.tsv, and the `code` column of admin1.tsv.
    var recordKeys = KeyIndex(entries: [], hashes: [])
    var admin1Codes = KeyIndex(entries: [], hashes: [])
    var countryCodes: [UInt16: Int32] = [:]
    /// Normalised demonym → row in countries.tsv.
    var demonyms = WordTable<Int32>()
    /// Demonyms of several words ("south sudanese"), by last word.
    var compoundDemonyms = CompoundDemonyms()
    /// Row in places.tsv of each country's capital, row for row with countries.tsv; -1 where none is known.
    var capitals: [Int32] = []
    /// The places.tsv keys of the capitals.
    var capitalKeys: Set<String> = []
    var notPlaces: Set<String> = []
    /// Keys that are also common words or people's names: places only with strong support (`ambiguous.txt`).
    var ambiguous: [String: AmbiguousKind] = [:]
    var longestKey = 0
    /// Every country as a `Place`, row for row, and every division's name (`cacheSharedNames`).
    var countryPlaces: [Place] = []
    var admin1Names: [String] = []

    /// Numbers and cross-references of one table's rows.
    struct Columns: Sendable {
        var lat: [Double] = [], lon: [Double] = [], population: [Int] = []
        /// Row in countries.tsv (admin1 and places), row in admin1.tsv or -1 (places).
        var country: [Int32] = [], admin1: [Int32] = []
        var kind: [PlaceKind] = []
    }

    /// Longest key in tokens, capped at 6: the longest n-gram worth looking up.
    public var maxKeyTokens: Int { min(longestKey, 6) }

    /// Number of countries, first-level divisions and places.
    public var placeCount: Int { tables.reduce(0) { $0 + $1.count } }

    /// Whether `key` (normalised) is a common word or name that must not be read as a place on its own.
    public func isNotAPlace(_ key: String) -> Bool { notPlaces.contains(key) }

    /// Whether `key` (normalised) is also a common word or a person's name, and which.
    public func ambiguity(of key: String) -> AmbiguousKind? { ambiguous[key] }

    /// Countries, first-level divisions and places whose normalised names include `key`, most important first:
    /// countries, then divisions (each preceded by a city of the same name inside it), then by population.
    public func places(forKey key: String) -> [Place] { Self.withBytes(key) { places(forKey: $0) } }

    /// `places(forKey:)` on the key's UTF-8 bytes.
    func places(forKey bytes: UnsafeBufferPointer<UInt8>) -> [Place] {
        ranked(keys.lookup(bytes, in: tables)).map { place(table: $0.table, row: Int($0.row)) }
    }

    /// Whether any country, division or place has this normalised key (no `Place` values built).
    public func hasKey(_ key: String) -> Bool { Self.withBytes(key) { hasKey(bytes: $0) } }

    /// `hasKey` on the key's UTF-8 bytes.
    func hasKey(bytes: UnsafeBufferPointer<UInt8>) -> Bool { firstKeyEntry(bytes: bytes) != nil }

    /// The first record of a key, if any: its `identity` names the key without building a String.
    func firstKeyEntry(bytes: UnsafeBufferPointer<UInt8>) -> Entry? { keys.first(bytes, in: tables) }

    /// `hasSkeleton` on the skeleton's UTF-8 bytes.
    func hasSkeleton(bytes: UnsafeBufferPointer<UInt8>) -> Bool { skeletons.first(bytes, in: tables) != nil }

    /// Whether any division or place has this skeleton.
    public func hasSkeleton(_ skeleton: String) -> Bool { Self.withBytes(skeleton) { hasSkeleton(bytes: $0) } }

    /// Divisions and places whose consonant skeleton (`NameKey.skeleton(ofKey:)`) is `skeleton`, most populous first.
    public func places(forSkeleton skeleton: String) -> [Place] {
        let found = Self.withBytes(skeleton) { skeletons.lookup($0, in: tables) }
        let records = unique(found).sorted { a, b in
            let pa = population(a), pb = population(b)
            return pa != pb ? pa > pb : (a.table, a.row) < (b.table, b.row)
        }
        return records.map { place(table: $0.table, row: Int($0.row)) }
    }

    /// The place with gazetteer key `key`: "C:SY", "A:SY.09", "P:170063", "AP:OSAP", "S:12".
    public func place(key: String) -> Place? {
        if key.hasPrefix("C:") { return country(code: String(key.dropFirst(2))) }
        if key.hasPrefix("A:") {
            let code = String(key.dropFirst(2))
            guard let e = Self.withBytes(code, { admin1Codes.first($0, in: tables) }) else { return nil }
            return place(table: Self.admin1Table, row: Int(e.row))
        }
        guard let e = Self.withBytes(key, { recordKeys.first($0, in: tables) }) else { return nil }
        return place(table: Self.placeTable, row: Int(e.row))
    }

    /// The country with ISO code `code` ("SY").
    public func country(code: String) -> Place? {
        guard let packed = Self.packCountryCode(code.utf8), let row = countryCodes[packed] else { return nil }
        return place(table: Self.countryTable, row: Int(row))
    }

    /// The ISO code of the country a normalised demonym refers to, without building its `Place`.
    public func countryCode(forDemonym key: String) -> String? { countryCode(forDemonym: WordKey(key)) }

    /// `countryCode(forDemonym:)` of a token's word.
    public func countryCode(forDemonym word: WordKey) -> String? {
        demonyms[word].flatMap { countryCode(row: $0) }
    }

    /// The country code of the demonym whose last word is the token at `i` ("Sudanese", "South Sudanese", "Sierra
    /// Leoneans"; its earlier words from `lower` on), and the demonym's first token. A demonym of several words wins
    /// over its last word alone.
    public func demonym(endingAt i: Int, tokens: [Token], from lower: Int) -> (cc: String, start: Int)? {
        if let (row, start) = compoundDemonyms.match(endingAt: i, tokens: tokens, from: lower) {
            return countryCode(row: row).map { ($0, start) }
        }
        return countryCode(forDemonym: tokens[i].word).map { ($0, i) }
    }

    /// The ISO code of the country at `row` of countries.tsv.
    private func countryCode(row: Int32) -> String? {
        Int(row) < countryPlaces.count ? countryPlaces[Int(row)].countryCode : tables[Int(Self.countryTable)].string(Int(row), 0)
    }

    /// `country(forDemonym:)` of a token's word.
    public func country(forDemonym word: WordKey) -> Place? {
        demonyms[word].map { place(table: Self.countryTable, row: Int($0)) }
    }

    /// The capital of the country a demonym refers to ("the Somali capital"), if the gazetteer knows it.
    public func capital(forDemonym word: WordKey) -> Place? {
        guard let row = demonyms[word], Int(row) < capitals.count, capitals[Int(row)] >= 0 else { return nil }
        return place(table: Self.placeTable, row: Int(capitals[Int(row)]))
    }

    /// The capital of the country with ISO code `code` ("the capital of Guinea-Bissau"), if the gazetteer knows it.
    public func capital(ofCountry code: String) -> Place? {
        guard let packed = Self.packCountryCode(code.utf8), let row = countryCodes[packed], Int(row) < capitals.count,
              capitals[Int(row)] >= 0 else { return nil }
        return place(table: Self.placeTable, row: Int(capitals[Int(row)]))
    }

    /// Whether `place` is its country's capital ("Moscow", "Kinshasa"): a capital often stands for its government.
    public func isCapital(_ place: Place) -> Bool { place.kind.isLocal && capitalKeys.contains(place.key) }

    /// The country a normalised demonym refers to ("syrian" → Syria).
    public func country(forDemonym key: String) -> Place? { country(forDemonym: WordKey(key)) }

    /// The first-level division containing `place` (itself if it is one); nil for countries and unknown divisions.
    public func admin1(of place: Place) -> Place? {
        if place.kind == .admin1, let own = self.place(key: place.key) { return own }
        if let e = Self.withBytes(place.key, { recordKeys.first($0, in: tables) }) {
            let a = columns[Int(Self.placeTable)].admin1[Int(e.row)]
            return a >= 0 ? self.place(table: Self.admin1Table, row: Int(a)) : nil
        }
        guard let name = place.admin1 else { return nil }
        return places(forKey: NameKey.normalize(name)).first {
            $0.kind == .admin1 && $0.countryCode == place.countryCode && $0.name == name
        }
    }
}
