/// Disagreements between two events that are one happening told two ways, which merging rightly keeps apart because
/// each telling is an event of its own kind: an armed group's violence one outlet tells as an attack on civilians and
/// another as an armed clash; a confrontation one side tells as a riot and the other as force against protesters;
/// fighting one outlet says broke out a day before another says it did.
extension DisagreementFinder {
    /// Events at most this many apart in a place's date order are compared (bounds the work on huge corpora).
    static let tellingReach = 64

    /// The disagreements between events told two ways, with the index pairs of the events each concerns.
    func rivalTellings(_ events: [Event]) -> [(Disagreement, Int, Int)] {
        var out: [(Disagreement, Int, Int)] = []
        for group in Self.byPlace(events) {
            let firsts = Self.firstFightingDays(events, group)
            for (x, i) in group.enumerated() {
                for j in group[(x + 1)...].prefix(Self.tellingReach) {
                    guard Self.sameTime(events[i].date, events[j].date, slack: 1) else { continue }
                    if let d = onsetDays(events[i], events[j], firsts: firsts) { out.append((d, i, j)) }
                    guard Self.sameTime(events[i].date, events[j].date, slack: 0) else { continue }
                    for (a, b) in [(i, j), (j, i)] {
                        if let d = attackToldAsClash(events[a], events[b]) { out += d.map { ($0, a, b) } }
                        if let d = riotToldAsForce(events[a], events[b]) { out.append((d, a, b)) }
                    }
                }
            }
        }
        return out
    }

    /// Indices of events below country level, grouped by place, each group in date order (undated last).
    static func byPlace(_ events: [Event]) -> [[Int]] {
        var groups: [String: [Int]] = [:]
        for i in events.indices {
            guard let p = events[i].location?.place, p.kind != .country else { continue }
            groups[p.key, default: []].append(i)
        }
        let start = { (i: Int) in events[i].date.earliest?.dayNumber ?? Int.max }
        return groups.sorted { $0.key < $1.key }.map { $0.value.sorted { (start($0), $0) < (start($1), $1) } }.filter { $0.count > 1 }
    }

    /// Whether two dates can be the same moment, or `slack` days apart; two unknown dates can.
    static func sameTime(_ a: EventDate, _ b: EventDate, slack: Int) -> Bool {
        guard let a0 = a.earliest, let a1 = a.latest, let b0 = b.earliest, let b1 = b.latest else {
            return a.precision == .unknown && b.precision == .unknown
        }
        return a0.dayNumber <= b1.dayNumber + slack && b0.dayNumber <= a1.dayNumber + slack
    }

    /// An armed group's violence that one outlet leads with as an attack on civilians and another as an armed clash:
    /// the same acting group, each outlet's first passage of the two events in a different one and giving a toll.
    /// A disagreement on what it was (each outlet's passages of its telling) and, when the leads' tolls differ, on the
    /// toll.
    func attackToldAsClash(_ attack: Event, _ clash: Event) -> [Disagreement]? {
        guard attack.eventType == .violenceAgainstCivilians, attack.subEventType == "Attack",
              clash.eventType == .battles, clash.subEventType == "Armed clash",
              let doer = Self.namedGroup(attack), doer == Self.namedGroup(clash) else { return nil }
        let leads = Self.leads(attack, clash)
        let asAttack = leads.filter { $0.value.inFirst && $0.value.mention.fatalities != nil }.keys.sorted()
        let asClash = leads.filter { !$0.value.inFirst && $0.value.mention.fatalities != nil }.keys.sorted()
        guard !asAttack.isEmpty, !asClash.isEmpty else { return nil }
        let told = asAttack.flatMap { doc in attack.mentions.filter { $0.doc == doc }.map { claim($0, "an attack on civilians") } }
            + asClash.flatMap { doc in clash.mentions.filter { $0.doc == doc }.map { claim($0, "an armed clash") } }
        var out = [tellings(attack, .type, told, what: "Attack or clash (\(doer))")]
        let tolls = (asAttack + asClash).map { leads[$0]!.mention }
        if Self.varies(tolls.indices, { tolls[$0].fatalities!.count }) {
            let figures = tolls.map { claim($0, Self.tollText($0.fatalities!)) }
            out.append(tellings(attack, .fatalities, figures, what: "Toll of the violence (\(doer))"))
        }
        return out
    }

