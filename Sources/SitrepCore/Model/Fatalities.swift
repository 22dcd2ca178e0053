/// A death toll as one source states it: "at least four" = count 4, qualifier "at least".
public struct FatalityCount: Hashable, Sendable, Codable {
    public var count: Int
    /// "at least", "about", "more than", "up to", "dozens", "several" …; nil for a plain figure.
    public var qualifier: String?
    public init(count: Int, qualifier: String? = nil) { self.count = count; self.qualifier = qualifier }
    /// The figure as told: "at least 12", "12", "dozens" (a vague count's word stands for its figure).
    public var figure: String {
        guard let q = qualifier else { return "\(count)" }
        return isVague ? q : "\(q) \(count)"
    }

    /// A count told by a word of quantity ("several", "dozens", "hundreds"), not a figure: its count is a floor.
    public var isVague: Bool { qualifier.map(Self.vagueWords.contains) ?? false }

    /// Whether some count is a figure, not a vague word: then the vague ones give way to it.
    static func anyFigure<S: Sequence<FatalityCount?>>(_ counts: S) -> Bool {
        counts.contains { $0.map { !$0.isVague } ?? false }
    }

    static let vagueWords: Set<String> = ["a few", "several", "dozens", "scores", "hundreds", "thousands", "tens of thousands",
                                          "hundreds of thousands"]

    /// The qualifier a vague count's words give ("dozens of" → "dozens", "few" → "a few"); nil for a figure ("a dozen").
    static func vagueQualifier(_ words: [String]) -> String? {
        var w = words
        if w.last == "of" { w.removeLast() }
        let phrase = w.joined(separator: " ")
        if phrase == "few" { return "a few" }
        return vagueWords.contains(phrase) ? phrase : nil
    }
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

/// What happened to people counted other than death: hurt, taken, or held.
public enum PeopleCountKind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case wounded, abducted, arrested
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    var rank: Int { Self.allCases.firstIndex(of: self)! }
    /// The participle a count reads with: "39 wounded".
    public var participle: String { rawValue }
}

/// One source's count of people wounded, abducted or arrested: "nearly 40 officers were injured" = wounded 40, "nearly".
public struct PeopleCount: Hashable, Sendable, Codable {
    public var kind: PeopleCountKind
    public var count: FatalityCount
    public init(kind: PeopleCountKind, count: FatalityCount) { self.kind = kind; self.count = count }
    /// "nearly 40 wounded".
    public var text: String { "\(count.figure) \(kind.participle)" }
}

/// An event's count of one kind across its sources (low, best, high as for deaths).
public struct PeopleTally: Hashable, Sendable, Codable {
    public var kind: PeopleCountKind
    public var range: FatalityRange
    public init(kind: PeopleCountKind, range: FatalityRange) { self.kind = kind; self.range = range }
}
