import SitrepCore

extension AppState {
    /// Reads the selected event whole when the analysis came with its events' mentions still being read
    /// (`Analysis.pendingEvents`), so that the first frame shows its passages; the others stay outlines.
    public mutating func fillSelectedEvent() throws {
        guard let pending = analysis.pendingEvents, let i = selectedEventIndex, analysis.events[i].isOutline else { return }
        analysis.events[i] = try pending.event(i)
    }

    /// Puts the whole events in place of the outlines, waiting for them: the same events in the same order, so the
    /// rows, the selection and the timeline's index stay as they are.
    public mutating func completeEvents() throws { analysis = try analysis.completed() }
}
