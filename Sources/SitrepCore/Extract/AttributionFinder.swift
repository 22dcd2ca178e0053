/// Who, inside the article, asserts a stretch of a sentence.
public struct Attribution: Hashable, Sendable {
    public var source: String
    /// Tokens whose content the source asserts.
    public var scope: Range<Int>
    public var isDenial: Bool
}

/// Finds attributions: "according to X", "X said (that) …", "…, said X", "X, which claimed …".
struct AttributionFinder: Sendable {
    let lexicon: Lexicon
    var cues: Cues { lexicon.cues }
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "which", "who", "i", "this"]
    static let leading: Set<String> = ["the", "meanwhile", "and", "but", "also", "however", "moreover", "separately", "earlier", "later", "a", "an"]

    func find(in range: Range<Int>, tokens: [Token], keys: [WordKey], actors: ArraySlice<ActorMatch>, previous: String?) -> [Attribution] {
        var out: [Attribution] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].startsCue(.attributionPrep), let n = cues[.attributionPrep].match(keys, at: i), i + n < range.upperBound {
                let end = segmentEnd(from: i + n, range: range, tokens: tokens)
                if let s = name(i + n..<end, tokens: tokens, actors: actors, fallback: previous) {
                    out.append(Attribution(source: s, scope: range, isDenial: false))
                }
                i = end; continue
            }
            if tokens[i].isWord, tokens[i].isCue(.attributionVerb) || Self.putsTheToll(at: i, range: range, keys: keys),
               let a = verb(at: i, range: range, tokens: tokens, actors: actors, previous: out.last?.source ?? previous) {
                out.append(a)
            }
            i += 1
        }
        // "X denied A and accused Y of B", "… denied it but said …": a denial ends where another statement begins.
        for k in out.indices where out[k].isDenial {
            let d = out[k].scope
            if let next = out[(k + 1)...].first(where: { !$0.isDenial && $0.scope.lowerBound - 1 > d.lowerBound && d.contains($0.scope.lowerBound - 1) }) {
                out[k].scope = d.lowerBound..<(next.scope.lowerBound - 1)
            }
        }
        return out
    }

    /// "The governor put the death toll at 26": whoever puts a toll at a figure states it, as one who says it.
    static func putsTheToll(at i: Int, range: Range<Int>, keys: [WordKey]) -> Bool {
        guard i + 3 < range.upperBound, keys[i + 1] == "the" else { return false }
        let w = keys[i]
        guard w == "put" || w == "puts" || w == "putting" || w == "placed" || w == "places" else { return false }
        let toll = keys[i + 2] == "death" || keys[i + 2] == "casualty" ? i + 3 : i + 2
        return toll + 1 < range.upperBound && (keys[toll] == "toll" || keys[toll] == "count") && keys[toll + 1] == "at"
    }

    func verb(at v: Int, range: Range<Int>, tokens: [Token], actors: ArraySlice<ActorMatch>, previous: String?) -> Attribution? {
        let denial = tokens[v].isCue(.denialVerb)
        let prev = v > range.lowerBound ? tokens[v - 1] : nil
        // "… are reported dead", "after reports of …", "the report": no one is said to speak.
        if let prev, prev.isWord, prev.isCue(.auxiliary) || prev.isCue(.preposition) || prev.word == "the" || prev.word == "a" {
            return nil
        }
        if let prev, prev.kind == .punct && (prev.word == "," || prev.word == "\"") {
            // inverted: "…,” stated the Russian Centre …" — the source follows, the claim precedes; a verb with an
            // object ("X, an affiliate, reported control of …") names no one after it.
            let end = segmentEnd(from: v + 1, range: range, tokens: tokens)
            if isPostposedSource(v + 1..<end, tokens: tokens, actors: actors),
               let s = name(v + 1..<end, tokens: tokens, actors: actors, fallback: previous) {
                return Attribution(source: s, scope: range.lowerBound..<v, isDenial: denial)
            }
        }
        // A verb opening its range has no subject before it (and none outside the range: at the document's first
        // token the subject would lie before the tokens).
        guard v > range.lowerBound else { return nil }
        var start = v - 1
        while start > range.lowerBound, tokens[start - 1].word != ";", !(tokens[start - 1].word == "\"" ) { start -= 1 }
        guard start < v, let s = subject(start..<v, tokens: tokens, actors: actors, fallback: previous) else { return nil }
        // "…, the health ministry said (on Tuesday).": a source told after the claim asserts what comes before its comma.
        if let comma = (start..<v).last(where: { tokens[$0].word == "," }), v - comma <= 9, comma > range.lowerBound,
           Self.endsSentence(after: v, range: range, tokens: tokens) {
            return Attribution(source: s, scope: range.lowerBound..<comma, isDenial: denial)
        }
        return Attribution(source: s, scope: (v + 1)..<range.upperBound, isDenial: denial)
    }

    /// Whether only a few words (a day, "in a statement") follow the verb before the sentence ends: nothing is said
    /// after it.
    static func endsSentence(after v: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var words = 0
        for j in (v + 1)..<range.upperBound {
            if tokens[j].word == "that" || tokens[j].word == "\"" || tokens[j].word == ":" { return false }
            if tokens[j].isWord { words += 1 }
        }
        return words <= 4
    }

    /// The subject of an attribution verb: a source actor in the segment, else the words after its last comma.
    func subject(_ seg: Range<Int>, tokens: [Token], actors: ArraySlice<ActorMatch>, fallback: String?) -> String? {
        if let src = actors.last(where: { seg.contains($0.tokens.lowerBound) && $0.isSource }) { return src.names[0] }
        // The words after the last comma when it is near the verb; else, with a comma, the words before the first one.
        var s = seg.lowerBound
        if let last = seg.last(where: { tokens[$0].word == "," }) {
            if last + 1 < seg.upperBound, seg.upperBound - last <= 9 { s = last + 1 }
            if s == seg.lowerBound {
                let firstComma = seg.first { tokens[$0].word == "," } ?? seg.upperBound
                return name(seg.lowerBound..<firstComma, tokens: tokens, actors: actors, fallback: fallback)
            }
        }
        return name(s..<seg.upperBound, tokens: tokens, actors: actors, fallback: fallback)
    }

    /// Whether the words after an inverted verb name its speaker: an actor, or a few words that end the clause.
    func isPostposedSource(_ seg: Range<Int>, tokens: [Token], actors: ArraySlice<ActorMatch>) -> Bool {
        var first = seg.lowerBound
        while first < seg.upperBound, Self.leading.contains(tokens[first].key) { first += 1 }
        if actors.contains(where: { $0.tokens.lowerBound == first }) { return true }
        var words = 0
        for i in seg where tokens[i].isWord { words += 1 }
        return words <= 5
    }

    /// A readable source name for a token segment: a dictionary actor when it is mostly one, else the cleaned words.
    /// The name is a noun phrase: it ends before a verb, a relative pronoun, a subordinating conjunction or a dash ("the agency
    /// killed 93" gives "the agency"); a figure ("at least 10 had died") is no one's name.
    func name(_ seg: Range<Int>, tokens: [Token], actors: ArraySlice<ActorMatch>, fallback: String?) -> String? {
        var r = seg
        while let f = r.first, Self.leading.contains(tokens[f].key) || tokens[f].kind == .punct { r = (f + 1)..<r.upperBound }
        if let f = r.first, let cut = r.dropFirst().first(where: { Self.endsName(tokens[$0]) }), cut > f { r = f..<cut }
        // "the Kalo News Agency (KNA" cut by the clause: an unclosed parenthesis is dropped with what follows it.
        if let open = r.first(where: { tokens[$0].word == "(" }), !r.contains(where: { tokens[$0].word == ")" && $0 > open }) {
            r = r.lowerBound..<open
        }
        while let l = r.last, tokens[l].kind == .punct && !(tokens[l].word == ")" && r.contains { tokens[$0].word == "(" })
                || tokens[l].word == "that" { r = r.lowerBound..<l }
        guard let f = r.first, !Self.endsName(tokens[f]), !(tokens[f].kind == .number || tokens[f].isCue(.numberWord) || tokens[f].startsCue(.fatalityQualifier)),
              !(r.count == 2 && tokens[f + 1].kind == .number) else { return nil }   // "March 22" is a day, no one's name
        if r.count == 1, Self.pronouns.contains(tokens[r.lowerBound].key) { return fallback }
        var words = 0
        for i in r where tokens[i].isWord { words += 1 }
        if let a = actors.first(where: { r.contains($0.tokens.lowerBound) }), a.tokens.count * 10 >= words * 6 { return a.names[0] }
        guard words >= 1, words <= 10 else { return nil }
        return Sanitize.oneLine(TokenText.join(tokens[r]), limit: 80)
    }

    /// A word that cannot be inside a source's name: a finite verb or auxiliary (not a qualifier such as "armed"),
    /// a relative pronoun, a subordinating conjunction, a dash.
    static func endsName(_ t: Token) -> Bool {
        if t.kind == .punct { return t.word == "--" || t.key == "–" || t.key == "—" }
        guard t.isWord, !t.isCapitalized else { return false }
        if t.word == "who" || t.word == "which" || t.word == "that" || t.isCue(.subordinator) { return true }
        return t.isCue(.auxiliary) || t.isCue(.attributionVerb) || t.isCue(.adverb) || !t.isCue(.actorQualifier) && DocumentExtractor.isPastForm(t)
    }

    func segmentEnd(from i: Int, range: Range<Int>, tokens: [Token]) -> Int {
        var j = i
        while j < range.upperBound, !(tokens[j].kind == .punct && [",", ".", ";", ":", "\""].contains(tokens[j].word)) { j += 1 }
        return j
    }
}

/// Rebuilds readable text from tokens (raw words, canonical punctuation).
enum TokenText {
    static func join<C: Collection>(_ toks: C) -> String where C.Element == Token {
        var s = ""
        for t in toks {
            if t.spaceBefore && !s.isEmpty { s += " " }
            s += t.kind == .punct ? (t.word == "--" ? "–" : t.key) : t.raw
        }
        return s
    }
}
