/// Mentions believed to report one event (by index into the merged list), with the tightest date interval they share.
///
/// A class: the merger checks each mention against many clusters, and a cluster's lists should not be copied for that.
final class Cluster {
    /// Indices of the member mentions, in the order they joined.
    var members: [Int] = []
    let type: EventType
    var earliest: CalendarDate?
    var latest: CalendarDate?

    /// The most specific place among the mentions, kept up to date by `add`.
    private(set) var place: Place?
    private var placeSpecificity = -1
    /// What `accepts` and `affinity` compare, gathered as mentions are added (so no mention is revisited). Each holds
    /// distinct values; they stay short (a few sub-event types, actors and days), so arrays beat hashed sets.
    private var subEventTypes: [String] = []
    private var actorNames: [String] = []
    /// Day numbers of the members' dates.
    private var days: [Int] = []
    /// Day numbers of the members dated to the day.
    private var exactDays: [Int] = []
    private var tolls: [(doc: String, count: Int)] = []
    /// The named targets of the members (`Mention.target`).
    private var targets: [UInt64] = []
    /// Keys of the places the gazetteer lacks (`Place.isUnresolved`) that members are told at.
    private var unresolvedPlaces: [String] = []
    /// Documents of members told as another event (`Mention.isAnother`).
    private var anotherDocs: [String] = []
    /// Each member's passage and whether it ends a sentence.
    private var passages: [(doc: String, span: ByteSpan, endsSentence: Bool)] = []

    init(_ m: Mention, index: Int) {
        type = m.eventType; earliest = m.date.earliest; latest = m.date.latest
        add(m, index: index)
    }
    static let territorial = ["Non-state actor overtakes territory", "Government regains territory"]

    func accepts(_ m: Mention, window: Int) -> Bool {
        if let anchor = m.restates { return passages.contains { $0.doc == m.doc && $0.span.start == anchor.start } }
        guard m.eventType == type else { return false }
        let subs = subEventTypes
        if type != .battles && !subs.contains(m.subEventType) { return false }
        // Territory changing hands, told by the mention and already by the cluster.
        let territorial = type == .battles && Cluster.territorial.contains(m.subEventType)
            && Cluster.territorial.contains(where: { subs.contains($0) })
        // A capture is not joined with a recapture: the territorial sub-event must match one the cluster holds.
        if territorial && !subs.contains(m.subEventType) { return false }
        guard placesCompatible(m) else { return false }
        // One article giving two different tolls in two passages is telling two events.
        if let f = m.fatalities, tolls.contains(where: { $0.doc == m.doc && $0.count != f.count }) {
            return false
        }
        // Two named targets are two events: "the Al-Amal School" is not "the Al-Nour school".
        if let t = m.target, targets.contains(where: { $0 != t }) { return false }
        // An article's "second strike" or "similar attack" is not one it told before, nor is its earlier telling that one.
        if (m.isAnother || anotherDocs.contains(m.doc)) && passages.contains(where: { $0.doc == m.doc }) { return false }
        // Two clauses of one sentence that the extractor told apart are two events.
        if passages.contains(where: { Self.adjacent($0.span, m.span) && $0.doc == m.doc && Self.sameSentence($0, (m.span, Self.endsSentence(m.quoteText.slice))) }) {
            return false
        }
        // A passage without a date joins a dated event (or a dated passage an undated one) only at the very same place:
        // "unknown" overlaps every day, and a country-wide place every town.
        if (m.date.earliest == nil) != (earliest == nil) { return samePlace(m) }
        if overlaps(m.date) { return true }
        return territorial && m.date.precision == .day && samePlace(m) && closeDays(m, window: window)
    }

    func placesCompatible(_ m: Mention) -> Bool {
        guard let a = m.location?.place, let b = place else { return true }
        // Two villages the gazetteer lacks, named differently, are two places, whatever the event's main place.
        if a.isUnresolved, a.kind.isLocal, unresolvedPlaces.contains(where: { $0 != a.key }) { return false }
        return a.isWithin(b) || b.isWithin(a) || (a.isUnresolved || b.isUnresolved) && a.mayOverlap(b)
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
        if let d = m.date.date, days.contains(d.dayNumber) { s += 3 }
        if subEventTypes.contains(m.subEventType) { s += 2 }
        if let t = m.target, targets.contains(t) { s += 4 }
        s += m.actors.count { actorNames.contains($0.name) }
        if let f = m.fatalities, tolls.contains(where: { $0.count == f.count }) { s += 1 }
        return s
    }

    func add(_ m: Mention, index: Int) {
        if overlaps(m.date) {
            if let d0 = m.date.earliest, let e0 = earliest { earliest = max(d0, e0) }
            if let d1 = m.date.latest, let e1 = latest { latest = min(d1, e1) }
        } else {
            if let d0 = m.date.earliest, let e0 = earliest { earliest = min(d0, e0) }
            if let d1 = m.date.latest, let e1 = latest { latest = max(d1, e1) }
        }
        if earliest == nil { earliest = m.date.earliest; latest = m.date.latest }
        members.append(index)
        Self.insert(m.subEventType, into: &subEventTypes)
        for a in m.actors { Self.insert(a.name, into: &actorNames) }
        if let d = m.date.date {
            Self.insert(d.dayNumber, into: &days)
            if m.date.precision == .day { exactDays.append(d.dayNumber) }
        }
        // An article's other figure for the event is no sign of another event.
        if let f = m.fatalities, m.restates == nil { tolls.append((m.doc, f.count)) }
        passages.append((m.doc, m.span, Self.endsSentence(m.quoteText.slice)))
        if m.isAnother { Self.insert(m.doc, into: &anotherDocs) }
        if let t = m.target { Self.insert(t, into: &targets) }
        if let p = m.location?.place, p.isUnresolved, p.kind.isLocal { Self.insert(p.key, into: &unresolvedPlaces) }
        if specificity(m.location) > placeSpecificity { place = m.location?.place; placeSpecificity = specificity(m.location) }
    }

