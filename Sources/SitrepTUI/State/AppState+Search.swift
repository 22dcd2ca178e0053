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
        return rows.eventIndices.filter { hits[$0] }
    }

    mutating func runSearch(_ query: String) {
        guard !query.isEmpty else { search = nil; return }
        let found = matches(for: query)
        search = SearchState(query: query, matches: found, articleHits: articleHits(for: query))
        guard !found.isEmpty || search?.articleHits.isEmpty == false else { message = "Nothing matches “\(query)”"; return }
        jumpToMatch(forward: true, includeCurrent: true)
    }

    /// Full-text matches outside every event's passage (those inside one are found as their event).
    func articleHits(for query: String) -> [ArticleHit] {
        guard let articleSearch else { return [] }
        var passages: [String: [ByteSpan]] = [:]
        for e in analysis.events { for m in e.mentions { passages[m.doc, default: []].append(m.span) } }
        return articleSearch(query).filter { h in !(passages[h.doc] ?? []).contains { $0.contains(h.span) } }
    }

    /// Selects the next (or previous) matching event after the selection, wrapping around; past the last event
    /// (or the first, backwards) come the matches in articles, each opened at its passage.
    mutating func jumpToMatch(forward: Bool, includeCurrent: Bool = false) {
        guard let search, !(search.matches.isEmpty && search.articleHits.isEmpty) else { message = "No search; / starts one"; return }
        if let c = search.articleCursor { return stepArticleHit(from: c, forward: forward) }
        if search.matches.isEmpty { return showArticleHit(forward ? 0 : search.articleHits.count - 1) }
        let order = rows.eventIndices
        // Each shown event's position in `order` (−1: not shown), by event index.
        var position = [Int](repeating: -1, count: analysis.events.count)
        for (i, e) in order.enumerated() { position[e] = i }
        let here = selectedEventIndex.map { position[$0] } ?? -1
        let ranked = search.matches.map { position[$0] }.filter { $0 >= 0 }
        let target: Int
        if forward {
            target = ranked.first { includeCurrent ? $0 >= here : $0 > here } ?? ranked[0]
            if target <= here && !(includeCurrent && target == here) {
                if !search.articleHits.isEmpty { return showArticleHit(0) }
                message = "Search wrapped to the top"
            }
        } else {
            target = ranked.last { $0 < here } ?? ranked[ranked.count - 1]
            if target >= here {
                if !search.articleHits.isEmpty { return showArticleHit(search.articleHits.count - 1) }
                message = "Search wrapped to the bottom"
            }
        }
        if let row = rows.row(of: order[target]) { select(row: row, forward: true) }
        focus = .timeline
    }

    /// The next or previous article match; past either end, back to the events (or around the articles).
    mutating func stepArticleHit(from c: Int, forward: Bool) {
        guard let search else { return }
        let next = c + (forward ? 1 : -1)
        if search.articleHits.indices.contains(next) { return showArticleHit(next) }
        if search.matches.isEmpty { return showArticleHit(forward ? 0 : search.articleHits.count - 1) }
        self.search?.articleCursor = nil
        resetDetail()
        let order = rows.eventIndices, ranked = Set(search.matches)
        let target = forward ? order.first(where: ranked.contains) : order.last(where: ranked.contains)
        if let t = target, let row = rows.row(of: t) { select(row: row, forward: true) }
        focus = .timeline
    }

    /// Opens the article of the i-th article match at its passage.
    mutating func showArticleHit(_ i: Int) {
        guard let hit = search?.articleHits[i] else { return }
        search?.articleCursor = i
        openArticle(hit.doc, at: hit.span)
    }

    /// "2 of 5" for the status line: the position of the selection among the matches.
    public var searchPosition: String? {
        guard let search else { return nil }
        if let c = search.articleCursor { return "/\(search.query) article match \(c + 1) of \(search.articleHits.count)" }
        guard let sel = selectedEventIndex, let i = search.matches.firstIndex(of: sel) else {
            return "/\(search.query) (\(search.matches.count))"
        }
        return "/\(search.query) \(i + 1) of \(search.matches.count)"
    }
}
