import SitrepCore

extension AppState {
    /// Events in timeline order whose summary, place, actors, or passages in the articles contain `query`
    /// (case- and accent-insensitively, via `NameKey`).
    /// - Complexity: O(n) in the events shown and the length of their passages.
    func matches(for query: String) -> [Int] {
        let key = NameKey.normalize(query)
        guard !key.isEmpty else { return [] }
        return rows.compactMap(\.eventIndex).filter { i in
            let e = analysis.events[i]
            var hay = [e.summary, Labels.path(e.location), e.subEventType, e.eventType.rawValue]
            hay += e.actors.map(\.name)
            hay += e.mentions.map(\.quote)
            return hay.contains { NameKey.normalize($0).contains(key) }
        }
    }

    mutating func runSearch(_ query: String) {
        guard !query.isEmpty else { search = nil; return }
        let found = matches(for: query)
        search = SearchState(query: query, matches: found)
        guard !found.isEmpty else { message = "Nothing matches “\(query)”"; return }
        jumpToMatch(forward: true, includeCurrent: true)
    }

    /// Selects the next (or previous) matching event after the selection, wrapping around.
    mutating func jumpToMatch(forward: Bool, includeCurrent: Bool = false) {
        guard let search, !search.matches.isEmpty else { message = "No search; / starts one"; return }
        let order = rows.compactMap(\.eventIndex)
        var position: [Int: Int] = [:]
        for (i, e) in order.enumerated() { position[e] = i }
        let here = selectedEventIndex.flatMap { position[$0] } ?? -1
        let ranked = search.matches.compactMap { position[$0] }
        let target: Int
        if forward {
            target = ranked.first { includeCurrent ? $0 >= here : $0 > here } ?? ranked[0]
            if target <= here && !(includeCurrent && target == here) { message = "Search wrapped to the top" }
        } else {
            target = ranked.last { $0 < here } ?? ranked[ranked.count - 1]
            if target >= here { message = "Search wrapped to the bottom" }
        }
        if let row = rows.firstIndex(of: .event(order[target])) { select(row: row, forward: true) }
        focus = .timeline
    }

    /// "2 of 5" for the status line: the position of the selection among the matches.
    public var searchPosition: String? {
        guard let search else { return nil }
        guard let sel = selectedEventIndex, let i = search.matches.firstIndex(of: sel) else {
            return "/\(search.query) (\(search.matches.count))"
        }
        return "/\(search.query) \(i + 1) of \(search.matches.count)"
    }
}