    /// Whether two spans touch (at most two bytes apart, in either order).
    static func adjacent(_ a: ByteSpan, _ b: ByteSpan) -> Bool {
        (b.start >= a.end && b.start - a.end <= 2) || (a.start >= b.end && a.start - b.end <= 2)
    }

    /// Whether a passage ends with the end of a sentence: the last character that is no space, quote or ")" decides; in ASCII text it is read from the bytes.
    static func endsSentence(_ quote: Substring) -> Bool {
        let u = quote.utf8
        var i = u.endIndex
        while i > u.startIndex {
            let j = u.index(before: i), b = u[j]
            // Beyond ASCII (or right after it: a prepended mark), characters are not single bytes.
            guard b < 0x80 else { return endsSentenceByCharacters(quote) }
            if (9...13).contains(b) || b == 32 || b == 34 || b == 41 { i = j; continue }
            guard j == u.startIndex || u[u.index(before: j)] < 0x80 else { return endsSentenceByCharacters(quote) }
            return b == 46 || b == 33 || b == 63
        }
        return true
    }

    private static func endsSentenceByCharacters(_ quote: Substring) -> Bool {
        guard let last = quote.last(where: { !$0.isWhitespace && $0 != "\"" && $0 != "”" && $0 != "’" && $0 != ")" }) else { return true }
        return last == "." || last == "!" || last == "?"
    }

    /// Whether two disjoint passages of one document are clauses of one sentence: the earlier one stops short of the
    /// sentence's end and the later one starts right after it.
    static func sameSentence(_ a: (doc: String, span: ByteSpan, endsSentence: Bool), _ b: (span: ByteSpan, endsSentence: Bool)) -> Bool {
        guard !a.span.overlaps(b.span) else { return false }
        if a.span.start < b.span.start { return !a.endsSentence && b.span.start - a.span.end <= 2 }
        return !b.endsSentence && a.span.start - b.span.end <= 2
    }

    private static func insert<T: Equatable>(_ value: T, into values: inout [T]) {
        if !values.contains(value) { values.append(value) }
    }
}

/// Clusters by event type and day, so each mention is compared only with clusters near its dates.
struct ClusterIndex {
    /// Cluster indices per (event type, day), keyed by `slot`.
    private var byDay: [Int: [Int]] = [:]
    /// Every day each type has clusters on, for mentions without dates.
    private var daysOfType: [[Int]] = Array(repeating: [], count: EventType.allCases.count)
    private var undated: [[Int]] = Array(repeating: [], count: EventType.allCases.count)
    /// Where each cluster is registered: in `undated`, and on an interval of days. A cluster's dates narrow inside
    /// that interval or widen across it; only a widening past the 400-day cap can leave a gap, and then registration
    /// checks each day's list.
    private struct Registration {
        var undated = false
        var days: ClosedRange<Int>? = nil
        var gapped = false
    }
    private var registrations: [Registration] = []

    private static func slot(_ type: EventType, _ day: Int) -> Int { day &* 8 &+ type.order }

    mutating func register(_ i: Int, _ c: Cluster) {
        while registrations.count <= i { registrations.append(Registration()) }
        var r = registrations[i]
        defer { registrations[i] = r }
        guard let a = c.earliest, let b = c.latest else {
            if !r.undated { r.undated = true; undated[c.type.order].append(i) }
            return
        }
        let days = a.dayNumber...max(a.dayNumber, min(b.dayNumber, a.dayNumber + 400))
        if let k = r.days, k.upperBound + 1 < days.lowerBound || days.upperBound + 1 < k.lowerBound { r.gapped = true }
        for d in days where !(r.days?.contains(d) ?? false) {
            let key = Self.slot(c.type, d)
            if r.gapped, byDay[key]?.contains(i) == true { continue }
            if byDay[key] == nil { daysOfType[c.type.order].append(d) }
            byDay[key, default: []].append(i)
        }
        if r.days == nil { r.days = days } else if !r.gapped, let k = r.days {
            r.days = min(k.lowerBound, days.lowerBound)...max(k.upperBound, days.upperBound)
        }
    }

    /// Clusters of the mention's type registered near its dates (or on any day when it has none), in index order.
    func candidates(for m: Mention, window: Int) -> [Int] {
        let t = m.eventType.order
        // Room for the undated clusters and a few days' worth: one allocation, not three.
        var out: [Int] = []
        out.reserveCapacity(undated[t].count + 16)
        out += undated[t]
        if let a = m.date.earliest, let b = m.date.latest {
            for d in (a.dayNumber - window)...max(a.dayNumber - window, min(b.dayNumber + window, a.dayNumber + 400)) {
                if let s = byDay[Self.slot(m.eventType, d)] { out += s }
            }
        } else {
            for d in daysOfType[t] { out += byDay[Self.slot(m.eventType, d)] ?? [] }
        }
        out.sort()
        out.removeAdjacentDuplicates()
        return out
    }
}
