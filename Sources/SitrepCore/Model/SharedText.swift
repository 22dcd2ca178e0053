/// A passage cut from a larger string (a document's text) that shares its storage, so that keeping many
/// passages costs no copies; or a span of a document's text still to be read (`ArticleText`), cut when first used.
/// Encodes and compares as the plain text.
public struct SharedText: Hashable, Sendable, Codable, CustomStringConvertible {
    private enum Storage: Sendable {
        case cut(Substring)
        case deferred(ArticleText, ByteSpan)
    }
    private var storage: Storage

    public init(_ slice: Substring) { storage = .cut(slice) }
    public init(_ text: String) { storage = .cut(Substring(text)) }
    /// The bytes of `article` at `span` (clamped to the text and to whole characters when it is read).
    public init(_ article: ArticleText, span: ByteSpan) { storage = .deferred(article, span) }

    /// The passage (its document's text is read now if it was not yet).
    public var slice: Substring {
        get {
            switch storage {
            case .cut(let s): return s
            case .deferred(let article, let span): return Self.cut(article.text, span)
            }
        }
        set { storage = .cut(newValue) }
    }

    /// Whether this is `article`'s text at `span`, as made by `init(_:span:)` (nothing is read to tell).
    public func refers(to article: ArticleText, span: ByteSpan) -> Bool {
        guard case .deferred(let a, let s) = storage else { return false }
        return a === article && s == span
    }

    /// The text as a string of its own.
    public var description: String { String(slice) }

    public static func == (a: SharedText, b: SharedText) -> Bool { a.slice == b.slice }
    public func hash(into h: inout Hasher) { h.combine(slice) }

    public init(from decoder: Decoder) throws { storage = .cut(Substring(try decoder.singleValueContainer().decode(String.self))) }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(String(slice))
    }

    /// `text`'s bytes at `span`, the ends clamped to the text and moved back to the start of a character.
    static func cut(_ text: String, _ span: ByteSpan) -> Substring {
        let u = text.utf8
        func index(_ offset: Int) -> String.Index {
            var i = u.index(u.startIndex, offsetBy: max(0, min(offset, u.count)))
            while i > u.startIndex, i < u.endIndex, u[i] & 0xC0 == 0x80 { i = u.index(before: i) }
            return i
        }
        let a = index(span.start), b = max(a, index(span.end))
        return Substring(text.unicodeScalars[a..<b])
    }
}
