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
    /// A place name that is also a common English word ("area"; `Gazetteer.ambiguity(of:)`).
    public static let commonWord = WordFlags(rawValue: 1 << 10)
    /// A place name that is also a common first or last name ("taylor").
    public static let personName = WordFlags(rawValue: 1 << 11)
}

/// Every lexicon's facts about single words, merged into one table so that each token is looked up once.
///
/// A `WordTable` probed with the tokens' precomputed `keyHash`, so a lookup hashes nothing.
public struct WordIndex: Sendable {
    /// One word's facts.
    struct Facts: Sendable {
        var cues: CueMask = .none
        var flags: WordFlags = []
    }
    private var table = WordTable<Facts>()

    public init(cues: Cues, actors: ActorDictionary, triggers: TriggerLexicon, gazetteer: Gazetteer, claims: ClaimLexicon) {
        for (word, mask) in cues.masks { table[WordKey(word), default: Facts()].cues = mask }
        func flagWords(_ words: some Sequence<WordKey>, _ f: WordFlags) {
            for w in words { table[w, default: Facts()].flags.insert(f) }
        }
        func flag(_ words: some Sequence<String>, _ f: WordFlags) { flagWords(words.lazy.map(WordKey.init), f) }
        flag(actors.maxTokensByFirstWord.keys, .startsActor)
        flagWords(triggers.firstWords, .startsTrigger)
        flag(TemporalResolver.starters, .temporalStarter)
        flag(CalendarWords.weekdays.keys, .calendarWord)
        flag(CalendarWords.months.keys, .calendarWord)
        flagWords(gazetteer.demonyms.lazy.map(\.key), .demonym)
        flagWords(gazetteer.compoundDemonyms.lastWords, .demonym)
        flag(actors.byKey.keys.filter { !$0.utf8.contains(32) }, .actorKey)
        flag(actors.maxTokensByFirstWord.filter { $0.value > 1 }.keys, .actorPrefix)
        flagWords(claims.firstWords, .startsClaim)
        flag(BoilerplateDetector.english, .english)
        flag(gazetteer.notPlaces.filter { !$0.utf8.contains(32) }, .notAPlace)
        flag(gazetteer.ambiguous.filter { $0.value == .word }.keys, .commonWord)
        flag(gazetteer.ambiguous.filter { $0.value == .name }.keys, .personName)
    }

    /// The facts of a token's word, found by its `keyHash`.
    func facts(of token: Token) -> Facts? { table.value(for: token.word, hash: token.keyHash) }

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
