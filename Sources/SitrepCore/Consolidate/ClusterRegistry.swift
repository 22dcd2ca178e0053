/// Which clusters the merger compares a mention with: clusters of its type without dates, and clusters registered
/// on a day near the mention's dates (every day of a cluster's date interval, up to 400 days from its first, as its
/// interval changes; registrations are never withdrawn). A mention without dates is compared with every cluster of
/// its type. `ClusterIndex` finds clusters that may accept a mention; this keeps the comparisons to these.
struct ClusterRegistry {
    private struct Registration {
        var type = -1
        var undated = false
        /// The days registered while they formed one run.
        var days: ClosedRange<Int>? = nil
        /// Intervals registered after a gap opened (a widening past the 400-day cap).
        var later: [ClosedRange<Int>] = []
        var gapped = false
    }
    private var registrations: [Registration] = []

    mutating func register(_ i: Int, _ c: Cluster) {
        while registrations.count <= i { registrations.append(Registration()) }
        registrations[i].type = c.type.order
        guard let a = c.earliest?.dayNumber, let b = c.latest?.dayNumber else { registrations[i].undated = true; return }
        let days = a...max(a, min(b, a + 400))
        if let k = registrations[i].days, k.upperBound + 1 < days.lowerBound || days.upperBound + 1 < k.lowerBound {
            registrations[i].gapped = true
        }
        if registrations[i].gapped { registrations[i].later.append(days); return }
        registrations[i].days = registrations[i].days.map { min($0.lowerBound, days.lowerBound)...max($0.upperBound, days.upperBound) } ?? days
    }

    /// Whether the merger compares `m` with cluster `i` (of type order `type`).
    func isCandidate(_ i: Int, type: Int, for m: Mention, window: Int) -> Bool {
        let r = registrations[i]
        guard r.type == type else { return false }
        if r.undated { return true }
        guard let a = m.date.earliest?.dayNumber, let b = m.date.latest?.dayNumber else { return r.days != nil }
        let q = (a - window)...max(a - window, min(b + window, a + 400))
        if let k = r.days, k.overlaps(q) { return true }
        return r.later.contains { $0.overlaps(q) }
    }
}

/// Clusters filed by (type, partition) under their date intervals, on a grid of cells that double in length from
/// level to level: an interval shorter than 2^k days is filed at level k (at least `minLevel`), in the cell of its
/// first day. A query reads, at each level holding intervals, the cells whose intervals can reach it.
/// - Complexity: per query, a few cells per level plus the query's length over the cell length.
struct IntervalGrid {
    /// Where one cluster is filed: its type, partition and date interval.
    struct Slot: Equatable { var type: Int; var part: Int; var first: Int; var last: Int }
    /// The partition every dated cluster is also filed in, for mentions without a place.
    static let anyPart = -1
    /// Intervals shorter than 2^minLevel days share a level: a day's mention then reads two or three cells, not five.
    static let minLevel = 2
    private var cells: [Int: [Int]] = [:]
    /// The levels holding intervals, per packed (type, partition), as bits.
    private var levels: [Int: UInt64] = [:]

    /// (type, partition) as one integer key: partitions from -1 below 2^20, types below 8.
    static func pack(type: Int, part: Int) -> Int { ((part + 2) & 0x1F_FFFF) << 3 | type }
    private static func cell(_ typePart: Int, level: Int, cell: Int) -> Int {
        (typePart << 6 | level) << 32 | Int(UInt32(truncatingIfNeeded: cell))
    }

    mutating func insert(_ i: Int, at s: Slot) {
        let level = Self.level(s.last - s.first), tp = Self.pack(type: s.type, part: s.part)
        cells[Self.cell(tp, level: level, cell: s.first >> level), default: []].append(i)
        levels[tp, default: 0] |= 1 << UInt64(level)
    }

    /// Appends the clusters filed for (type, part) whose filed interval may overlap first...last.
    func collect(type: Int, part: Int, from first: Int, to last: Int, into out: inout [Int]) {
        let tp = Self.pack(type: type, part: part)
        var mask = levels[tp] ?? 0
        while mask != 0 {
            let level = mask.trailingZeroBitCount
            mask &= mask - 1
            // An interval filed at this level starts within 2^level days before the query's first day, or inside it.
            for c in ((first - (1 << level) + 1) >> level)...(last >> level) {
                if let list = cells[Self.cell(tp, level: level, cell: c)] { out += list }
            }
        }
    }

    /// The smallest k ≥ `minLevel` with length < 2^k (length in days after the first; 0 for one day), at most 40.
    static func level(_ length: Int) -> Int {
        max(minLevel, length <= 0 ? 0 : min(40, Int.bitWidth - length.leadingZeroBitCount))
    }
}
