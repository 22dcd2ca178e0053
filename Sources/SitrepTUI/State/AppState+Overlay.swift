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
        if listOverlayCommon(command, closedBy: .disputedList) { return }
        switch command {
        case .open:
            overlay = nil
            guard selected < list.count else { return }
            jump(toEvent: list[selected])
        default:
            let (next, t) = moveInList(command, selected: selected, top: top, count: list.count)
            overlay = .disputed(selected: next, top: t)
        }
    }

    /// What every list overlay does alike: Esc or its own key closes it, q quits, Ctrl-L redraws, ? opens help.
    /// - Returns: whether `command` was one of those.
    mutating func listOverlayCommon(_ command: Command, closedBy own: Command) -> Bool {
        if command == .back || command == own { overlay = nil; return true }
        switch command {
        case .quit: shouldQuit = true
        case .redraw: redrawGeneration += 1
        case .help: overlay = .help(top: 0)
        default: return false
        }
        return true
    }

    /// A move command in an overlay's list of `count` rows: the new selection and first row shown.
    func moveInList(_ command: Command, selected: Int, top: Int, count: Int) -> (Int, Int) {
        guard count > 0 else { return (0, 0) }
        let d = AppState.distance(command, page: overlayRows)
        let next = max(0, min(count - 1, d == Int.min / 2 ? 0 : d == Int.max / 2 ? count - 1 : selected + d))
        var t = top
        if next < t { t = next } else if next >= t + overlayRows { t = next - overlayRows + 1 }
        return (next, t)
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
