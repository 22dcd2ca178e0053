/// Finds where sources disagree: within an event (toll, day, place, who did it), between claims that assert
/// and deny the same thing, and between campaign-scale death tolls reported for the same country and week.
public struct DisagreementFinder: Sendable {
    /// Tolls at least this large are campaign tallies rather than single incidents.
    public var campaignTollThreshold = 50
    /// Days apart that claims about the same place may still concern the same moment.
    public var claimWindow = 2
    /// Outlet per document id, for summaries.
    public var outlets: [String: String]

    public init(outlets: [String: String]) { self.outlets = outlets }

    /// Disagreements, and the events with their `disputedFields` set.
    public func find(events: [Event], claims: [Claim]) -> ([Event], [Disagreement]) {
        var events = events
        var out: [Disagreement] = []
        for i in events.indices {
            let found = withinEvent(events[i])
            events[i].disputedFields = found.map(\.field.rawValue)
            out += found
        }
        for d in claimConflicts(claims, events: events) {
            out.append(d)
            if let id = d.event, let i = events.firstIndex(where: { $0.id == id }), !events[i].disputedFields.contains("claim") {
                events[i].disputedFields.append("claim")
            }
        }
        out += campaignTolls(events)
        return (events, out)
    }

    func withinEvent(_ e: Event) -> [Disagreement] {
        guard Set(e.mentions.map(\.doc)).count >= 2 else { return [] }
        var out: [Disagreement] = []
        let tolls = e.mentions.filter { $0.fatalities != nil }
        if Set(tolls.map { $0.fatalities!.count }).count >= 2, Set(tolls.map(\.doc)).count >= 2 {
            out.append(make(e, .fatalities, tolls) { m in Self.tollText(m.fatalities!) })
        }
        let days = e.mentions.filter { $0.date.precision == .day && $0.date.date != nil }
        if Set(days.map { $0.date.date! }).count >= 2, Set(days.map(\.doc)).count >= 2 {
            out.append(make(e, .date, days) { m in DateText.long(m.date.date!) })
        }
        let local = e.mentions.filter { $0.location?.place.kind.isLocal == true }
        let places = Dictionary(grouping: local, by: { $0.location!.place.key })
        if places.count >= 2, !nested(local.map { $0.location!.place }), Set(local.map(\.doc)).count >= 2 {
            out.append(make(e, .place, local) { $0.location!.place.name })
        }
        let doers = e.mentions.filter { m in m.actors.contains { $0.role == .actor1 && $0.inter > 0 } }
        let inters = Dictionary(grouping: doers, by: { m in m.actors.first { $0.role == .actor1 }!.inter })
        if inters.count >= 2, Set(doers.map(\.doc)).count >= 2, inters.keys.contains(1) {
            out.append(make(e, .actor, doers) { m in m.actors.filter { $0.role == .actor1 }.map(\.name).joined(separator: ", ") })
        }
        return out
    }

    func nested(_ ps: [Place]) -> Bool {
        ps.allSatisfy { a in ps.allSatisfy { b in a.isWithin(b) || b.isWithin(a) } }
    }

    func make(_ e: Event, _ field: DisagreementField, _ ms: [Mention], value: (Mention) -> String) -> Disagreement {
        let claims = ms.map { DisagreementClaim(doc: $0.doc, span: $0.span, quote: $0.quote, value: value($0), claimedBy: $0.claimedBy) }
        let sides = Dictionary(grouping: claims, by: \.value).sorted { $0.key < $1.key }.map { v, cs in
            "\(v) (" + Set(cs.map { $0.claimedBy ?? outlets[$0.doc] ?? $0.doc }).sorted().joined(separator: ", ") + ")"
        }
        let when = e.date.date.map { ", " + DateText.short($0) } ?? ""
        return Disagreement(event: e.id, field: field, summary: "\(e.summary)\(when): " + sides.joined(separator: " vs "), claims: claims)
    }

    static func tollText(_ f: FatalityCount) -> String {
        (f.qualifier.map { $0 + " " } ?? "") + "\(f.count) killed"
    }
}
