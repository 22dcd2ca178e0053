import SitrepCore

extension AppState {
    /// Recomputes the rows for the filter and grouping, keeping the selection on `event` when it survives,
    /// otherwise on the nearest event that follows it in date order.
    /// - Complexity: O(n) in the number of events.
    public mutating func rebuildRows(keeping event: Int?) {
        rows = index.rows(analysis, filter: filter, grouping: grouping, sort: sort, folded: folded)
        let kept = countEvents(finding: event)
        if let search { self.search = SearchState(query: search.query, matches: matches(for: search.query)) }
        selectedRow = nil
        if let event {
            if let r = kept {
                selectedRow = r
            } else {
                var rank = [Int](repeating: 0, count: analysis.events.count)
                for (r, e) in index.dateOrder.enumerated() { rank[e] = r }
                let target = rank[event]
                selectedRow = rows.indices.first { rows[$0].eventIndex.map { rank[$0] >= target } ?? false }
                    ?? lastEventRow(atOrBefore: rows.count - 1)
            }
        } else {
            selectedRow = firstEventRow(atOrAfter: 0)
        }
        if event == nil || event != selectedEventIndex { resetDetail() }
        if selectedRow == nil { timelineTop = 0 }
        scrollSelectionIntoView()
    }

    /// Numbers the rows' events (`ordinals`, `visibleEvents`) in one pass, which also finds the row of `event`.
    mutating func countEvents(finding event: Int?) -> Int? {
        var count = 0, found: Int? = nil
        var ordinals: [Int] = []
        ordinals.reserveCapacity(rows.count)
        for r in rows.indices {
            if case .event(let i) = rows[r] {
                count += 1
                if i == event, found == nil { found = r }
            }
            ordinals.append(count)
        }
        self.ordinals = ordinals
        visibleEvents = count
        return found
    }

    /// "event 5 of 38": the selection's position among the events shown, nil without a selection.
    public var position: (index: Int, count: Int)? {
        selectedRow.map { (ordinals[$0], visibleEvents) }
    }

    func firstEventRow(atOrAfter r: Int) -> Int? {
        var i = max(0, r)
        while i < rows.count { if rows[i].isSelectable { return i }; i += 1 }
        return nil
    }

    func lastEventRow(atOrBefore r: Int) -> Int? {
        var i = min(rows.count - 1, r)
        while i >= 0 { if rows[i].isSelectable { return i }; i -= 1 }
        return nil
    }

    /// Selects the event row at or nearest to `r`, in the direction of travel first.
    mutating func select(row r: Int, forward: Bool) {
        let clamped = max(0, min(rows.count - 1, r))
        let hit = forward ? (firstEventRow(atOrAfter: clamped) ?? lastEventRow(atOrBefore: clamped))
                          : (lastEventRow(atOrBefore: clamped) ?? firstEventRow(atOrAfter: clamped))
        guard let hit else { return }
        if hit != selectedRow { selectedRow = hit; resetDetail() }
        scrollSelectionIntoView()
    }

    mutating func moveSelection(_ command: Command) {
        guard let current = selectedRow else { return }
        switch command {
        case .moveDown: if let n = firstEventRow(atOrAfter: current + 1) { select(row: n, forward: true) }
        case .moveUp: if let p = lastEventRow(atOrBefore: current - 1) { select(row: p, forward: false) }
        case .top: select(row: 0, forward: true); timelineTop = 0
        case .bottom: select(row: rows.count - 1, forward: false)
        default:
            let d = AppState.distance(command, page: layout.timelineRows)
            select(row: current + d, forward: d > 0)
        }
    }

    /// Keeps the selected row inside the visible rows, showing the headings just above it when they fit.
    mutating func scrollSelectionIntoView() {
        let visible = layout.timelineRows
        timelineTop = max(0, min(timelineTop, rows.count - visible))
        guard let sel = selectedRow else { return }
        if sel < timelineTop {
            timelineTop = sel
            while timelineTop > 0, rows[timelineTop - 1].eventIndex == nil, sel - (timelineTop - 1) < visible { timelineTop -= 1 }
        } else if sel >= timelineTop + visible {
            timelineTop = sel - visible + 1
        }
        while timelineTop < sel, sel >= timelineTop + timelineRowsShown(top: timelineTop) { timelineTop += 1 }
    }

    /// The top-level heading (day, or place when location-first) of the row at `top`, pinned to the top of the
    /// timeline when that row is not itself one, so the first event shown always has its date or place above it;
    /// when that row is an event, its area heading follows ("Sat 4 May 2024 · Iraq › Nineveh").
    public func pinnedHeading(top: Int) -> String? {
        guard top > 0, top < rows.count else { return nil }
        if case .heading(_, level: 0) = rows[top] { return nil }
        var area: String? = nil
        var r = top - 1
        while r >= 0 {
            switch rows[r] {
            case .heading(let text, level: 0): return rows[top].eventIndex == nil ? text : [text, area].compactMap { $0 }.joined(separator: " · ")
            case .heading(let text, _): if area == nil { area = text }
            case .event, .folded: break
            }
            r -= 1
        }
        return nil
    }

    /// Rows of the timeline shown from `top`: one fewer when a heading is pinned above them.
    func timelineRowsShown(top: Int) -> Int {
        max(1, layout.timelineRows - (pinnedHeading(top: top) == nil ? 0 : 1))
    }

    /// The detail panes follow the selected event: first passage, top of the claims.
    mutating func resetDetail() {
        source = SourceState()
        claimCursor = 0
    }
}
