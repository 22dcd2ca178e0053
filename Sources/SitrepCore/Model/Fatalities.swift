/// A death toll as one source states it: "at least four" = count 4, qualifier "at least".
public struct FatalityCount: Hashable, Sendable, Codable {
    public var count: Int
    /// "at least", "about", "more than", "up to", "dozens" …; nil for a plain figure.
    public var qualifier: String?
    public init(count: Int, qualifier: String? = nil) { self.count = count; self.qualifier = qualifier }
}

/// An event's toll across its sources: low, best and high, as UCDP GED reports them.
public struct FatalityRange: Hashable, Sendable, Codable {
    public var low: Int
    public var best: Int
    public var high: Int
    /// The figure and qualifier of the source the best value came from.
    public var count: Int
    public var qualifier: String?
    public var isDisputed: Bool { low != high }
    public init(low: Int, best: Int, high: Int, count: Int, qualifier: String?) {
        self.low = low; self.best = best; self.high = high; self.count = count; self.qualifier = qualifier
    }
}
