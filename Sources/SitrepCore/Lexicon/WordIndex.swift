/// What the lexicons know about a single word, beyond its cue categories: bits tested instead of dictionary lookups.
public struct WordFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The first word of some actor alias key (`ActorDictionary.maxTokensByFirstWord`).
    public static let startsActor = WordFlags(rawValue: 1 << 0)
    /// The first word of some trigger phrase.
    public static let startsTrigger = WordFlags(rawValue: 1 << 1)
    /// A word that may open a relative date ("yesterday", "last", "earlier"…: `TemporalResolver.starters`).
    public static let temporalStarter = WordFlags(rawValue: 1 << 2)
    /// A weekday or month name.
    public static let calendarWord = WordFlags(rawValue: 1 << 3)
    /// A country demonym ("syrian").
    public static let demonym = WordFlags(rawValue: 1 << 4)
}

/// Every lexicon's facts about single words, merged into one table so that each token is looked up once.
public struct WordIndex: Sendable {
    private var facts: [String: (cues: CueMask, flags: WordFlags)] = [:]

    public init(cues: Cues, actors: ActorDictionary, triggers: TriggerLexicon, gazetteer: Gazetteer) {
        for (word, mask) in cues.masks { facts[word, default: (.none, [])].cues = mask }
        func flag(_ words: some Sequence<String>, _ f: WordFlags) {
            for w in words { facts[w, default: (.none, [])].flags.insert(f) }
        }
        flag(actors.maxTokensByFirstWord.keys, .startsActor)
        flag(triggers.byFirst.keys, .startsTrigger)
        flag(TemporalResolver.starters, .temporalStarter)
        flag(CalendarWords.weekdays.keys, .calendarWord)
        flag(CalendarWords.months.keys, .calendarWord)
        flag(gazetteer.demonyms.keys, .demonym)
    }

    /// Tokens with their `cues` and `flags` filled in (punctuation is left alone).
    public func annotate(_ tokens: [Token]) -> [Token] {
        var out = tokens
        for i in out.indices where out[i].kind != .punct {
            guard let f = facts[out[i].key] else { continue }
            out[i].cues = f.cues
            out[i].flags = f.flags
        }
        return out
    }
}
