/// Merges mentions of the same real event, within and across documents, into events.
///
/// Two mentions join when their event types match (and, for remote violence, their sub-event types), their
/// places are the same or nested, and their date intervals overlap. A capture of a place is a one-off event,
/// so captures of the same place a day or two apart join too (the date becomes a disagreement); strikes recur,
/// so strikes on different days stay apart. Precise mentions form clusters first; vaguer ones join the best fit.
public struct EventMerger: Sendable {
    /// Days apart that two reports of the capture of the same place may still be one event.
    public var territoryWindow = 2

    public init() {}

    public func merge(_ mentions: [Mention]) -> [Event] {
        let keys = mentions.map { (precision: $0.date.precision.rank, specificity: -specificity($0.location)) }
        let ordered = mentions.indices.sorted { i, j in
            (keys[i].precision, keys[i].specificity) != (keys[j].precision, keys[j].specificity)
                ? (keys[i].precision, keys[i].specificity) < (keys[j].precision, keys[j].specificity)
                : (mentions[i].doc, mentions[i].span.start) < (mentions[j].doc, mentions[j].span.start)
        }
        var clusters: [Cluster] = []
        var index = ClusterIndex()
        for k in ordered {
            let m = mentions[k]
            let best = index.candidates(for: m, window: territoryWindow).filter { clusters[$0].accepts(m, window: territoryWindow) }
                .max { (clusters[$0].affinity(m), -$0) < (clusters[$1].affinity(m), -$1) }
            if let i = best { clusters[i].add(m, index: k); index.register(i, clusters[i]) } else {
                clusters.append(Cluster(m, index: k)); index.register(clusters.count - 1, clusters[clusters.count - 1])
            }
        }
        return Self.uniqueIDs(clusters.map { c in EventConsolidator.event(from: c.members.map { mentions[$0] }) })
    }
}

extension EventMerger {
    /// Ids stay unique even if two events hash alike: later ones (in a stable order) get "-2", "-3" ….
    static func uniqueIDs(_ events: [Event]) -> [Event] {
        var seen: [String: Int] = [:]
        let order = events.indices.sorted { (events[$0].id, events[$0].mentions[0].doc, events[$0].mentions[0].span) < (events[$1].id, events[$1].mentions[0].doc, events[$1].mentions[0].span) }
        var out = events
        for i in order {
            let n = (seen[events[i].id] ?? 0) + 1
            seen[events[i].id] = n
            if n > 1 { out[i].id += "-\(n)" }
        }
        return out
    }
}

func specificity(_ l: Location?) -> Int {
    guard let p = l?.place else { return -1 }
    return 8 - p.kind.rank
}

/// Mentions believed to report one event (by index into the merged list), with the tightest date interval they share.
struct Cluster {
    /// Indices of the member mentions, in the order they joined.
    var members: [Int] = []
    let type: EventType
    var earliest: CalendarDate?
    var latest: CalendarDate?

    /// The most specific place among the mentions, kept up to date by `add`.
    private(set) var place: Place?
    private var placeSpecificity = -1
    /// What `accepts` and `affinity` compare, gathered as mentions are added (so no mention is revisited).
    private var subEventTypes: Set<String> = []
    private var actorNames: Set<String> = []
    private var days: Set<CalendarDate> = []
    /// Day numbers of the members dated to the day.
    private var exactDays: [Int] = []
    private var tolls: [(doc: String, count: Int)] = []

    init(_ m: Mention, index: Int) {
        type = m.eventType; earliest = m.date.earliest; latest = m.date.latest
        add(m, index: index)
    }
    static let territorial = ["Non-state actor overtakes territory", "Government regains territory"]

