import SitrepCore

extension TimelineIndex {
    /// Location-first rows: a heading per place with its events and toll ("… › Mosul · 5 events · 12 killed"), then
    /// its events by date; a place in `folded` is one selectable row and its events are left out.
    /// - Complexity: O(n) in the number of events.
    func placeRows(_ analysis: Analysis, filter: EventFilter, folded: Set<String>) -> [TimelineRow] {
        var groups: [(path: String, events: [Int])] = []
        var paths = LabelMemo<Location?>()
        for i in locationOrder where filter.isEmpty || filter.matches(analysis.events[i], outlets: outlets) {
            let path = paths.label(analysis.events[i].location, Labels.path)
            if groups.last?.path == path { groups[groups.count - 1].events.append(i) } else { groups.append((path, [i])) }
        }
        var rows: [TimelineRow] = []
        for g in groups {
            let n = g.events.count
            let killed = g.events.reduce(0) { $0 + (analysis.events[$1].fatalities?.best ?? 0) }
            let summary = "\(n) \(n == 1 ? "event" : "events")" + (killed > 0 ? " · \(killed) killed" : "")
            if folded.contains(g.path) { rows.append(.folded(g.path, summary: summary)); continue }
            rows.append(.heading(g.path + " · " + summary, level: 0))
            rows += g.events.map(TimelineRow.event)
        }
        return rows
    }
}
