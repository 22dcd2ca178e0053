import SitrepCore

/// The widest value of each sized timeline column over every event, measured once per analysis.
public struct ColumnWidths: Hashable, Sendable {
    /// Widest place name (date-first grouping's first column).
    public var place: Int
    /// Widest toll label ("277–350").
    public var killed: Int
    /// Widest source count.
    public var sources: Int

    /// - Complexity: O(n) in the number of events.
    public init(_ events: [Event]) {
        var place = 0, killed = 0, sources = 1
        for e in events {
            place = max(place, DisplayWidth.of(e.location?.place.name ?? "—"))
            killed = max(killed, DisplayWidth.of(Labels.fatalities(e.fatalities)))
            sources = max(sources, String(e.sourceDocs.count).count)
        }
        self.place = place; self.killed = killed; self.sources = sources
    }
}
