import Foundation

/// A line-level block of the article body (a paragraph, heading, teaser …).
public struct Block: Hashable, Sendable {
    public var start: Int
    public var end: Int
    /// Indices into the document's token array.
    public var tokens: Range<Int>
    /// Leading spaces or tabs of the line.
    public var indent: Int
}

/// A sentence inside a block, with its byte span and token range.
public struct Sentence: Hashable, Sendable {
    public var span: ByteSpan
    public var tokens: Range<Int>
    public var block: Int
}

/// Splits a body into blocks (lines) and sentences, aware of abbreviations, initials and closing quotes.
public enum Segmenter {
    static let abbreviations: Set<WordKey> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "maj", "capt", "cpl", "prof", "rev", "sen", "rep",
        "gov", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "approx", "brig", "adm", "cmdr", "pres", "mt", "ft", "fig", "al"]

    /// Blocks are the non-empty lines of `bytes[from..<to]`; tokens must already cover that range.
    public static func blocks(_ bytes: [UInt8], from: Int, tokens: [Token]) -> [Block] {
        var out: [Block] = []
        var t = 0
        bytes.withUnsafeBufferPointer { b in
            var lineStart = from
            while lineStart <= b.count {
                let lineEnd = nextNewline(b, from: lineStart)
                let t0 = t
                while t < tokens.count && tokens[t].start < lineEnd { t += 1 }
                if t > t0 {
                    var indent = 0
                    while lineStart + indent < lineEnd, b[lineStart + indent] == 32 || b[lineStart + indent] == 9 { indent += 1 }
                    out.append(Block(start: tokens[t0].start, end: tokens[t - 1].end, tokens: t0..<t, indent: indent))
                }
                lineStart = lineEnd + 1
            }
        }
        return out
    }

    /// Where the first newline at or after `i` is (`memchr`), or the end of the bytes.
    static func nextNewline(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        guard i < b.count, let base = b.baseAddress, let hit = memchr(base + i, 10, b.count - i) else { return b.count }
        return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// Sentences of one block.
    public static func sentences(of block: Block, index: Int, tokens: [Token]) -> [Sentence] {
        var out: [Sentence] = []
        appendSentences(of: block, index: index, tokens: tokens, to: &out)
        return out
    }

    /// Appends the block's sentences to `out` (a document's sentences grow in one array, not one per block).
    static func appendSentences(of block: Block, index: Int, tokens: [Token], to out: inout [Sentence]) {
        var s = block.tokens.lowerBound
        var i = s
        while i < block.tokens.upperBound {
            if tokens[i].isSentenceEnd && endsSentence(at: i, tokens: tokens, limit: block.tokens.upperBound) {
                var e = i + 1
                while e < block.tokens.upperBound, tokens[e].kind == .punct, tokens[e].word == "\"" || tokens[e].word == ")" || tokens[e].word == "'" , !tokens[e].spaceBefore { e += 1 }
                appendPieces(s..<e, block: index, tokens: tokens, to: &out)
                s = e; i = e; continue
            }
            i += 1
        }
        if s < block.tokens.upperBound { appendPieces(s..<block.tokens.upperBound, block: index, tokens: tokens, to: &out) }
    }

    /// The most tokens one sentence holds: a longer run (a list of names without a full stop, a page saved as one line)
    /// is read in pieces, so that no stage's work on a sentence grows with the document. News sentences stay far below.
    public static let maxSentenceTokens = 200

    /// Appends `r` as one sentence, or as pieces of at most `maxSentenceTokens` when longer.
    static func appendPieces(_ r: Range<Int>, block: Int, tokens: [Token], to out: inout [Sentence]) {
        guard r.count > maxSentenceTokens else {   // the usual case, without an array of one piece
            out.append(Sentence(span: ByteSpan(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end), tokens: r, block: block))
            return
        }
        for p in pieces(r, tokens: tokens) {
            out.append(Sentence(span: ByteSpan(tokens[p.lowerBound].start, tokens[p.upperBound - 1].end), tokens: p, block: block))
        }
    }

    /// `r` cut into runs of at most `maxSentenceTokens`, each ending after its last comma or semicolon in its second half
    /// when it has one; `r` itself when short enough.
    /// - Complexity: O(`r.count`).
    public static func pieces(_ r: Range<Int>, tokens: [Token]) -> [Range<Int>] {
        let limit = maxSentenceTokens
        guard r.count > limit else { return [r] }
        var out: [Range<Int>] = []
        var s = r.lowerBound
        while r.upperBound - s > limit {
            var e = s + limit
            if let c = (s + limit / 2..<e).last(where: { tokens[$0].kind == .punct && (tokens[$0].word == "," || tokens[$0].word == ";") }) {
                e = c + 1
            }
            out.append(s..<e)
            s = e
        }
        out.append(s..<r.upperBound)
        return out
    }

    /// Whether the text is a single character (grapheme).
    static func isOneCharacter(_ text: WordKey) -> Bool {
        let n = text.utf8Count
        return n == 1 || (n > 1 && n <= 16 && text.withUTF8 { $0.contains { $0 >= 0x80 } } && text.string.count == 1)
    }

    static func endsSentence(at i: Int, tokens: [Token], limit: Int) -> Bool {
        let mark = tokens[i]
        if mark.word == "." && i > 0 {
            let prev = tokens[i - 1]
            if prev.isWord && !mark.spaceBefore {
                if abbreviations.contains(prev.word) && !prev.isAllCaps { return false }
                if prev.isCapitalized && isOneCharacter(prev.rawText) { return false }   // initials: "Geir O. Pedersen", "U.S."
            }
        }
        var j = i + 1
        while j < limit, tokens[j].kind == .punct, tokens[j].word == "\"" || tokens[j].word == ")" || tokens[j].word == "'", !tokens[j].spaceBefore { j += 1 }
        guard j < limit else { return true }
        let next = tokens[j]
        if next.kind == .punct && next.word == "\"" && next.spaceBefore { return true }   // an opening quote
        if !next.spaceBefore && next.kind != .punct { return false }   // "cnn.com", "3.5"
        return next.isCapitalized || next.kind == .number || next.kind == .punct || next.isAllCaps
    }

}
