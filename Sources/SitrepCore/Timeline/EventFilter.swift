/// What the user wants to see: places (with everything inside them), actors, types, dates, sources.
///
/// Every non-empty criterion must hold; within one criterion any value may match.
public struct EventFilter: Hashable, Sendable, Codable {
    /// Resolved places; an event matches when its place lies within any of them.
    public var places: [Place]
    /// Canonical actor names; an event matches when any of its actors has one of them.
    public var actors: [String]
    public var types: [EventType]
    /// ACLED sub-event types ("Air/drone strike"), compared case-insensitively.
    public var subEventTypes: [String]
    public var since: CalendarDate?
    public var until: CalendarDate?
    /// Outlet names or document ids, compared case-insensitively.
    public var sources: [String]
    /// Only these events (the ones analysts' annotations select: `--verdict`, `--tag`); nil: no such restriction.
    public var eventIDs: Set<String>? = nil
    /// How the status line names `eventIDs` ("verdict: confirmed").
    public var eventIDsLabel: String? = nil

    public init(places: [Place] = [], actors: [String] = [], types: [EventType] = [], since: CalendarDate? = nil,
                until: CalendarDate? = nil, sources: [String] = [], subEventTypes: [String] = []) {
        self.places = places; self.actors = actors; self.types = types; self.since = since
        self.until = until; self.sources = sources; self.subEventTypes = subEventTypes
    }

    public var isEmpty: Bool {
        places.isEmpty && actors.isEmpty && types.isEmpty && subEventTypes.isEmpty && since == nil && until == nil && sources.isEmpty
            && eventIDs == nil
    }

    /// Whether `event` passes; `outlets` maps document id to outlet name.
    public func matches(_ event: Event, outlets: [String: String]) -> Bool {
        if let eventIDs, !eventIDs.contains(event.id) { return false }
        if !places.isEmpty {
            guard let p = event.location?.place, places.contains(where: { p.isWithin($0) }) else { return false }
        }
        if !actors.isEmpty, !event.actors.contains(where: { actors.contains($0.name) }) { return false }
        if !types.isEmpty, !types.contains(event.eventType) { return false }
        if !subEventTypes.isEmpty, !subEventTypes.contains(where: { $0.lowercased() == event.subEventType.lowercased() }) { return false }
        if let since, let latest = event.date.latest ?? event.date.date, latest < since { return false }
        if let until, let earliest = event.date.earliest ?? event.date.date, earliest > until { return false }
        if (since != nil || until != nil) && event.date.date == nil { return false }
        if !sources.isEmpty {
            let wanted = Set(sources.map { $0.lowercased() })
            let hit = event.sourceDocs.contains { doc in
                wanted.contains(doc.lowercased()) || wanted.contains((outlets[doc] ?? "").lowercased())
            }
            if !hit { return false }
        }
        return true
    }
}

/// A human description of a filter, for status lines: "place: Donetsk Oblast · actor: RSF".
extension EventFilter {
    public var labels: [String] {
        var out: [String] = []
        if !places.isEmpty { out.append("place: " + places.map(\.name).joined(separator: ", ")) }
        if !actors.isEmpty { out.append("actor: " + actors.joined(separator: ", ")) }
        if !types.isEmpty { out.append("type: " + types.map(\.shortLabel).joined(separator: ", ")) }
        if !subEventTypes.isEmpty { out.append("sub-event: " + subEventTypes.joined(separator: ", ")) }
        if let since { out.append("since: \(since)") }
        if let until { out.append("until: \(until)") }
        if !sources.isEmpty { out.append("source: " + sources.joined(separator: ", ")) }
        if eventIDs != nil { out.append(eventIDsLabel ?? "annotated") }
        return out
    }
}
