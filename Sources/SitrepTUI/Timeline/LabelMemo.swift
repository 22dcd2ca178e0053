/// The last label made and what it was made from: the timeline's events come in runs of one day or one place, so a
/// heading is made once per run instead of once per event.
struct LabelMemo<Key: Equatable> {
    private var last: (key: Key, label: String)?

    /// The label of `key`: the last one when `key` equals the last key, else `make(key)`.
    mutating func label(_ key: Key, _ make: (Key) -> String) -> String {
        if let last, last.key == key { return last.label }
        let made = make(key)
        last = (key, made)
        return made
    }
}

/// Event indices and rows found by loops over the rows (not key paths: they run over every row of large timelines).
extension Array where Element == TimelineRow {
    /// The event indices of the rows, in order.
    var eventIndices: [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        for k in indices { if case .event(let i) = self[k] { out.append(i) } }
        return out
    }

    /// The row showing event `event`, if one does.
    func row(of event: Int) -> Int? {
        for k in indices { if case .event(let i) = self[k], i == event { return k } }
        return nil
    }
}
