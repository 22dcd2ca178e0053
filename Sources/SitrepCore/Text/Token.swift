/// One word, number or punctuation mark of an article, with its byte range in the file.
///
/// Trivially copyable: its texts are stored inline (`WordKey`).
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punct }
    // Fields run from the widest to the narrowest so that the struct packs into 104 bytes (it was 128 with padding):
    // a document's tokens are the pipeline's largest array.
    public var start: Int
    public var end: Int
    /// Normalised form: NameKey for words ("al", "numan"), digits for numbers, a canonical mark for punctuation
    /// (curly quotes → "\"", en and em dashes → "--", a hyphen joining words → "-", "…" → "...").
    public var word: WordKey
    /// The text as written (words and numbers only; NBSP and curly quotes are not in words).
    public var rawText: WordKey
    /// The cue categories this word is or starts (`WordIndex.annotate`); empty until annotated.
    public var cues: CueMask = .none
    /// A 64-bit hash of `key` (`NameKey.hash`, `WordKey.keyHash`), computed once by the tokenizer for the word tables.
    public var keyHash: UInt64 = 0
    /// Value of a number token ("300,000" → 300000).
    public var number: Int?
    public var kind: Kind
    public var isCapitalized: Bool
    public var isAllCaps: Bool
    /// A word written with a trailing "'s" or "’s" (the suffix is not part of `key`).
    public var isPossessive: Bool
    /// Whitespace precedes this token.
    public var spaceBefore: Bool
    /// What the other lexicons know about this word (`WordIndex.annotate`); empty until annotated.
    public var flags: WordFlags = []

    public init(kind: Kind, start: Int, end: Int, key: String, raw: String, isCapitalized: Bool, isAllCaps: Bool,
                isPossessive: Bool, spaceBefore: Bool, number: Int?) {
        self.init(kind: kind, start: start, end: end, word: WordKey(key), rawText: WordKey(raw), isCapitalized: isCapitalized,
                  isAllCaps: isAllCaps, isPossessive: isPossessive, spaceBefore: spaceBefore, number: number)
    }

    public init(kind: Kind, start: Int, end: Int, word: WordKey, rawText: WordKey, isCapitalized: Bool, isAllCaps: Bool,
                isPossessive: Bool, spaceBefore: Bool, number: Int?) {
        self.kind = kind; self.start = start; self.end = end; self.word = word; self.rawText = rawText
        self.isCapitalized = isCapitalized; self.isAllCaps = isAllCaps; self.isPossessive = isPossessive
        self.spaceBefore = spaceBefore; self.number = number
    }

    /// `word` as a string.
    public var key: String { word.string }
    /// `rawText` as a string.
    public var raw: String { rawText.string }

    public var isWord: Bool { kind == .word }
    public var isSentenceEnd: Bool { kind == .punct && (word == "." || word == "!" || word == "?") }
}
