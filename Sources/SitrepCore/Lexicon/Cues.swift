import Foundation

/// A set of multi-word phrases matched on normalised tokens, indexed by first token.
public struct PhraseSet: Sendable {
    /// A phrase and the value attached to it (number words, vague counts), if any.
    struct Phrase: Sendable {
        let words: [WordKey]
        var value: Int?
    }

    /// Phrases by first word, longest first.
    var byFirst = WordTable<[Phrase]>()
    public private(set) var maxLength = 0

    mutating func insert(_ tokens: [String], value: Int?) {
        let words = tokens.map(WordKey.init)
        guard let f = words.first else { return }
        var list = byFirst[f] ?? []
        if let k = list.firstIndex(where: { $0.words == words }) { list[k].value = value ?? list[k].value } else {
            list.append(Phrase(words: words, value: value))
            list.sort { $0.words.count > $1.words.count }
        }
        byFirst[f] = list
        maxLength = max(maxLength, words.count)
    }

    /// Whether the single-token phrase `key` is in the set.
    public func contains(_ key: String) -> Bool { contains(WordKey(key)) }
    public func contains(_ key: WordKey) -> Bool { byFirst[key]?.contains { $0.words.count == 1 } ?? false }

    /// Length of the longest phrase starting at `keys[i]` and ending by `end` (default: the end of `keys`), or nil.
    public func match<C: RandomAccessCollection<WordKey>>(_ keys: C, at i: Int, end: Int? = nil) -> Int? where C.Index == Int {
        phrase(keys, at: i, end: end)?.words.count
    }

    /// The longest phrase starting at `keys[i]` and ending by `end`, or nil.
    func phrase<C: RandomAccessCollection<WordKey>>(_ keys: C, at i: Int, end: Int? = nil) -> Phrase? where C.Index == Int {
        let end = min(end ?? keys.endIndex, keys.endIndex)
        guard i >= keys.startIndex, i < end, let cands = byFirst[keys[i]] else { return nil }
        return cands.first { i + $0.words.count <= end && Self.spells($0.words, keys, at: i) }
    }

    /// Whether `keys` from `i` on read `words` (the caller checks the length; the first word is known to match).
    @inline(__always)
    static func spells<C: RandomAccessCollection<WordKey>>(_ words: [WordKey], _ keys: C, at i: Int) -> Bool where C.Index == Int {
        var k = 1
        while k < words.count, words[k] == keys[i + k] { k += 1 }
        return k == words.count
    }

    /// The value attached to a phrase (number words, vague counts).
    public func value(of phrase: some Collection<WordKey>) -> Int? {
        guard let first = phrase.first else { return nil }
        return byFirst[first]?.first { $0.words.elementsEqual(phrase) }?.value
    }
}

/// The cue categories of `Data/cues.tsv` (at most 64); a row with any other category is an error.
public enum CueCategory: Int, CaseIterable, Sendable {
    case personNoun
    case future
    case locativeOfHead
    case boilerplateContains
    case attributionVerb
    case personTitle
    case boilerplateBlock
    case boilerplateTail
    case nonPersonUnit
    case numberWord
    case designator
    case locativePrep
    case fatalityQualifier
    case direction
    case definiteEventNoun
    case deathWord
    case boilerplateLabel
    case captureVerb
    case negation
    case eventIntroducer
    case adminDesignator
    case cumulativeNoun
    case auxiliary
    case vagueCount
    case referenceDeterminer
    case woundWord
    case subsetMarker
    case tollWord
    case denialVerb
    case claimVerbPast
    case attributionPrep
    case numberScale
    case casualtyWord
    case demand
    case comparison
    case pastForm
    case subordinator
    case clauseOpener
    case adverb
    case preposition
    case quantityHead
    case groupName
    case actorQualifier
    case ownership
    case responsibility
    case facilityNoun
    case sufferingVerb
    case anotherWord
    case townNoun
    case forcesNoun
    case campaignNoun
    case abductWord
    case arrestWord
    case releaseWord
    case militaryUse
    case occurrenceVerb
    case movableNoun
    case waterBody
    case backgroundAdverb
    case mediaNoun
    case onsetVerb
    case renewalWord
    case compulsionVerb
    case aspectVerb

