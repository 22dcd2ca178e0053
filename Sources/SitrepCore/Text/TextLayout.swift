/// A document's text cut into tokens, blocks and sentences, with each block's role.
public struct TextLayout: Sendable {
    /// The document's text (shared storage, not a copy).
    public let text: String
    public let bytes: [UInt8]
    public let tokens: [Token]
    /// `tokens[i].key`, computed once for the phrase matchers.
    public let keys: [WordKey]
    public let blocks: [Block]
    public let roles: [BlockRole]
    public let sentences: [Sentence]

    public init(document: Document, lexicon: Lexicon) {
        let boilerplate = BoilerplateDetector(cues: lexicon.cues)
        text = document.text
        bytes = Array(document.text.utf8)
        var tokens = Tokenizer.tokenize(bytes, from: document.bodyStart)
        lexicon.words.annotate(&tokens)
        self.tokens = tokens
        keys = tokens.map(\.word)
        blocks = Segmenter.blocks(bytes, from: document.bodyStart, tokens: tokens)
        roles = boilerplate.roles(blocks: blocks, tokens: tokens, keys: keys)
        var sents: [Sentence] = []
        for (i, b) in blocks.enumerated() { Segmenter.appendSentences(of: b, index: i, tokens: tokens, to: &sents) }
        sentences = sents
    }

    /// The text of a byte span as a slice of the document's text, sharing its storage.
    public func shared(_ span: ByteSpan) -> SharedText {
        let u = text.utf8
        let a = u.index(u.startIndex, offsetBy: span.start), b = u.index(a, offsetBy: span.end - span.start)
        return SharedText(text[a..<b])
    }

    /// The text of a byte span.
    public func text(_ span: ByteSpan) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
    public func text(tokens r: Range<Int>) -> String {
        guard let f = r.first, let l = r.last else { return "" }
        return text(ByteSpan(tokens[f].start, tokens[l].end))
    }
}
