/// A set of token indices of one document, as bits: membership costs a shift and a mask, not a hash.
public struct TokenSet: Sendable, Equatable, ExpressibleByArrayLiteral {
    private var bits: [UInt64] = []

    public init() {}

    public init(arrayLiteral elements: Int...) { self.init(elements) }

    public init<S: Sequence<Int>>(_ indices: S) {
        for i in indices { insert(i) }
    }

    /// Adds a non-negative index.
    public mutating func insert(_ i: Int) {
        precondition(i >= 0, "token indices are not negative")
        let w = i >> 6
        if w >= bits.count { bits.append(contentsOf: repeatElement(0, count: w - bits.count + 1)) }
        bits[w] |= 1 << UInt64(i & 63)
    }

    public func contains(_ i: Int) -> Bool {
        let w = i >> 6
        return i >= 0 && w < bits.count && bits[w] & (1 << UInt64(i & 63)) != 0
    }

    public mutating func formUnion(_ other: TokenSet) {
        if other.bits.count > bits.count { bits.append(contentsOf: repeatElement(0, count: other.bits.count - bits.count)) }
        for (w, word) in other.bits.enumerated() { bits[w] |= word }
    }

    public var isEmpty: Bool { bits.allSatisfy { $0 == 0 } }

    public static func == (a: TokenSet, b: TokenSet) -> Bool {
        let n = max(a.bits.count, b.bits.count)
        return (0..<n).allSatisfy { (a.bits.count > $0 ? a.bits[$0] : 0) == (b.bits.count > $0 ? b.bits[$0] : 0) }
    }
}
