import SitrepCore

extension AppState {
    /// `f`: folds the selected event's place into one row, or unfolds the selected folded place.
    mutating func toggleFold() {
        guard canFold(), let r = selectedRow else { return }
        if let path = rows[r].foldedPlace {
            folded.remove(path)
            rebuildRows(keeping: nil)
            let heading = rows.firstIndex { if case .heading(let text, 0) = $0 { text.hasPrefix(path + " · ") } else { false } }
            select(row: (heading ?? 0) + 1, forward: true)
        } else if let e = rows[r].eventIndex {
            let path = Labels.path(analysis.events[e].location)
            folded.insert(path)
            rebuildRows(keeping: nil)
            selectFolded(path)
        }
    }

    /// `F`: folds every place, or unfolds them all when any is folded; the selection stays on its place.
    mutating func toggleFoldAll() {
        guard canFold() else { return }
        let here = selectedRow.flatMap { rows[$0].foldedPlace ?? rows[$0].eventIndex.map { Labels.path(analysis.events[$0].location) } }
        let event = selectedEventIndex
        folded = folded.isEmpty ? Set(index.locationOrder.map { Labels.path(analysis.events[$0].location) }) : []
        rebuildRows(keeping: event)
        if !folded.isEmpty, let here { selectFolded(here) }
        message = folded.isEmpty ? "Every place unfolded" : "\(folded.count) places folded · f unfolds one, F all"
    }

    /// Folding is for the location-first view in date order; elsewhere the status line says so.
    mutating func canFold() -> Bool {
        if grouping == .location && sort == .date { return true }
        message = "Folding works in the location-first view: press L"
        return false
    }

    mutating func selectFolded(_ path: String) {
        if let r = rows.firstIndex(where: { $0.foldedPlace == path }) { select(row: r, forward: true) }
    }
}
