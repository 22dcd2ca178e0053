/// The query model over an analysis: ordering, filtering, lookups for the list, show and browse views.
public struct Timeline: Sendable {
    public let analysis: Analysis
    public let outlets: [String: String]

    public init(_ analysis: Analysis) {
        self.analysis = analysis
        outlets = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0.outlet) })
    }

    /// Events passing `filter`, in timeline order.
    public func events(matching filter: EventFilter) -> [Event] {
        analysis.events.filter { filter.matches($0, outlets: outlets) }
    }

    /// Disagreements whose event passes `filter` (corpus-level ones when the filter is empty or any claim's doc matches a source).
    public func disagreements(matching filter: EventFilter) -> [Disagreement] {
        let ids = Set(events(matching: filter).map(\.id))
        return analysis.disagreements.filter { d in
            if let e = d.event { return ids.contains(e) }
            if filter.isEmpty { return true }
            return filter.places.isEmpty && filter.actors.isEmpty && filter.types.isEmpty
        }
    }

    /// `events` in `order`, each event's key read once and the events moved once (sorting the events themselves
    /// copies whole events at each step and builds the key at each comparison).
    public static func sorted(_ events: [Event]) -> [Event] {
        let keys = events.map(key)
        return events.indices.sorted { keys[$0] < keys[$1] }.map { events[$0] }
    }

    /// What `order` compares, in its order.
    static func key(_ e: Event) -> (Int, String, String, String, String) {
        let p = e.location?.place
        return (e.date.date?.dayNumber ?? Int.max, p?.country ?? "~", p?.admin1 ?? "~", p?.name ?? "~", e.id)
    }

    /// Oldest first, undated last; then country, admin area, place, id.
    public static func order(_ a: Event, _ b: Event) -> Bool {
        let da = a.date.date?.dayNumber ?? Int.max, db = b.date.date?.dayNumber ?? Int.max
        if da != db { return da < db }
        let pa = a.location?.place, pb = b.location?.place
        // Tuples, not arrays: no allocation per comparison (sorting a large corpus compares ~n log n times).
        let ka = (pa?.country ?? "~", pa?.admin1 ?? "~", pa?.name ?? "~"), kb = (pb?.country ?? "~", pb?.admin1 ?? "~", pb?.name ?? "~")
        if ka != kb { return ka < kb }
        return a.id < b.id
    }
}
