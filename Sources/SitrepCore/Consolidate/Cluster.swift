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
    /// Distinct day numbers of the members dated to the day.
    private var exactDays: [Int] = []
    var tolls: [(doc: String, count: Int)] = []
    /// The distinct figures of `tolls`.
    var tollCounts: [Int] = []
    /// The named targets of the members (`Mention.target`).
    private(set) var targets: [UInt64] = []
    /// Keys of the places the gazetteer lacks (`Place.isUnresolved`) that members are told at.
    private var unresolvedPlaces: [String] = []
    /// Documents of members told as another event (`Mention.isAnother`).
    private(set) var anotherDocs: [String] = []
    /// Each member's passage (its text is read only when a passage next to it must be told apart: a cached
    /// passage points into an article not read yet).
    var passages: [(doc: String, span: ByteSpan, quote: SharedText)] = []
    /// `passages` and `tolls` by document, once the cluster is large (`Cluster+Documents`).
    var byDocument: [String: DocumentPart]? = nil

    init(_ m: Mention, index: Int) {
        type = m.eventType; earliest = m.date.earliest; latest = m.date.latest
        add(m, index: index)
    }
    static let territorial = ["Non-state actor overtakes territory", "Government regains territory"]

    func accepts(_ m: Mention, window: Int) -> Bool {
        if let anchor = m.restates {
            if let parts = byDocument { return parts[m.doc]?.passages.contains { $0.span.start == anchor.start } ?? false }
            return passages.contains { $0.doc == m.doc && $0.span.start == anchor.start }
        }
        guard m.eventType == type else { return false }
        let subs = subEventTypes
        if type != .battles && !subs.contains(m.subEventType) { return false }
        // Territory changing hands, told by the mention and already by the cluster.
        let territorial = type == .battles && Cluster.territorial.contains(m.subEventType)
            && Cluster.territorial.contains(where: { subs.contains($0) })
        // A capture is not joined with a recapture: the territorial sub-event must match one the cluster holds.
        if territorial && !subs.contains(m.subEventType) { return false }
        guard placesCompatible(m) else { return false }
        // Large clusters keep their passages and tolls by document (`Cluster+Documents`); small ones are scanned.
        if let parts = byDocument { return acceptsByDocument(m, parts[m.doc] ?? DocumentPart(), territorial: territorial, window: window) }
        // One article giving two different tolls in two passages is telling two events ("several" fits any figure).
        if let f = m.fatalities, tolls.contains(where: { $0.doc == m.doc && $0.count != f.count }), !f.isVague {
            return false
        }
        // Two named targets are two events: "the Al-Amal School" is not "the Al-Nour school".
        if let t = m.target, targets.contains(where: { $0 != t }) { return false }
        // An article's "second strike" or "similar attack" is not one it told before, nor is its earlier telling that one.
        if (m.isAnother || anotherDocs.contains(m.doc)) && passages.contains(where: { $0.doc == m.doc }) { return false }
        // Two clauses of one sentence that the extractor told apart are two events.
        if passages.contains(where: { Self.adjacent($0.span, m.span) && $0.doc == m.doc && Self.sameSentence(($0.span, $0.quote), (m.span, m.quoteText)) }) {
            return false
        }
        return datesFit(m, territorial: territorial, window: window)
    }

    /// A passage without a date joins a dated event (or a dated passage an undated one) only at the very same place:
    /// "unknown" overlaps every day, and a country-wide place every town.
    func datesFit(_ m: Mention, territorial: Bool, window: Int) -> Bool {
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
        if let f = m.fatalities, tollCounts.contains(f.count) { s += 1 }
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
            if m.date.precision == .day { Self.insert(d.dayNumber, into: &exactDays) }
        }
        // An article's other figure for the event is no sign of another event.
        if let f = m.fatalities, m.restates == nil, !f.isVague { addToll(doc: m.doc, count: f.count) }
        addPassage(doc: m.doc, span: m.span, quote: m.quoteText)
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
    static func sameSentence(_ a: (span: ByteSpan, quote: SharedText), _ b: (span: ByteSpan, quote: SharedText)) -> Bool {
        guard !a.span.overlaps(b.span) else { return false }
        let (first, second) = a.span.start < b.span.start ? (a, b) : (b, a)
        return second.span.start - first.span.end <= 2 && !endsSentence(first.quote.slice)
    }

    private static func insert<T: Equatable>(_ value: T, into values: inout [T]) {
        if !values.contains(value) { values.append(value) }
    }
}
