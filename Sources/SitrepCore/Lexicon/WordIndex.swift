/// What the lexicons know about a single word, beyond its cue categories: bits tested instead of dictionary lookups.
public struct WordFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first word of some actor alias key (`ActorDictionary.maxTokensByFirstWord`): `actorKey` or `actorPrefix`.
    public static let startsActor = WordFlags(rawValue: 1 << 0)
    /// The first word of some trigger phrase.
    public static let startsTrigger = WordFlags(rawValue: 1 << 1)
    /// A word that may open a relative date ("yesterday", "last", "earlier"…: `TemporalResolver.starters`).
    public static let temporalStarter = WordFlags(rawValue: 1 << 2)
    /// A weekday or month name.
    public static let calendarWord = WordFlags(rawValue: 1 << 3)
    /// A country demonym ("syrian").
    public static let demonym = WordFlags(rawValue: 1 << 4)
    /// A whole one-word actor alias key ("rebels").
    public static let actorKey = WordFlags(rawValue: 1 << 5)
    /// The first word of a longer actor alias key ("free" of "free syrian army").
    public static let actorPrefix = WordFlags(rawValue: 1 << 6)
    /// A word that is never a place on its own (`Gazetteer.isNotAPlace`).
    public static let notAPlace = WordFlags(rawValue: 1 << 7)
    /// The first word of some claim phrase (`ClaimLexicon`).
    public static let startsClaim = WordFlags(rawValue: 1 << 8)
    /// A common English function word (`BoilerplateDetector.english`): prose has many.
    public static let english = WordFlags(rawValue: 1 << 9)
}

/// Every lexicon's facts about single words, merged into one table so that each token is looked up once.
///
/// An open-addressing table on the tokens' precomputed `keyHash`, so a lookup hashes nothing.
public struct WordIndex: Sendable {
    /// One word's facts.
    struct Facts: Sendable {
        var cues: CueMask = .none
        var flags: WordFlags = []
    }
    private var words: [WordKey] = []
    private var hashes: [UInt64] = []
    private var facts: [Facts] = []
    private var slots: [Int32] = []
    private var mask = 0

    public init(cues: Cues, actors: ActorDictionary, triggers: TriggerLexicon, gazetteer: Gazetteer, claims: ClaimLexicon) {
        var merged: [String: Facts] = [:]
        for (word, mask) in cues.masks { merged[word, default: Facts()].cues = mask }
        func flag(_ words: some Sequence<String>, _ f: WordFlags) {
            for w in words { merged[w, default: Facts()].flags.insert(f) }
        }
        flag(actors.maxTokensByFirstWord.keys, .startsActor)
        flag(triggers.byFirst.keys, .startsTrigger)
        flag(TemporalResolver.starters, .temporalStarter)
        flag(CalendarWords.weekdays.keys, .calendarWord)
        flag(CalendarWords.months.keys, .calendarWord)
        flag(gazetteer.demonyms.keys, .demonym)
        flag(actors.byKey.keys.filter { !$0.utf8.contains(32) }, .actorKey)
        flag(actors.keyPrefixes.filter { !$0.utf8.contains(32) }, .actorPrefix)
        flag(claims.firstWords.map(\.string), .startsClaim)
        flag(BoilerplateDetector.english, .english)
        flag(gazetteer.notPlaces.filter { !$0.utf8.contains(32) }, .notAPlace)
        build(merged.sorted { $0.key < $1.key })
    }

    private mutating func build(_ entries: [(key: String, value: Facts)]) {
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        mask = size - 1
        slots = [Int32](repeating: -1, count: size)
        for (i, e) in entries.enumerated() {
            let h = NameKey.hash(e.key)
            words.append(WordKey(e.key)); hashes.append(h); facts.append(e.value)
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(i)
        }
    }

    /// The facts of a token's word, found by its `keyHash`.
    func facts(of token: Token) -> Facts? {
        var s = Int(truncatingIfNeeded: token.keyHash) & mask
        while slots[s] >= 0 {
            let e = Int(slots[s])
            if hashes[e] == token.keyHash && words[e] == token.word { return facts[e] }
            s = (s + 1) & mask
        }
        return nil
    }

    /// Fills in the tokens' `cues` and `flags` (punctuation is left alone).
    public func annotate(_ tokens: inout [Token]) {
        for i in tokens.indices where tokens[i].kind != .punct {
            guard let f = facts(of: tokens[i]) else { continue }
            tokens[i].cues = f.cues
            tokens[i].flags = f.flags
        }
    }

    /// Tokens with their `cues` and `flags` filled in.
    public func annotated(_ tokens: [Token]) -> [Token] {
        var out = tokens
        annotate(&out)
        return out
    }
}
