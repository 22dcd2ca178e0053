import Foundation

/// One trigger phrase: tokens (normalised; "*" = gap of up to 3 tokens), the ACLED type it signals, weight, class.
///
/// Immutable and shared (a class): every hit of a trigger refers to the lexicon's one copy.
public final class Trigger: Hashable, Sendable {
    /// Normalised tokens; `Trigger.gap` stands for 0…`Trigger.maxGap` arbitrary tokens.
    public var tokens: [String] { pattern.map(\.string) }
    /// The phrase as written in the file after brace expansion ("airstrikes", "cost * control of").
    public let phrase: String
    public let eventType: EventType
    /// An exact ACLED sub-event type of `eventType`, or `Trigger.territory` (Battles only).
    public let subEventType: String
    /// 3 = unambiguous ("airstrike"), 2 = usual, 1 = weak or generic ("attack", "operation");
    /// 0 = a blocker: a phrase that is no event and stops the shorter triggers inside it ("riot police", "arrest warrant").
    public let weight: Int
    /// Noun triggers ("the offensive") often merely refer to an event reported elsewhere.
    public let isNoun: Bool
    /// The normalised tokens as `WordKey`s, for matching a document's keys.
    let pattern: [WordKey]
    /// Number of literal (non-gap) tokens: the specificity used to rank competing matches.
    public let literalCount: Int
    /// The pattern's second word (empty for one word): read without touching the pattern array when matching.
    let second: WordKey
    /// Whether the phrase names a bomb ("bombed", "carried out a bombing"): worked out once, not per hit.
    public let namesBomb: Bool

    /// The gap token in `tokens`.
    public static let gap = "*"
    /// The most tokens a gap may skip.
    public static let maxGap = 3
    /// Sub-event placeholder: "Non-state actor overtakes territory" or "Government regains territory",
    /// decided by the extractor from the actor who gains ground.
    public static let territory = "territory"
    /// Sub-event placeholder of words that name violence without its kind ("the violence", "the bloodshed"): the
    /// event is of the kind the article just told, a battle when it told none.
    public static let context = "context"

    init(pattern: [WordKey], phrase: String, eventType: EventType, subEventType: String, weight: Int, isNoun: Bool) {
        self.pattern = pattern; self.phrase = phrase; self.eventType = eventType; self.subEventType = subEventType
        self.weight = weight; self.isNoun = isNoun
        literalCount = pattern.count { $0 != TriggerLexicon.gapWord }
        second = pattern.count > 1 ? pattern[1] : WordKey()
        let u = Array(phrase.utf8), bomb = Array("bomb".utf8)
        namesBomb = u.count >= bomb.count && (0...(u.count - bomb.count)).contains { u[$0..<($0 + bomb.count)].elementsEqual(bomb) }
    }

    convenience init(tokens: [String], phrase: String, eventType: EventType, subEventType: String, weight: Int, isNoun: Bool) {
        self.init(pattern: tokens.map(WordKey.init), phrase: phrase, eventType: eventType, subEventType: subEventType, weight: weight, isNoun: isNoun)
    }

    public static func == (a: Trigger, b: Trigger) -> Bool {
        a === b || (a.pattern == b.pattern && a.phrase == b.phrase && a.eventType == b.eventType
                    && a.subEventType == b.subEventType && a.weight == b.weight && a.isNoun == b.isNoun)
    }

    public func hash(into h: inout Hasher) {
        h.combine(pattern); h.combine(phrase); h.combine(eventType); h.combine(subEventType); h.combine(weight); h.combine(isNoun)
    }

    /// A weak word of harm ("killed", "beaten") that names no kind of event: another event word beside it decides.
    public var isGenericHarm: Bool { eventType == .violenceAgainstCivilians && subEventType == "Attack" && weight == 1 }
    /// Event type and sub-event type a blocker carries (never read: a blocker makes no hit).
    static let blocker = (eventType: EventType.strategicDevelopments, subEventType: "-")

    /// A phrase that is no event: the scanner skips its words instead of reading a shorter trigger inside it.
    public var isBlocker: Bool { weight == 0 }

    /// Whether the sub-event type still has to be chosen by who takes the territory.
    public var isTerritory: Bool { subEventType == Trigger.territory }
}

/// The trigger lexicon, indexed by first token.
///
/// Built by `TriggerLexicon.load(file:)` from `Data/triggers.tsv` (format in `Data/README-lexicons.md`).
public struct TriggerLexicon: Sendable {
    /// Triggers by first token, most specific first.
    var compiled = WordTable<[Trigger]>()

    /// Number of triggers after brace expansion.
    public internal(set) var count = 0

    /// All triggers, grouped by first token and ordered as by `triggers(startingWith:)`.
    public var allTriggers: [Trigger] {
        compiled.sorted { $0.key.string < $1.key.string }.flatMap(\.value)
    }

