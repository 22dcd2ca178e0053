import SitrepCore

extension AppState {
    /// Rows available to an overlay's list (the screen minus title, footer and status line).
    var overlayRows: Int { max(1, size.height - 4) }

    mutating func helpCommand(_ command: Command) {
        guard case .help(let top) = overlay else { return }
        switch command {
        case .back, .help, .open: overlay = nil
        case .quit: shouldQuit = true
        case .redraw: redrawGeneration += 1
        default:
            let maxTop = max(0, HelpContent.lines.count - overlayRows)
            let d = AppState.distance(command, page: overlayRows)
            let next = d == Int.min / 2 ? 0 : d == Int.max / 2 ? maxTop : top + d
            overlay = .help(top: max(0, min(maxTop, next)))
        }
    }

    mutating func disputedCommand(_ command: Command) {
        guard case .disputed(let selected, let top) = overlay else { return }
        let list = disputedEvents
        switch command {
        case .back, .disputedList: overlay = nil
        case .quit: shouldQuit = true
        case .redraw: redrawGeneration += 1
        case .help: overlay = .help(top: 0)
        case .open:
            overlay = nil
            guard selected < list.count else { return }
            jump(toEvent: list[selected])
        default:
            guard !list.isEmpty else { return }
            let d = AppState.distance(command, page: overlayRows)
            let next = max(0, min(list.count - 1, d == Int.min / 2 ? 0 : d == Int.max / 2 ? list.count - 1 : selected + d))
            var t = top
            if next < t { t = next } else if next >= t + overlayRows { t = next - overlayRows + 1 }
            overlay = .disputed(selected: next, top: t)
        }
    }

    /// Selects an event in the timeline, clearing the filters when they hide it.
    mutating func jump(toEvent event: Int) {
        if !rows.contains(.event(event)) {
            filter = EventFilter()
            message = "Filters cleared to show the event"
        }
        rebuildRows(keeping: event)
        focus = .timeline
    }
}
