/// Finds where sources disagree: within an event (toll, day, place, who did it), between claims that assert
/// and deny the same thing, between two events that are one happening told two ways, and between campaign-scale
/// death tolls reported for the same country and week.
public struct DisagreementFinder: Sendable {
    /// Tolls at least this large are campaign tallies rather than single incidents.
    public var campaignTollThreshold = 50
    /// Days apart that claims about the same place may still concern the same moment.
    public var claimWindow = 2
    /// Outlet per document id, for summaries.
    public var outlets: [String: String]
    /// Publication day per document id, for telling a toll's history.
    public var published: [String: CalendarDate] = [:]

    public init(outlets: [String: String]) { self.outlets = outlets }

    /// Disagreements, and the events with their `disputedFields` set.
    /// With `workers` > 1 the events are checked in parallel.
    public func find(events: [Event], claims: [Claim], workers: Int = 1) -> ([Event], [Disagreement]) {
        var events = events
        var out: [Disagreement] = []
        let within = parallelMap(count: events.count, workers: workers) { [events] in withinEvent(events[$0]) }
        for (i, found) in within.enumerated() {
            events[i].disputedFields = found.map(\.field.rawValue)
            out += found
        }
        let position = Dictionary(events.indices.map { (events[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        for d in claimConflicts(claims, events: events) {
            out.append(d)
            if let id = d.event, let i = position[id], !events[i].disputedFields.contains("claim") {
                events[i].disputedFields.append("claim")
            }
        }
        for (d, a, b) in rivalTellings(events) {
            var d = d
            d.relatedEvent = events[b].id
            out.append(d)
            for i in [a, b] where !events[i].disputedFields.contains(d.field.rawValue) { events[i].disputedFields.append(d.field.rawValue) }
        }
        out += campaignTolls(events)
        return (events, out)
    }

    func withinEvent(_ e: Event) -> [Disagreement] {
        let ms = e.mentions
        var out: [Disagreement] = []
        // A vague count no higher than a figure given ("several" beside 25) does not contradict it.
        let top = ms.lazy.compactMap { $0.fatalities }.filter { !$0.isVague }.map(\.count).max() ?? -1
        let tolls = ms.indices.filter { i in ms[i].fatalities.map { !$0.isVague || $0.count > top } ?? false }
        // Tolls from two outlets, or from two sources one article quotes ("police said 5 … a paramedic said 10").
        if Self.varies(tolls, { ms[$0].fatalities!.count }), Self.twoSources(tolls, ms) {
            var d = make(e, .fatalities, tolls) { m in Self.tollText(m.fatalities!) }
            if let history = tollHistory(e) { d.summary = history }
            out.append(d)
        }
        for kind in PeopleCountKind.allCases {
            let counted = ms.indices.filter { i in ms[i].counts.contains { $0.kind == kind } }
            let figure = { (i: Int) in ms[i].counts.first { $0.kind == kind }!.count.count }
            if Self.varies(counted, figure), Self.twoSources(counted, ms), let field = DisagreementField(rawValue: kind.rawValue) {
                out.append(make(e, field, counted) { m in m.counts.first { $0.kind == kind }!.text })
            }
        }
        // Who was hit: civilians in one telling, fighters in another ("displaced families" vs "terrorists operating inside").
        let sides = ms.map { m in m.actors.lazy.filter { $0.role == .actor2 }.compactMap(Self.victimSide).first }
        let hit = ms.indices.filter { sides[$0] != nil }
        if Self.varies(hit, { sides[$0]! }), Self.twoSources(hit, ms) {
            out.append(make(e, .actor, hit) { m in "hit " + m.actors.filter { $0.role == .actor2 }.map(\.name).joined(separator: ", ") })
        }
        guard Self.varies(ms.indices, { ms[$0].doc }) else { return out }
        let days = ms.indices.filter { ms[$0].date.precision == .day && ms[$0].date.date != nil }
        if Self.varies(days, { ms[$0].date.date! }), Self.varies(days, { ms[$0].doc }) {
            out.append(make(e, .date, days) { m in DateText.long(m.date.date!) })
        }
        let local = ms.indices.filter { ms[$0].location?.place.kind.isLocal == true }
        if Self.varies(local, { ms[$0].location!.place.key }), !nested(local.map { ms[$0].location!.place }),
           Self.varies(local, { ms[$0].doc }) {
            out.append(make(e, .place, local) { $0.location!.place.name })
        }
        let doers = ms.indices.filter { i in ms[i].actors.contains { $0.role == .actor1 && $0.inter > 0 } }
        let inter = { (i: Int) in ms[i].actors.first { $0.role == .actor1 }!.inter }
        if Self.varies(doers, inter), Self.varies(doers, { ms[$0].doc }), doers.contains(where: { inter($0) == 1 }) {
            out.append(make(e, .actor, doers) { m in m.actors.filter { $0.role == .actor1 }.map(\.name).joined(separator: ", ") })
        }
        return out
    }

    /// Whether `value` takes at least two different values over `items`.
    static func varies<T: Equatable>(_ items: some Collection<Int>, _ value: (Int) -> T) -> Bool {
        guard let first = items.first else { return false }
        let v = value(first)
        return items.contains { value($0) != v }
    }

    /// Whether every two of the places lie one inside the other (compared once per distinct place).
    func nested(_ all: [Place]) -> Bool {
        var ps: [Place] = []
        for p in all where !ps.contains(where: { $0.key == p.key }) { ps.append(p) }
        return ps.allSatisfy { a in ps.allSatisfy { b in a.isWithin(b) || b.isWithin(a) } }
    }

    /// A disagreement on `field` between the event's mentions at `indices`, each side with its sources.
    func make(_ e: Event, _ field: DisagreementField, _ indices: [Int], value: (Mention) -> String) -> Disagreement {
        let claims = indices.map { i in claim(e.mentions[i], value(e.mentions[i])) }
        let sides = Dictionary(grouping: claims, by: \.value).sorted { $0.key < $1.key }.map { v, cs in "\(v) (\(sources(cs)))" }
        let when = e.date.date.map { ", " + DateText.short($0) } ?? ""
        return Disagreement(event: e.id, field: field, summary: "\(e.summary)\(when): " + sides.joined(separator: " vs "), claims: claims)
    }

    /// A claim's sources as a summary names them: who inside the article claims it, else its outlet; sorted, once each.
    func sources(_ claims: [DisagreementClaim]) -> String {
        Set(claims.map { $0.claimedBy ?? outlets[$0.doc] ?? $0.doc }).sorted().joined(separator: ", ")
    }

    /// Whether the mentions at `indices` come from two outlets, or from two sources one article quotes.
    static func twoSources(_ indices: [Int], _ ms: [Mention]) -> Bool {
        varies(indices, { ms[$0].doc }) || varies(indices, { ms[$0].claimedBy ?? "" })
    }

    /// Whom an actor2 says was hit: civilians, or armed men (state forces, rebels, militias); nil for anyone else.
    static func victimSide(_ a: ActorRef) -> String? {
        a.inter == 7 ? "civilians" : (1...4).contains(a.inter) ? "armed" : nil
    }

    static func tollText(_ f: FatalityCount) -> String {
        "\(f.figure) killed"
    }

    /// A toll that rose as it was reported, told in order: "Air/drone strike in X, 20 Aug 2024: at least 7 killed
    /// (Civil Defence, Tue 20 Aug 2024) → at least 12 killed (Civil Defence, Wed 21 Aug 2024)". Nil when the figures
    /// do not rise with the days the articles appeared (then the sides stand against each other).
    func tollHistory(_ e: Event) -> String? {
        var firstSeen: [Int: (day: CalendarDate, sources: Set<String>, text: String)] = [:]
        for f in TollHistory(e, outlets: outlets, published: published).figures {
            guard let day = f.published else { return nil }
            if var s = firstSeen[f.count] {
                if day < s.day { s.day = day }
                s.sources.insert(f.source)
                firstSeen[f.count] = s
            } else {
                firstSeen[f.count] = (day, [f.source], Self.tollText(e.mentions[f.mention].fatalities!))
            }
        }
        let steps = firstSeen.sorted { ($0.value.day, $0.key) < ($1.value.day, $1.key) }
        guard steps.count > 1, zip(steps, steps.dropFirst()).allSatisfy({ $0.0.key < $0.1.key && $0.0.value.day < $0.1.value.day })
        else { return nil }
        let when = e.date.date.map { ", " + DateText.short($0) } ?? ""
        return "\(e.summary)\(when): " + steps.map { s in
            "\(s.value.text) (\(s.value.sources.sorted().joined(separator: ", ")), \(DateText.long(s.value.day)))"
        }.joined(separator: " → ")
    }
}