    /// Triggers whose first token is `token`, most specific (most literal tokens) first.
    public func triggers(startingWith token: String) -> [Trigger] { compiled[WordKey(token)] ?? [] }

    /// Whether the trigger written `phrase` is a generic word of harm (`Trigger.isGenericHarm`).
    public func isGenericHarm(phrase: String) -> Bool {
        let first = phrase.split(separator: " ").first.map(String.init) ?? phrase
        return triggers(startingWith: first).contains { $0.phrase == phrase && $0.isGenericHarm }
    }

    /// The first tokens of all triggers.
    var firstWords: [WordKey] { compiled.map(\.key) }

    /// The best trigger matching at `tokens[index]` and the number of tokens it spans (gaps included).
    ///
    /// `tokens` are normalised single-word keys (`NameKey.normalize` of each word); a "-" key between two literal words
    /// of a trigger is skipped, so "air strike" matches "air-strike". Best means most
    /// literal tokens, then the higher weight, then the shorter span, then file order.
    /// - Complexity: O(t · 4^g) for t candidate triggers with g gaps each (g ≤ 2 in practice).
    public func match(tokens: [String], at index: Int) -> (trigger: Trigger, length: Int)? {
        match(words: tokens.map(WordKey.init), at: index)
    }

    /// As `match(tokens:at:)`, on a document's word keys.
    public func match(words: [WordKey], at index: Int) -> (trigger: Trigger, length: Int)? {
        guard index >= 0, index < words.count, let candidates = compiled[words[index]] else { return nil }
        var best: (candidate: Int, length: Int)?
        let next = index + 1 < words.count ? words[index + 1] : WordKey()
        for c in candidates.indices {
            // Candidates come most literal first: once one matched, fewer literal words cannot beat it.
            if let b = best, candidates[c].literalCount < candidates[b.candidate].literalCount { break }
            // A literal second word that is not there rules the candidate out without the gap search.
            let second = candidates[c].second
            if !second.isEmpty, second != Self.gapWord, next != second, next != Self.hyphenWord || next.isEmpty { continue }
            let pattern = candidates[c].pattern
            // After a leading gap, the next literal word must come within the gap's reach.
            if pattern.count > 2, second == Self.gapWord, pattern[2] != Self.gapWord,
               !Self.within(pattern[2], words, from: index + 1, reach: Trigger.maxGap + 1) { continue }
            guard let end = TriggerLexicon.end(of: pattern, from: 1, in: words, at: index + 1) else { continue }
            guard let b = best else { best = (c, end - index); continue }
            let (t, o) = (candidates[c], candidates[b.candidate])
            if (t.literalCount, t.weight, -(end - index)) > (o.literalCount, o.weight, -b.length) { best = (c, end - index) }
        }
        return best.map { (candidates[$0.candidate], $0.length) }
    }

    /// Whether `word` is among the `reach` words from `from` on.
    @inline(__always) static func within(_ word: WordKey, _ words: [WordKey], from: Int, reach: Int) -> Bool {
        var i = from
        while i < min(words.count, from + reach) { if words[i] == word { return true }; i += 1 }
        return false
    }

    /// Subordinators that open a clause of their own: what follows them is not the object of the word before.
    @inline(__always) static func opensClause(_ w: WordKey) -> Bool {
        w == "when" || w == "as" || w == "after" || w == "while" || w == "before" || w == "because" || w == "until" || w == "where"
    }

    /// `Trigger.gap` as a word (a literal, so that comparing with it costs no lazy global).
    static var gapWord: WordKey { "*" }

    /// The key of a hyphen token ("al-Fashir" is "al", "-", "fashir").
    static var hyphenWord: WordKey { "-" }

    /// End position (exclusive) of the shortest match of `pattern[p...]` at `words[i...]`, or nil.
    static func end(of pattern: [WordKey], from p: Int, in words: [WordKey], at i: Int) -> Int? {
        guard p < pattern.count else { return i }
        if pattern[p] == gapWord {
            for skip in 0...Trigger.maxGap where i + skip <= words.count {
                // A gap never skips a word that opens another clause ("killed when gunmen raided …").
                if skip > 0, opensClause(words[i + skip - 1]) { return nil }
                if let e = end(of: pattern, from: p + 1, in: words, at: i + skip) { return e }
            }
            return nil
        }
        guard i < words.count else { return nil }
        // A joining hyphen between two literal words is skipped: "counter-attacked" is "counter", "-", "attacked" in text.
        if words[i] == hyphenWord, pattern[p] != hyphenWord, pattern[p - 1] != gapWord { return end(of: pattern, from: p, in: words, at: i + 1) }
        guard words[i] == pattern[p] else { return nil }
        return end(of: pattern, from: p + 1, in: words, at: i + 1)
    }
}
