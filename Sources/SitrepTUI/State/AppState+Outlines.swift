import SitrepCore

extension AppState {
    /// Reads the selected event whole, with the disagreements about it, when the analysis came with its events'
    /// mentions and disagreements still being read (`Analysis.pendingEvents`), so that the first frame shows its
    /// passages and disagreements; the others stay outlines.
    public mutating func fillSelectedEvent() throws {
        guard let pending = analysis.pendingEvents, let i = selectedEventIndex, analysis.events[i].isOutline else { return }
        let (event, disagreements) = try pending.event(i)
        analysis.events[i] = event
        analysis.disagreements += disagreements
    }

    /// Puts the whole events in place of the outlines, waiting for them: the same events in the same order, so the
    /// rows, the selection and the timeline's index stay as they are.
    public mutating func completeEvents() throws { analysis = try analysis.completed() }
}
