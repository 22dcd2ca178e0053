/// What one sentence says besides its triggers: dates, places, fatalities, actors, attributions.
///
/// Immutable and shared (a class): each sentence's facts are read once and then passed around a lot.
final class SentenceFacts: Sendable {
    let sentence: Sentence
    let tokens: [Token]
    let keys: [WordKey]
    let dates: [DateExpression]
    let places: [PlaceMention]
    let fatalities: [FatalityFinding]
    /// Counts of people wounded, abducted or arrested.
    let peopleCounts: [PeopleCountFinding]
    /// The document's actor matches that start in the sentence (a slice: no copies).
    let actors: ArraySlice<ActorMatch>
    let attributions: [Attribution]
    let triggers: [TriggerHit]
    /// Where the sentence's clauses start (`clauseStarts(_:tokens:triggers:)`), for telling its events apart.
    let clauseStarts: [Int]
    /// The triggers that tell acts (`DocumentExtractor.describes`: participles used as adjectives and event nouns named
    /// by an earlier year do not), worked out once.
    let acts: [TriggerHit]

    init(sentence: Sentence, tokens: [Token], keys: [WordKey], dates: [DateExpression], places: [PlaceMention],
         fatalities: [FatalityFinding], peopleCounts: [PeopleCountFinding] = [], actors: ArraySlice<ActorMatch>,
         attributions: [Attribution], triggers: [TriggerHit]) {
        self.sentence = sentence; self.tokens = tokens; self.keys = keys; self.dates = dates; self.places = places
        self.fatalities = fatalities; self.peopleCounts = peopleCounts; self.actors = actors; self.attributions = attributions; self.triggers = triggers
        clauseStarts = Self.clauseStarts(sentence.tokens, tokens: tokens, triggers: triggers)
        acts = triggers.filterSharing { !DocumentExtractor.describes($0, tokens: tokens, sentence: sentence.tokens, dates: dates) }
    }

    /// The same facts with other date expressions (the sentence read from another publication day).
    private init(_ f: SentenceFacts, dates: [DateExpression]) {
        sentence = f.sentence; tokens = f.tokens; keys = f.keys; self.dates = dates; places = f.places
        fatalities = f.fatalities; peopleCounts = f.peopleCounts; actors = f.actors; attributions = f.attributions
        triggers = f.triggers; clauseStarts = f.clauseStarts
        let (words, r) = (f.tokens, f.sentence.tokens)
        acts = f.triggers.filterSharing { !DocumentExtractor.describes($0, tokens: words, sentence: r, dates: dates) }
    }

    /// These facts with `dates` for their date expressions.
    func with(dates: [DateExpression]) -> SentenceFacts { SentenceFacts(self, dates: dates) }

    static let splitters: Set<WordKey> = ["where", "which", "while", "whereas", "coinciding", "although", "though", "whom"]

    /// Clause limits: a sentence splits at ";" and before ", where/which/while/coinciding …".
    func clause(of i: Int, tokens: [Token]) -> Range<Int> {
        let r = sentence.tokens
        var lo = r.lowerBound, hi = r.upperBound
        for j in r {
            let isCut = tokens[j].word == ";" || (tokens[j].word == "," && j + 1 < r.upperBound && Self.splitters.contains(tokens[j + 1].word))
                || tokens[j].word == "but" && Self.butBeforeSubject(j, tokens: tokens, sentence: r)
                || Self.andBeforeCount(j, tokens: tokens, sentence: r)
            guard isCut else { continue }
            if j < i { if !Self.parenthetical(at: j, before: i, tokens: tokens) { lo = j + 1 } } else if j > i { hi = j; break }
        }
        return lo..<hi
    }

    /// "… tried to flee but the rebels killed them", "… shot down most drones, but five missiles struck …": "but"
    /// before a new subject (a determiner, a personal pronoun, or after a comma a count).
    @inline(__always) static func butBeforeSubject(_ j: Int, tokens: [Token], sentence r: Range<Int>) -> Bool {
        guard tokens[j].word == "but", j + 1 < r.upperBound else { return false }
        return subjectStarts.contains(tokens[j + 1].word)
            || j > r.lowerBound && tokens[j - 1].word == "," && (tokens[j + 1].number != nil || tokens[j + 1].isCue(.numberWord))
    }

    /// "… were shot dead in X, and another was killed in Y", "…, and two more died in Y": ", and" before a count of people
    /// opens a clause with a subject of its own.
    @inline(__always) static func andBeforeCount(_ j: Int, tokens: [Token], sentence r: Range<Int>) -> Bool {
        guard tokens[j].word == ",", j + 2 < r.upperBound, tokens[j + 1].word == "and" else { return false }
        let t = tokens[j + 2]
        return t.word == "another" || t.kind == .number || t.isCue(.numberWord) && t.word != "a" && t.word != "an"
    }

    /// Words that start a subject after "but": a determiner or a personal pronoun.
    static let subjectStarts: Set<WordKey> = ["the", "they", "he", "she", "it", "we"]

    /// "X, which operates under Y, had taken Z": a relative clause between commas, after which the sentence's own
    /// verb goes on, is an aside — the clause of a word after it starts before it.
    static func parenthetical(at j: Int, before i: Int, tokens: [Token]) -> Bool {
        guard tokens[j + 1].word == "which" || tokens[j + 1].word == "who",
              let close = ((j + 2)..<i).first(where: { tokens[$0].word == "," }), close + 1 < i else { return false }
        let next = tokens[close + 1]
        return next.isWord && (next.isCue(.auxiliary) || DocumentExtractor.isPastForm(next))
    }

    /// The absolute date expression nearest to token `i` (nil when the sentence has none).
    func nearestDate(to i: Int) -> DateExpression? {
        dates.min { abs($0.tokens.lowerBound - i) < abs($1.tokens.lowerBound - i) }
    }

    var hasLocalPlace: Bool { places.contains { $0.isLocative && $0.place.kind.isLocal } }
}
