/// Builds one event's consolidated fields from its mentions.
enum EventConsolidator {
    /// The event of the mentions at `members` (indices into `all`, in document and passage order: `EventMerger.clusters`),
    /// copied once.
    static func event(from all: [Mention], members: [Int]) -> Event {
        let mentions = members.map { all[$0] }
        let first = mentions[0]
        // Each part reads only its field of the mentions (no whole mentions copied in loops).
        var e = Event(id: eventID(first), date: date(mentions.map(\.date)), location: location(mentions.map(\.location)),
                      eventType: first.eventType, subEventType: mostCommon(mentions.map(\.subEventType)),
                      actors: actors(mentions.map(\.actors)), fatalities: fatalities(mentions.map(\.fatalities)), mentions: mentions)
        e.counts = tallies(mentions.map(\.counts))
        e.actors = takerLeads(e.actors, subEventType: e.subEventType)
        return e
    }

    /// ACLED's territorial sub-events name who took the ground: "Non-state actor overtakes territory" is led by a
    /// non-state group, "Government regains territory" by state forces. When the mentions' vote put the other side
    /// first, the associated actor of the right kind leads and the voted one becomes associated.
    static func takerLeads(_ actors: [ActorRef], subEventType: String) -> [ActorRef] {
        let wantsState: Bool
        switch subEventType {
        case "Non-state actor overtakes territory": wantsState = false
        case "Government regains territory": wantsState = true
        default: return actors
        }
        func fits(_ a: ActorRef) -> Bool { wantsState ? a.inter == 1 : (2...4).contains(a.inter) }
        guard let lead = actors.firstIndex(where: { $0.role == .actor1 }), !fits(actors[lead]),
              let other = actors.firstIndex(where: { $0.role == .assocActor1 && fits($0) }) else { return actors }
        var out = actors
        out[lead].role = .assocActor1
        out[other].role = .actor1
        return out
    }

    /// Per kind of count (wounded, abducted, arrested) that some source gives, its low, best and high.
    static func tallies(_ lists: [[PeopleCount]]) -> [PeopleTally] {
        guard lists.contains(where: { !$0.isEmpty }) else { return [] }
        return PeopleCountKind.allCases.compactMap { kind in
            fatalities(lists.map { l in l.first { $0.kind == kind }?.count }).map { PeopleTally(kind: kind, range: $0) }
        }
    }

    /// "ev-" and 10 hex digits of a hash of the first mention's document, span, type and trigger: stable for the
    /// same input (one sentence can report two events, so the span alone is not enough).
    static func eventID(_ m: Mention) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(m.doc):\(m.span.start):\(m.span.end):\(m.eventType.rawValue):\(m.subEventType):\(m.trigger)".utf8 {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return "ev-" + String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }

    /// The commonest value; the smallest on ties. Counted in a short list: an event has few distinct values.
    static func mostCommon(_ values: [String]) -> String {
        var counts: [(value: String, count: Int)] = []
        for v in values {
            if let i = counts.firstIndex(where: { $0.value == v }) { counts[i].count += 1 } else { counts.append((v, 1)) }
        }
        return counts.max { ($0.count, $1.value) < ($1.count, $0.value) }?.value ?? values[0]
    }

    /// The best date: the most reported precise day (earliest on ties), with the finest precision and the shared interval.
    static func date(_ dates: [EventDate]) -> EventDate {
        var finest: DatePrecision? = nil
        for d in dates where d.date != nil { finest = min(finest ?? d.precision, d.precision) }
        guard let finest else { return .unknown }
        var counts: [(date: CalendarDate, count: Int)] = []
        var earliest: CalendarDate? = nil, latest: CalendarDate? = nil, first: CalendarDate? = nil, last: CalendarDate? = nil
        for date in dates where date.precision == finest {
            guard let d = date.date else { continue }
            if let i = counts.firstIndex(where: { $0.date == d }) { counts[i].count += 1 } else { counts.append((d, 1)) }
            if let e = date.earliest { earliest = min(earliest ?? e, e) }
            if let l = date.latest { latest = max(latest ?? l, l) }
            first = min(first ?? d, d); last = max(last ?? d, d)
        }
        let best = counts.max { ($0.count, $1.date) < ($1.count, $0.date) }!.date
        if finest == .day { return EventDate(date: best, earliest: first, latest: last, precision: finest) }
        return EventDate(date: best, earliest: earliest ?? best, latest: latest ?? best, precision: finest)
    }