    func accepts(_ m: Mention, window: Int) -> Bool {
        guard m.eventType == type else { return false }
        let subs = subEventTypes
        if type != .battles && !subs.contains(m.subEventType) { return false }
        if type == .battles && Cluster.territorial.contains(m.subEventType) {
            let held = Cluster.territorial.filter { subs.contains($0) }
            if !held.isEmpty && !held.contains(m.subEventType) { return false }
        }
        guard placesCompatible(m) else { return false }
        // One article giving two different tolls in two passages is telling two events.
        if let f = m.fatalities, tolls.contains(where: { $0.doc == m.doc && $0.count != f.count }) {
            return false
        }
        if overlaps(m.date) { return true }
        return type == .battles && Cluster.territorial.contains(m.subEventType) && Cluster.territorial.contains(where: { subs.contains($0) })
            && m.date.precision == .day && samePlace(m) && closeDays(m, window: window)
    }

    func placesCompatible(_ m: Mention) -> Bool {
        guard let a = m.location?.place, let b = place else { return true }
        return a.isWithin(b) || b.isWithin(a)
    }

    func samePlace(_ m: Mention) -> Bool {
        guard let a = m.location?.place, let b = place else { return false }
        return a.key == b.key || (a.kind.isLocal && b.kind.isLocal && (a.isWithin(b) || b.isWithin(a)))
    }

    func overlaps(_ d: EventDate) -> Bool {
        guard let e0 = earliest, let e1 = latest, let d0 = d.earliest, let d1 = d.latest else { return true }
        return e0 <= d1 && d0 <= e1
    }

    func closeDays(_ m: Mention, window: Int) -> Bool {
        guard let d = m.date.date else { return false }
        return exactDays.contains { abs($0 - d.dayNumber) <= window }
    }

    /// How well a mention fits: same place, same day, same sub-event, shared actors, same toll.
    func affinity(_ m: Mention) -> Int {
        var s = 0
        if let a = m.location?.place, let b = place { s += a.key == b.key ? 4 : 2 }
        if let d = m.date.date, days.contains(d) { s += 3 }
        if subEventTypes.contains(m.subEventType) { s += 2 }
        s += m.actors.filter { actorNames.contains($0.name) }.count
        if let f = m.fatalities, tolls.contains(where: { $0.count == f.count }) { s += 1 }
        return s
    }

    mutating func add(_ m: Mention, index: Int) {
        if overlaps(m.date) {
            if let d0 = m.date.earliest, let e0 = earliest { earliest = max(d0, e0) }
            if let d1 = m.date.latest, let e1 = latest { latest = min(d1, e1) }
        } else {
            if let d0 = m.date.earliest, let e0 = earliest { earliest = min(d0, e0) }
            if let d1 = m.date.latest, let e1 = latest { latest = max(d1, e1) }
        }
        if earliest == nil { earliest = m.date.earliest; latest = m.date.latest }
        members.append(index)
        subEventTypes.insert(m.subEventType)
        actorNames.formUnion(m.actors.map(\.name))
        if let d = m.date.date { days.insert(d) }
        if let d = m.date.date, m.date.precision == .day { exactDays.append(d.dayNumber) }
        if let f = m.fatalities { tolls.append((m.doc, f.count)) }
        if specificity(m.location) > placeSpecificity { place = m.location?.place; placeSpecificity = specificity(m.location) }
    }
}

/// Clusters by event type and day, so each mention is compared only with clusters near its dates.
struct ClusterIndex {
    var byDay: [EventType: [Int: Set<Int>]] = [:]
    var undated: [EventType: Set<Int>] = [:]

    mutating func register(_ i: Int, _ c: Cluster) {
        guard let a = c.earliest, let b = c.latest else { undated[c.type, default: []].insert(i); return }
        for d in a.dayNumber...max(a.dayNumber, min(b.dayNumber, a.dayNumber + 400)) { byDay[c.type, default: [:]][d, default: []].insert(i) }
    }

    func candidates(for m: Mention, window: Int) -> [Int] {
        var out = undated[m.eventType] ?? []
        if let a = m.date.earliest, let b = m.date.latest, let days = byDay[m.eventType] {
            for d in (a.dayNumber - window)...max(a.dayNumber - window, min(b.dayNumber + window, a.dayNumber + 400)) {
                if let s = days[d] { out.formUnion(s) }
            }
        } else if let days = byDay[m.eventType] {
            for s in days.values { out.formUnion(s) }
        }
        return out.sorted()
    }
}
