import SitrepCore

extension AppState {
    /// Events in timeline order whose summary, place, actors, or passages in the articles contain `query`
    /// (case- and accent-insensitively, via `NameKey`). The events' text is normalised on the first search and the
    /// last query's matches are kept, so a regrouping or a refilter only walks the rows.
    /// - Complexity: O(n) in the events shown; a new query also reads every event's normalised text once.
    mutating func matches(for query: String) -> [Int] {
        if searchCache.text == nil { searchCache.text = preparedSearch?.wait() ?? SearchText(analysis) }
        if searchCache.query != query { searchCache.hits = searchCache.text!.matching(query); searchCache.query = query }
        guard let hits = searchCache.hits else { return [] }
        return rows.compactMap(\.eventIndex).filter { hits[$0] }
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
