import SitrepCore

/// A large synthetic analysis for the keystroke benchmark: `count` events spread over three years and
/// forty places, each with one or two mentions in a handful of documents. Deterministic.
enum GeneratedCorpus {
    static func analysis(events count: Int) -> Analysis {
        let body = String(repeating: "Shelling was reported near the town on Tuesday, residents said. ", count: 40)
        let docs = (0..<8).map { i in
            Document(id: "gen-\(i)", path: "gen-\(i).txt",
                     frontMatter: FrontMatter(title: "Generated report \(i)", outlet: "Outlet \(i)", published: CalendarDate(iso: "2024-01-01")),
                     text: body, bodyStart: 0, sha256: "")
        }
        let admins = ["Idlib Governorate", "Aleppo Governorate", "Hama Governorate", "Homs Governorate", "Daraa Governorate"]
        let places = (0..<40).map { i in
            Place(key: "G:\(i)", name: "Town \(i)", kind: .town, admin1: admins[i % admins.count], country: "Syria",
                  countryCode: "SY", lat: 35, lon: 36)
        }
        let actors = ["Hayat Tahrir al-Sham", "Military Forces of Syria", "Civilians (Syria)", "Military Forces of Russia"]
        var rng = SplitMix(seed: 42)
        var events: [Event] = []
        events.reserveCapacity(count)
        let start = CalendarDate(iso: "2022-01-01")!
        for i in 0..<count {
            let date = EventDate.day(start.adding(days: Int(rng.next() % 1095)))
            let place = places[Int(rng.next() % 40)]
            let type = EventType.allCases[Int(rng.next() % 6)]
            let offset = Int(rng.next() % 2000)
            let killed = Int(rng.next() % 12)
            let mentions = (0..<(1 + i % 2)).map { k in
                Mention(doc: docs[(i + k) % docs.count].id, span: ByteSpan(offset, offset + 60), quote: "Shelling was reported",
                        trigger: "shelling", eventType: type, subEventType: type.subEventTypes[0], date: date,
                        location: Location(place: place, geoPrecision: 1),
                        actors: [ActorRef(name: actors[i % 4], role: .actor1, inter: 0)],
                        fatalities: FatalityCount(count: killed + k), claimedBy: nil)
            }
            let f = killed > 0 ? FatalityRange(low: killed, best: killed, high: killed + (i % 2), count: killed, qualifier: nil) : nil
            events.append(Event(id: "ev-\(i)", date: date, location: Location(place: place, geoPrecision: 1), eventType: type,
                                subEventType: type.subEventTypes[0], actors: [ActorRef(name: actors[i % 4], role: .actor1, inter: 0),
                                ActorRef(name: actors[(i + 1) % 4], role: .actor2, inter: 0)],
                                fatalities: f, mentions: mentions, disputedFields: f?.isDisputed == true ? ["fatalities"] : []))
        }
        return Analysis(documents: docs, events: events, disagreements: [])
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
    }
}