    /// The most specific location; among those, the most reported place, told with the finest precision.
    static func location(_ locations: [Location?]) -> Location? {
        var top = -1
        for case let l? in locations { top = max(top, specificity(l)) }
        guard top >= 0 else { return nil }
        let key = mostCommon(locations.compactMap { $0.flatMap { specificity($0) == top ? $0.place.key : nil } })
        var best: Location? = nil
        for case let l? in locations {
            guard specificity(l) == top, l.place.key == key else { continue }
            if best == nil || l.geoPrecision < best!.geoPrecision { best = l }
        }
        return best
    }

    /// The actor1 the mentions agree on (named by the most mentions, the first named on ties; a named group before
    /// an unnamed one), the actor2 likewise;
    /// every other actor a mention names goes to ACLED's associated actors of its side. A perpetrator the mentions
    /// disagree on is a disagreement (`DisagreementFinder`), not a list.
    static func actors(_ lists: [[ActorRef]]) -> [ActorRef] {
        var out: [ActorRef] = []
        for (main, assoc) in [(ActorRole.actor1, ActorRole.assocActor1), (.actor2, .assocActor2)] {
            // Per name: mentions naming it in the main role, first position seen, the ref.
            var counts: [(count: Int, first: Int, ref: ActorRef)] = []
            var order = 0
            for list in lists {
                for a in list where a.role == main || a.role == assoc {
                    order += 1
                    let weight = a.role == main ? 1 : 0
                    if let i = counts.firstIndex(where: { $0.ref.name == a.name }) { counts[i].count += weight } else {
                        counts.append((weight, order, a))
                    }
                }
            }
            // Named as often: the one other mentions name less often on the other side leads ("X attacked Y", "Y and X
            // clashed", "Z struck Y": X, not Y).
            let other = main == .actor1 ? ActorRole.actor2 : .actor1
            // Names the mentions give more often on the other side than on this one ("police" hit in most tellings).
            var otherSide: Set<String> = []
            if counts.count > 1 {
                for i in counts.indices {
                    let name = counts[i].ref.name
                    var against = 0
                    for list in lists { for a in list where a.role == other && a.name == name { against += 1 } }
                    if against > counts[i].count { otherSide.insert(name) }
                    counts[i].count = counts[i].count * 8 - min(7, against)
                }
            }
            counts.removeAll { c in out.contains { $0.name == c.ref.name } }
            // A group one source names outweighs the "gunmen" or "armed group" others leave unnamed, unless the other
            // mentions mostly name it on the other side.
            let candidates = counts.filter { $0.count > 0 }
            let named = candidates.filter { !DocumentExtractor.isUnnamed($0.ref) && !otherSide.contains($0.ref.name) }
            guard let best = (named.isEmpty ? candidates : named).max(by: { ($0.count, -$0.first) < ($1.count, -$1.first) }) else {
                out += counts.map { ActorRef(name: $0.ref.name, role: assoc, inter: $0.ref.inter) }
                continue
            }
            out.append(ActorRef(name: best.ref.name, role: main, inter: best.ref.inter))
            for c in counts.sorted(by: { ($0.count, -$0.first) > ($1.count, -$1.first) }) where c.ref.name != best.ref.name {
                out.append(ActorRef(name: c.ref.name, role: assoc, inter: c.ref.inter))
            }
        }
        return out
    }

    /// Low, best (the lowest, as ACLED codes conservatively) and high across sources; a vague count ("several") only
    /// when no source gives a figure.
    static func fatalities(_ counts: [FatalityCount?]) -> FatalityRange? {
        var low: FatalityCount? = nil, high = 0
        let figures = FatalityCount.anyFigure(counts)
        for case let f? in counts where !(figures && f.isVague) {
            if low == nil || f.count < low!.count { low = f }
            high = max(high, f.count)
        }
        guard let low else { return nil }
        return FatalityRange(low: low.count, best: low.count, high: high, count: low.count, qualifier: low.qualifier)
    }
}
