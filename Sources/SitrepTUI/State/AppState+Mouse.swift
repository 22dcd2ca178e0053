/// The mouse: a press focuses the pane under it (and selects the timeline row), the wheel scrolls that pane.
extension AppState {
    /// Rows a wheel notch moves.
    static let wheelStep = 3

    mutating func mouse(_ event: MouseEvent) {
        guard prompt == nil, !layout.isTooSmall else { return }
        if overlay != nil {
            if event.kind != .press { for _ in 0..<Self.wheelStep { run(event.kind == .wheelUp ? .moveUp : .moveDown) } }
            return
        }
        guard let pane = pane(atX: event.x, y: event.y) else { return }
        focus = pane
        if pane != .timeline { detail = pane }
        switch event.kind {
        case .press: if pane == .timeline, let r = timelineRow(atY: event.y) { select(row: r, forward: true) }
        case .wheelUp: for _ in 0..<Self.wheelStep { move(.moveUp) }
        case .wheelDown: for _ in 0..<Self.wheelStep { move(.moveDown) }
        }
        if zoom != nil { zoom = focus }
    }

    /// The pane whose rectangle holds the cell, if any.
    func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { p in
            guard let r = layout.rect(of: p), !r.isEmpty else { return false }
            return x >= r.x && x < r.maxX && y >= r.y && y < r.maxY
        }
    }

    /// The selectable timeline row drawn at screen row `y` (below the title, header and any pinned heading).
    func timelineRow(atY y: Int) -> Int? {
        let first = layout.timeline.y + (pinnedHeading(top: timelineTop) == nil ? 2 : 3)
        let r = timelineTop + y - first
        guard y >= first, r < rows.count, rows[r].isSelectable else { return nil }
        return r
    }
}
