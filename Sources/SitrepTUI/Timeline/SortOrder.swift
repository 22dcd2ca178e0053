import SitrepCore

/// How the timeline orders its events: by date (grouped by day or by place), or in one list by toll, by number of
/// sources, or disputed events first (`s` cycles).
public enum SortOrder: String, CaseIterable, Hashable, Sendable {
    case date, toll, sources, disputed

    /// The next order for `s`.
    public var next: SortOrder { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }

    /// The heading of the one list a non-date order makes, and the pane title's word.
    public var heading: String {
        switch self {
        case .date: "By date"
        case .toll: "Highest toll first (then by date)"
        case .sources: "Most sources first (then by date)"
        case .disputed: "Disputed events first (then by date)"
        }
    }
}

extension TimelineIndex {
    /// Rows for a non-date order: one heading, then the events that pass `filter`, ordered by the key (largest first),
    /// ties in date order.
    /// - Complexity: O(n log n) in the number of events that pass.
    func sortedRows(_ analysis: Analysis, filter: EventFilter, sort: SortOrder) -> [TimelineRow] {
        let passing = dateOrder.filter { filter.isEmpty || filter.matches(analysis.events[$0], outlets: outlets) }
        let key: (Event) -> Int
        switch sort {
        case .date: key = { _ in 0 }
        case .toll: key = { $0.fatalities?.high ?? -1 }
        case .sources: key = { $0.sourceDocs.count }
        case .disputed: key = { self.disputed.contains($0.id) ? 1 : 0 }
        }
        let keys = passing.map { key(analysis.events[$0]) }
        let order = passing.indices.sorted { (-keys[$0], $0) < (-keys[$1], $1) }
        return [.heading(sort.heading, level: 0)] + order.map { .event(passing[$0]) }
    }
}
