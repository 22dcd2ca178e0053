import Foundation

/// One actor of the dictionary: canonical name, ACLED inter code, country, kind.
///
/// A name containing `{country}` is a template ("Military Forces of {country}") for descriptive
/// references ("regime forces", "residents") that take the country of the article or passage. A class: entries are
/// immutable and shared, and matches copy them often.
public final class ActorEntry: Hashable, Sendable {
    /// Canonical name in ACLED style, possibly a `{country}` template.
    public let name: String
    /// ACLED interaction code: 1 state forces … 8 external/other forces; 0 non-armed claim source.
    public let inter: Int
    /// ISO 3166 alpha-2 code of the home country; nil for international bodies and templates.
    public let countryCode: String?
    /// One of `ActorEntry.kinds`.
    public let kind: String

    /// Whether the name contains the `{country}` placeholder.
    public var isTemplate: Bool { templateParts != nil }
    /// The name around `{country}` (templates only), so filling it needs no search.
    let templateParts: (before: String, after: String)?
    /// The name with the placeholder and its connector dropped (templates only): "Military Forces".
    let bareName: String

    public init(name: String, inter: Int, countryCode: String?, kind: String) {
        self.name = name; self.inter = inter; self.countryCode = countryCode; self.kind = kind
        let range = name.range(of: "{country}")
        templateParts = range.map { (String(name[..<$0.lowerBound]), String(name[$0.upperBound...])) }
        bareName = range == nil ? name : name.replacingOccurrences(of: " of {country}", with: "")
            .replacingOccurrences(of: " ({country})", with: "")
            .replacingOccurrences(of: "{country}", with: "")
            .trimmingCharacters(in: .whitespaces)
    }

    public static func == (a: ActorEntry, b: ActorEntry) -> Bool {
        a.name == b.name && a.inter == b.inter && a.countryCode == b.countryCode && a.kind == b.kind
    }

    public func hash(into h: inout Hasher) { h.combine(name); h.combine(inter); h.combine(countryCode); h.combine(kind) }

    /// The kinds an actor may have, and the class each belongs to for alias-collision checks.
    public static let kindClasses: [String: String] = [
        "state_forces": "armed", "rebel_group": "armed", "militia": "armed", "identity_militia": "armed",
        "jihadist": "armed", "external_forces": "armed",
        "government": "authority", "official": "authority",
        "monitor": "source", "humanitarian": "source", "un": "source", "media": "source",
        "civilians": "civilians", "generic": "generic",
    ]

    /// Whether this actor is armed (state forces, rebels, militias, jihadists, external forces).
    public var isArmed: Bool { ActorEntry.kindClasses[kind] == "armed" }

    /// Whether this actor is typically quoted as a source of claims (monitors, media, officials, UN…).
    public var isClaimSource: Bool {
        ["monitor", "humanitarian", "un", "media", "official", "government"].contains(kind) || inter == 0
    }

    /// The name with `{country}` filled in: "Military Forces of Syria", "Civilians (Sudan)".
    ///
    /// Without a country the placeholder and its connector are dropped: "Military Forces",
    /// "Civilians", "Unidentified Armed Group". Non-template names are returned unchanged.
    public func resolved(countryName: String?) -> String {
        guard let parts = templateParts else { return name }
        if let countryName, !countryName.isEmpty { return parts.before + countryName + parts.after }
        return bareName
    }
}

/// The actor dictionary, looked up by normalised alias key or, for capitalised abbreviations, exact text.
///
/// Built by `ActorDictionary.load(file:)` from `Data/actors.tsv` (format in `Data/README-lexicons.md`).
public struct ActorDictionary: Sendable {
    var list: [ActorEntry] = []
    /// Regional branches of templates: template → country code → the branch's name (`Data/affiliates.tsv`).
    var affiliates: [String: [String: String]] = [:]
    var byKey: [String: [Int]] = [:]
    var byAbbreviation: [String: [Int]] = [:]
    var indexByName: [String: Int] = [:]
    var aliasesByIndex: [[String]] = []

    /// The largest number of tokens in any normalised key (for n-gram scanning).
    public internal(set) var maxKeyTokens = 0
    /// For each first word of a key, the most tokens a key starting with it has (more than one: it may start a
    /// longer alias).
    public internal(set) var maxTokensByFirstWord: [String: Int] = [:]
    /// Each key and its actors (`byKey`) by the hash of its words (`wordsHash`), so token scans look keys up
    /// without building strings.
    var keyByWordsHash = HashedTable<(key: String, indices: [Int])>()
    /// `wordsHash` of every proper word prefix of a multi-word key.
    var prefixWordsHashes = HashedTable<Bool>()

    /// The hash of a word sequence: the first word's `Gazetteer.hash`, then `wordsHash(_:then:)` for each next word.
    static func wordsHash(_ h: UInt64, then word: UInt64) -> UInt64 {
        Gazetteer.finish((h &* 0x100_0000_01b3) ^ word)
    }

    /// All actors, in file order.
    public var allEntries: [ActorEntry] { list }

    /// Actors whose alias or canonical name has this normalised key (`NameKey.normalize`), in file order.
    /// - Complexity: O(1) average.
    public func entries(forKey key: String) -> [ActorEntry] { (byKey[key] ?? []).map { list[$0] } }

    /// Actors with this exact, case-sensitive abbreviation ("HTS", "IS", "M23", "ISIS-K").
    public func entries(forExactAbbreviation text: String) -> [ActorEntry] {
        (byAbbreviation[text] ?? []).map { list[$0] }
    }

    /// The actor with this canonical name (templates by their `{country}` name).
    public func entry(named canonical: String) -> ActorEntry? { indexByName[canonical].map { list[$0] } }

    /// The aliases of an actor as written in the file (without '?' marks), for completion.
    public func aliases(of canonical: String) -> [String] { indexByName[canonical].map { aliasesByIndex[$0] } ?? [] }

    /// Picks among candidates: an actor based in `countryCode` first, then international ones and
    /// templates, then any other; ties keep file order.
    public static func preferred<C: Collection<ActorEntry>>(_ candidates: C, countryCode: String?) -> ActorEntry? {
        func rank(_ e: ActorEntry) -> Int {
            if let c = countryCode, e.countryCode == c { return 0 }
            return e.countryCode == nil ? 1 : 2
        }
        return candidates.enumerated().min { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }?.element
    }

    /// Whether an alias as written is a capitalised abbreviation, matched case-sensitively:
    /// no whitespace, no lowercase letter, at least one uppercase letter ("IS", "M23", "SPLM-N"); or one word of ASCII
    /// letters with a capital after its first letter ("LeT", "FAMa", "IDPs"), whose lowercase form is often a word
    /// of its own ("let").
    public static func isAbbreviation<S: StringProtocol>(_ alias: S) -> Bool {
        if hasInnerCapital(alias) { return true }
        var upper = false
        for b in alias.utf8 {
            switch b {
            case 65...90: upper = true
            case 97...122, 9, 10, 13, 32: return false
            case 128...: return alias.unicodeScalars.allSatisfy { !$0.properties.isLowercase && !$0.properties.isWhitespace }
                && alias.unicodeScalars.contains { $0.properties.isUppercase }
            default: continue
            }
        }
        return upper
    }

    /// One word of ASCII letters, an uppercase one after the first and a lowercase one somewhere ("LeT", "PressTV").
    public static func hasInnerCapital<S: StringProtocol>(_ word: S) -> Bool {
        word.utf8.allSatisfy { ($0 | 0x20) &- 97 < 26 } && word.utf8.contains { $0 &- 97 < 26 } && WordKey(String(word)).hasCapitalAfterFirst
    }
}