    /// A confrontation between a crowd and state forces told as a riot in one event and as force used on protesters
    /// in another, at the same place and time, by two outlets or two sources: who turned it violent.
    func riotToldAsForce(_ riot: Event, _ force: Event) -> Disagreement? {
        guard riot.eventType == .riots, force.eventType == .protests, force.subEventType != "Peaceful protest",
              riot.actors.contains(where: { $0.inter == 1 }), force.actors.contains(where: { $0.inter == 1 }) else { return nil }
        let ms = riot.mentions + force.mentions
        guard Self.twoSources(Array(ms.indices), ms) else { return nil }
        let told = riot.mentions.map { claim($0, "a riot (the crowd turned violent)") }
            + force.mentions.map { claim($0, "force used on protesters") }
        return tellings(riot, .type, told, what: "Riot or force against protesters")
    }

    /// Fighting that one outlet says broke out on one day and another says broke out on the next: each outlet's
    /// passage telling the onset is its first day of fighting in the place, and neither tells the other's day as an
    /// onset.
    func onsetDays(_ a: Event, _ b: Event, firsts: [String: CalendarDate]) -> Disagreement? {
        guard a.eventType == .battles, b.eventType == .battles else { return nil }
        func onsets(_ e: Event) -> [Mention] {
            e.mentions.filter { m in
                m.tellsOnset && m.date.precision == .day && m.date.date != nil && firsts[m.doc] == m.date.date
            }
        }
        let (early, late) = (onsets(a), onsets(b))
        guard let d0 = early.first?.date.date, let d1 = late.first?.date.date, abs(d0.dayNumber - d1.dayNumber) == 1 else { return nil }
        let docs0 = Set(early.map(\.doc)), docs1 = Set(late.map(\.doc))
        guard docs0.isDisjoint(with: docs1) else { return nil }
        let told = (early + late).map { claim($0, DateText.long($0.date.date!)) }
        return tellings(a, .date, told, what: "When the fighting began")
    }

    /// Per document, the first day it gives fighting at the group's place.
    static func firstFightingDays(_ events: [Event], _ group: [Int]) -> [String: CalendarDate] {
        var firsts: [String: CalendarDate] = [:]
        for i in group where events[i].eventType == .battles {
            for m in events[i].mentions where m.date.precision == .day {
                guard let d = m.date.date else { continue }
                if let f = firsts[m.doc], f <= d { continue }
                firsts[m.doc] = d
            }
        }
        return firsts
    }

    /// The acting armed group both events would name: an organisation's own name (rebels or militias, not a
    /// template such as "Unidentified Armed Group (X)").
    static func namedGroup(_ e: Event) -> String? {
        guard let a = e.actors.first(where: { $0.role == .actor1 }), a.inter == 2 || a.inter == 3, !a.name.hasSuffix(")") else { return nil }
        return a.name
    }

    /// Per document, its first passage among the two events, and whether it is in the first.
    static func leads(_ first: Event, _ second: Event) -> [String: (mention: Mention, inFirst: Bool)] {
        var out: [String: (mention: Mention, inFirst: Bool)] = [:]
        for (ms, inFirst) in [(first.mentions, true), (second.mentions, false)] {
            for m in ms where out[m.doc].map({ m.span.start < $0.mention.span.start }) ?? true { out[m.doc] = (m, inFirst) }
        }
        return out
    }

    /// One mention as a side of a disagreement, with the value it gives.
    func claim(_ m: Mention, _ value: String) -> DisagreementClaim {
        DisagreementClaim(doc: m.doc, span: m.span, quoteText: m.quoteText, value: value, claimedBy: m.claimedBy)
    }

    /// A disagreement between two tellings, its summary naming each side's sources.
    func tellings(_ e: Event, _ field: DisagreementField, _ claims: [DisagreementClaim], what: String) -> Disagreement {
        // Sides in the order the claims first give them.
        var order: [String] = []
        for c in claims where !order.contains(c.value) { order.append(c.value) }
        let place = e.location.map { " in \($0.place.name)" } ?? ""
        let when = e.date.date.map { ", " + DateText.short($0) } ?? ""
        let sides = order.map { v in "\(v) (\(sources(claims.filter { $0.value == v })))" }
        return Disagreement(event: e.id, field: field, summary: "\(what)\(place)\(when): " + sides.joined(separator: " vs "), claims: claims)
    }
}
