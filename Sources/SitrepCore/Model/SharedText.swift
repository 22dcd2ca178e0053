/// A passage cut from a larger string (a document's text) that shares its storage, so that keeping many
/// passages costs no copies. Encodes and compares as the plain text.
public struct SharedText: Hashable, Sendable, Codable, CustomStringConvertible {
    public var slice: Substring

    public init(_ slice: Substring) { self.slice = slice }
    public init(_ text: String) { slice = Substring(text) }

    /// The text as a string of its own.
    public var description: String { String(slice) }

    public init(from decoder: Decoder) throws { slice = Substring(try decoder.singleValueContainer().decode(String.self)) }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(String(slice))
    }
}
