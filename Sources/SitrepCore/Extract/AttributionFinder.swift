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
            if tokens[i].isWord, tokens[i].isCue(.attributionVerb), let a = verb(at: i, range: range, tokens: tokens, actors: actors,
                                                                                  previous: out.last?.source ?? previous) {
                out.append(a)
            }
            i += 1
        }
        return out
    }

    func verb(at v: Int, range: Range<Int>, tokens: [Token], actors: ArraySlice<ActorMatch>, previous: String?) -> Attribution? {
        let denial = tokens[v].isCue(.denialVerb)
        let prev = v > range.lowerBound ? tokens[v - 1] : nil
        if let prev, prev.kind == .punct && (prev.word == "," || prev.word == "\"") {
            // inverted: "…,” stated the Russian Centre …" — the source follows, the claim precedes
            let end = segmentEnd(from: v + 1, range: range, tokens: tokens)
            if let s = name(v + 1..<end, tokens: tokens, actors: actors, fallback: previous) {
                return Attribution(source: s, scope: range.lowerBound..<v, isDenial: denial)
            }
        }
        var start = v - 1
        while start > range.lowerBound, tokens[start - 1].word != ";", !(tokens[start - 1].word == "\"" ) { start -= 1 }
        guard start < v, let s = subject(start..<v, tokens: tokens, actors: actors, fallback: previous) else { return nil }
        return Attribution(source: s, scope: (v + 1)..<range.upperBound, isDenial: denial)
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

    /// A readable source name for a token segment: a dictionary actor when it is mostly one, else the cleaned words.
    func name(_ seg: Range<Int>, tokens: [Token], actors: ArraySlice<ActorMatch>, fallback: String?) -> String? {
        var r = seg
        while let f = r.first, Self.leading.contains(tokens[f].key) || tokens[f].kind == .punct { r = (f + 1)..<r.upperBound }
        while let l = r.last, tokens[l].kind == .punct || tokens[l].word == "that" { r = r.lowerBound..<l }
        guard !r.isEmpty else { return nil }
        if r.count == 1, Self.pronouns.contains(tokens[r.lowerBound].key) { return fallback }
        var words = 0
        for i in r where tokens[i].isWord { words += 1 }
        if let a = actors.first(where: { r.contains($0.tokens.lowerBound) }), a.tokens.count * 10 >= words * 6 { return a.names[0] }
        guard words >= 1, words <= 10 else { return nil }
        return Sanitize.oneLine(TokenText.join(tokens[r]), limit: 80)
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
