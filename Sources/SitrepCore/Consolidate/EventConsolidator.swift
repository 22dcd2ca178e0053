/// Builds one event's consolidated fields from its mentions.
enum EventConsolidator {
    static func event(from raw: [Mention]) -> Event {
        let mentions = raw.sorted { ($0.doc, $0.span.start) < ($1.doc, $1.span.start) }
        let first = mentions[0]
        return Event(id: eventID(first), date: date(mentions), location: location(mentions), eventType: first.eventType,
                     subEventType: mostCommon(mentions.map(\.subEventType)), actors: actors(mentions),
                     fatalities: fatalities(mentions), mentions: mentions)
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

    static func mostCommon(_ values: [String]) -> String {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        return values.max { (counts[$0]!, $1) < (counts[$1]!, $0) } ?? values[0]
    }

    /// The best date: the most reported precise day (earliest on ties), with the finest precision and the shared interval.
    static func date(_ ms: [Mention]) -> EventDate {
        let dated = ms.filter { $0.date.date != nil }
        guard let finest = dated.map(\.date.precision).min() else { return .unknown }
        let precise = dated.filter { $0.date.precision == finest }
        var counts: [CalendarDate: Int] = [:]
        for m in precise { counts[m.date.date!, default: 0] += 1 }
        let best = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
        var lo = precise.compactMap(\.date.earliest).min() ?? best, hi = precise.compactMap(\.date.latest).max() ?? best
        if finest == .day { lo = precise.compactMap(\.date.date).min()!; hi = precise.compactMap(\.date.date).max()! }
        return EventDate(date: best, earliest: lo, latest: hi, precision: finest)
    }

    static func location(_ ms: [Mention]) -> Location? {
        let locs = ms.compactMap(\.location)
        guard let top = locs.map({ specificity($0) }).max() else { return nil }
        let candidates = locs.filter { specificity($0) == top }
        let key = mostCommon(candidates.map(\.place.key))
        return candidates.filter { $0.place.key == key }.min { $0.geoPrecision < $1.geoPrecision }
    }

    static func actors(_ ms: [Mention]) -> [ActorRef] {
        var out: [ActorRef] = []
        for role in [ActorRole.actor1, .actor2] {
            var counts: [String: (Int, ActorRef)] = [:]
            for a in ms.flatMap(\.actors) where a.role == role { counts[a.name] = ((counts[a.name]?.0 ?? 0) + 1, a) }
            let sorted = counts.values.sorted { ($0.0, $1.1.name) > ($1.0, $0.1.name) }
            for (_, a) in sorted where !out.contains(where: { $0.name == a.name }) { out.append(a) }
        }
        return out
    }

    /// Low, best (the lowest, as ACLED codes conservatively) and high across sources.
    static func fatalities(_ ms: [Mention]) -> FatalityRange? {
        let withToll = ms.filter { $0.fatalities != nil }
        guard let low = withToll.min(by: { $0.fatalities!.count < $1.fatalities!.count })?.fatalities,
              let high = withToll.map({ $0.fatalities!.count }).max() else { return nil }
        return FatalityRange(low: low.count, best: low.count, high: high, count: low.count, qualifier: low.qualifier)
    }
}
