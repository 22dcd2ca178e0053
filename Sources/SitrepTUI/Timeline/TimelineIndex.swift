import SitrepCore

/// Orderings and lookups computed once per analysis, so filtering and scrolling never re-sort.
public struct TimelineIndex: Sendable {
    /// Event indices by date (unknown last), then country, admin area, place, id.
    public let dateOrder: [Int]
    /// Event indices by country, admin area, place, then date and id.
    public let locationOrder: [Int]
    /// Document id → outlet name, for source filters (made on first use).
    public var outlets: [String: String] { documentTables.value.outlets }
    /// Tables over the documents, made when first asked for (not before the first frame).
    private let documentTables: DocumentTables
    /// Event id → index in `Analysis.events`.
    public let eventIndex: [String: Int]
    /// Ids of events that have disagreements or disputed fields.
    public let disputed: Set<String>
    /// Document id → number of events it reports (for the documents list; made on first use).
    public var eventsPerDocument: [String: Int] { documentTables.value.eventsPerDocument }
    /// The widest place name, toll and source count, for sizing the timeline's columns.
    public let widths: ColumnWidths

    /// - Complexity: O(n log n) in the number of events; names are compared once, to rank them, so the
    ///   sorts compare integers only.
    public init(_ analysis: Analysis) {
        let events = analysis.events
        func ranks(_ values: [String]) -> [Int] {
            let rank = Dictionary(uniqueKeysWithValues: Set(values).sorted().enumerated().map { ($1, $0) })
            return values.map { rank[$0]! }
        }
        let day = events.map { $0.date.date?.dayNumber ?? Int.max }
        let country = ranks(events.map { $0.location?.place.country ?? "\u{10FFFF}" })
        let admin = ranks(events.map { $0.location?.place.admin1 ?? "" })
        let place = ranks(events.map { $0.location?.place.name ?? "" })
        let ids = Array(events.indices)
        // Ties keep the analysis order (date, place, id), so equal keys stay deterministic.
        dateOrder = ids.sorted { a, b in (day[a], country[a], admin[a], place[a], a) < (day[b], country[b], admin[b], place[b], b) }
        locationOrder = ids.sorted { a, b in (country[a], admin[a], place[a], day[a], a) < (country[b], admin[b], place[b], day[b], b) }
        documentTables = DocumentTables(analysis)
        var eventIndex: [String: Int] = [:]
        for (i, e) in analysis.events.enumerated() where eventIndex[e.id] == nil { eventIndex[e.id] = i }
        self.eventIndex = eventIndex
        var disputed = Set(analysis.disagreements.compactMap(\.event) + analysis.disagreements.compactMap(\.relatedEvent))
        for e in analysis.events where e.isDisputed { disputed.insert(e.id) }
        if let pending = analysis.pendingEvents { disputed.formUnion(pending.disputed) }
        self.disputed = disputed
        widths = ColumnWidths(events)
    }

    /// The position of document `id` in `Analysis.documents`: a binary search when they are sorted by id (as the
    /// loader gives them), else a table made on first use.
    public func documentPosition(_ id: String, in analysis: Analysis) -> Int? {
        guard documentTables.sortedByID else { return documentTables.value.positions[id] }
        let docs = analysis.documents
        var lo = 0, hi = docs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if docs[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < docs.count && docs[lo].id == id ? lo : nil
    }

    /// The rows of the timeline for the events that pass `filter`, with headings.
    ///
    /// By date: a heading per day ("Sat 30 Nov 2024"; "Aug 2024" for events known only to the month), a sub-heading per country › admin area.
    /// By location: a heading per place path, events by date within.
    /// - Complexity: O(n) in the number of events.
    public func rows(_ analysis: Analysis, filter: EventFilter, grouping: Grouping, sort: SortOrder = .date,
                     folded: Set<String> = []) -> [TimelineRow] {
        if sort != .date { return sortedRows(analysis, filter: filter, sort: sort) }
        if grouping == .location { return placeRows(analysis, filter: filter, folded: folded) }
        var rows: [TimelineRow] = []
        var lastTop: String? = nil, lastSub: String? = nil
        var days = LabelMemo<EventDate>(), areas = LabelMemo<Location?>(), paths = LabelMemo<Location?>()
        let order = grouping == .date ? dateOrder : locationOrder
        // Events are read in place (`analysis.events[i].date`), not copied whole: this runs over every event.
        for i in order {
            if !filter.isEmpty, !filter.matches(analysis.events[i], outlets: outlets) { continue }
            switch grouping {
            case .date:
                let top = days.label(analysis.events[i].date, Labels.dayHeading)
                if top != lastTop { rows.append(.heading(top, level: 0)); lastTop = top; lastSub = nil }
                let sub = areas.label(analysis.events[i].location, Labels.area)
                if sub != lastSub { rows.append(.heading(sub, level: 1)); lastSub = sub }
            case .location:
                let top = paths.label(analysis.events[i].location, Labels.path)
                if top != lastTop { rows.append(.heading(top, level: 0)); lastTop = top }
            }
            rows.append(.event(i))
        }
        return rows
    }
}

/// An analysis's tables by document id, made the first time one is asked for (the first frame needs none of them).
final class DocumentTables: Sendable {
    struct Tables: Sendable {
        var outlets: [String: String] = [:]
        var positions: [String: Int] = [:]
        var eventsPerDocument: [String: Int] = [:]
    }
    /// Whether the documents are sorted by id, their ids unique (a position is then found by binary search).
    let sortedByID: Bool
    private let made: OnFirstUse<Tables>
    var value: Tables { (try? made.value()) ?? Tables() }

    init(_ analysis: Analysis) {
        sortedByID = analysis.documents.isSorted(by: { $0.id <= $1.id })
        made = OnFirstUse {
            var t = Tables()
            for (i, d) in analysis.documents.enumerated() { t.outlets[d.id] = d.outlet; if t.positions[d.id] == nil { t.positions[d.id] = i } }
            for e in analysis.events { for d in e.sourceDocs { t.eventsPerDocument[d, default: 0] += 1 } }
            return t
        }
    }
}
