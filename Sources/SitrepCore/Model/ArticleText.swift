import Foundation

/// A document's text, held or read when first asked for: an article the corpus index already knows is not read
/// until its text is needed (the source pane, an export of passages, a new extraction).
public final class ArticleText: @unchecked Sendable, Hashable, Codable, CustomStringConvertible {
    // @unchecked: `held` never changes; `read` is only touched under `lock`.
    private let held: String?
    private let reader: (@Sendable () -> String)?
    private let lock = NSLock()
    private var read: String?

    /// A text in hand.
    public init(_ text: String) { held = text; reader = nil }

    /// A text `reader` gives the first time it is asked for (once, whichever thread asks first).
    public init(reading reader: @escaping @Sendable () -> String) { held = nil; self.reader = reader }

    /// The text (read now if it was not yet).
    public var text: String {
        if let held { return held }
        lock.lock(); defer { lock.unlock() }
        if let read { return read }
        let t = reader?() ?? ""
        read = t
        return t
    }

    /// Whether the text is in memory (held, or read already).
    public var isLoaded: Bool {
        if held != nil { return true }
        lock.lock(); defer { lock.unlock() }
        return read != nil
    }

    public var description: String { text }

    public init(from decoder: Decoder) throws { held = try decoder.singleValueContainer().decode(String.self); reader = nil }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
    public static func == (a: ArticleText, b: ArticleText) -> Bool { a === b || a.text == b.text }
    public func hash(into h: inout Hasher) { h.combine(text) }
}
