/// Items with date intervals, found by overlap with a query interval without scanning them all.
///
/// Dated items are sorted by their first day; a query reads only those starting within the longest interval's length
/// before it, up to its last day. Items with an open interval overlap every query, as `EventDate.overlaps` has it.
struct OverlapIndex {
    private var dated: [(item: Int, first: Int, last: Int)] = []
    private var open: [Int] = []
    private var longest = 0

    init(_ items: [(Int, EventDate)]) {
        for (item, date) in items {
            guard let a = date.earliest?.dayNumber, let b = date.latest?.dayNumber else { open.append(item); continue }
            dated.append((item, a, b)); longest = max(longest, b - a)
        }
        dated.sort { ($0.first, $0.item) < ($1.first, $1.item) }
    }

    /// The items whose interval overlaps `date`'s, in increasing order.
    func overlapping(_ date: EventDate) -> [Int] {
        guard let a = date.earliest?.dayNumber, let b = date.latest?.dayNumber else { return (open + dated.map(\.item)).sorted() }
        var out = open
        var i = firstStarting(atOrAfter: a - longest)
        while i < dated.count && dated[i].first <= b {
            if dated[i].last >= a { out.append(dated[i].item) }
            i += 1
        }
        return out.sorted()
    }

    /// The position of the first dated item whose interval starts on or after `day` (binary search).
    private func firstStarting(atOrAfter day: Int) -> Int {
        var lo = 0, hi = dated.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if dated[mid].first < day { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