    /// The category's name in the data file.
    public var name: String { CueCategory.names[rawValue] }
    static let names = ["person_noun", "future", "locative_of_head", "boilerplate_contains", "attribution_verb", "person_title", "boilerplate_block", "boilerplate_tail", "non_person_unit", "number_word", "designator", "locative_prep", "fatality_qualifier", "direction", "definite_event_noun", "death_word", "boilerplate_label", "capture_verb", "negation", "event_introducer", "admin_designator", "cumulative_noun", "auxiliary", "vague_count", "reference_determiner", "wound_word", "subset_marker", "toll_word", "denial_verb", "claim_verb_past", "attribution_prep", "number_scale", "casualty_word", "demand", "comparison", "past_form", "subordinator", "clause_opener", "adverb", "preposition", "quantity_head", "group_name", "actor_qualifier", "ownership", "responsibility", "facility_noun", "suffering_verb", "another_word", "town_noun", "forces_noun", "campaign_noun", "abduct_word", "arrest_word", "release_word", "military_use", "occurrence_verb", "movable_noun", "water_body", "background_adverb", "media_noun", "onset_verb", "renewal_word", "compulsion_verb", "aspect_verb"]
    /// The category named so in the data file.
    public init?(name: String) {
        guard let i = CueCategory.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: i)
    }

    /// This category's bit in a `CueMask`.
    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }
}

/// Which cue categories a word is (as a one-word phrase) or starts (as the first word of a phrase): two bit sets
/// computed once per token, so that the extractor's many cue checks are bit tests instead of dictionary lookups.
public struct CueMask: Hashable, Sendable {
    var single: UInt64 = 0
    var start: UInt64 = 0
    public static let none = CueMask()
}

/// Language cues the extractor relies on (Data/cues.tsv), by category.
public struct Cues: Sendable {
    private var sets = Array(repeating: PhraseSet(), count: CueCategory.allCases.count)
    private(set) var masks: [String: CueMask] = [:]

    public subscript(_ category: CueCategory) -> PhraseSet { sets[category.rawValue] }

    public static func load(file: URL) throws -> Cues {
        try parse(DataFile.read(file, what: "cues file"), name: file.lastPathComponent)
    }

    public static func parse(_ bytes: [UInt8], name: String) throws -> Cues {
        var cues = Cues()
        for (line, f) in DataFile.rows(bytes) {
            guard f.count >= 2, !f[0].isEmpty else {
                throw LexiconError(file: name, line: line, message: "expected 'category<TAB>phrase[<TAB>value]'")
            }
            guard let category = CueCategory(name: String(f[0])) else {
                let known = CueCategory.names.sorted().joined(separator: ", ")
                throw LexiconError(file: name, line: line, message: "unknown category '\(f[0])'; use one of: \(known)")
            }
            let tokens = NameKey.normalize(f[1]).split(separator: " ").map(String.init)
            let keyTokens = tokens.isEmpty ? [String(f[1])] : tokens
            var value: Int? = nil
            if f.count > 2, !f[2].isEmpty {
                guard let v = Int(f[2]) else { throw LexiconError(file: name, line: line, message: "value '\(f[2])' is not a number") }
                value = v
            }
            cues.sets[category.rawValue].insert(keyTokens, value: value)
            var mask = cues.masks[keyTokens[0], default: .none]
            mask.start |= category.bit
            if keyTokens.count == 1 { mask.single |= category.bit }
            cues.masks[keyTokens[0]] = mask
        }
        return cues
    }
}

extension Token {
    /// Whether this word is a one-word phrase of the cue category.
    @inline(__always) public func isCue(_ c: CueCategory) -> Bool { cues.single & c.bit != 0 }
    /// Whether some phrase of the cue category starts with this word.
    @inline(__always) public func startsCue(_ c: CueCategory) -> Bool { cues.start & c.bit != 0 }
}
