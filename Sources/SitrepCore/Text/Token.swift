/// One word, number or punctuation mark of an article, with its byte range in the file.
public struct Token: Hashable, Sendable {
    public enum Kind: UInt8, Sendable { case word, number, punct }
    public var kind: Kind
    public var start: Int
    public var end: Int
    /// Normalised form: NameKey for words ("al", "numan"), digits for numbers, a canonical mark for punctuation
    /// (curly quotes → "\"", en and em dashes → "--", a hyphen joining words → "-", "…" → "...").
    public var key: String
    /// The text as written (words and numbers only; NBSP and curly quotes are not in words).
    public var raw: String
    public var isCapitalized: Bool
    public var isAllCaps: Bool
    /// A word written with a trailing "'s" or "’s" (the suffix is not part of `key`).
    public var isPossessive: Bool
    /// Whitespace precedes this token.
    public var spaceBefore: Bool
    /// Value of a number token ("300,000" → 300000).
    public var number: Int?
    /// The cue categories this word is or starts (`Cues.annotate`); empty until annotated.
    public var cues: CueMask = .none
    /// What the other lexicons know about this word (`WordIndex.annotate`); empty until annotated.
    public var flags: WordFlags = []

    public var isWord: Bool { kind == .word }
    public var isSentenceEnd: Bool { kind == .punct && (key == "." || key == "!" || key == "?") }
}
