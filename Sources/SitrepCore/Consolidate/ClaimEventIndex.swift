/// Events by country and day, so the event a contested claim is about is found without reading every event.
struct ClaimEventIndex {
    private struct Bucket {
        /// (day, event position), sorted.
        var dated: [(day: Int, event: Int)] = []
        var undated: [Int] = []
    }
    private var buckets: [String?: Bucket] = [:]

    /// Files each event that has a place under its country, by its day.
    init(_ events: [Event]) {
        for (i, e) in events.enumerated() {
            guard let p = e.location?.place else { continue }
            if let d = e.date.date { buckets[p.countryCode, default: Bucket()].dated.append((d.dayNumber, i)) } else {
                buckets[p.countryCode, default: Bucket()].undated.append(i)
            }
        }
        for k in buckets.keys { buckets[k]!.dated.sort { ($0.day, $0.event) < ($1.day, $1.event) } }
    }

    /// Positions of the events in the place's country dated within `days` of `day` (all of them without a day) or
    /// undated, in increasing order: a superset of the events at a place nested with it, near that day.
    func events(near place: Place, day: Int?, days: Int) -> [Int] {
        guard let b = buckets[place.countryCode] else { return [] }
        var out = b.undated
        if let day {
            var lo = 0, hi = b.dated.count
            while lo < hi { let mid = (lo + hi) / 2; if b.dated[mid].day < day - days { lo = mid + 1 } else { hi = mid } }
            while lo < b.dated.count && b.dated[lo].day <= day + days { out.append(b.dated[lo].event); lo += 1 }
        } else {
            out += b.dated.map(\.event)
        }
        return out.sorted()
    }
}
