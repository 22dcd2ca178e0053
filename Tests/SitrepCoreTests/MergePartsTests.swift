import Foundation
import Testing
@testable import SitrepCore

/// The merge's parts (`MergeParts`) and their memo (`MergeMemo`): a cluster only ever accepts a mention of its own
/// part, so parts clustered alone, or taken from an earlier run, give the whole list's clusters.
@Suite("Merge parts")
struct MergePartsTests {
    @Test(arguments: 0..<400) func aClusterAcceptsOnlyMentionsOfItsPart(seed: Int) {
        #expect(Self.acceptances(RandomMentions.list(seed: UInt64(seed))) > 0)
    }

    @Test func randomListsFallIntoSeveralParts() {
        let counts = (0..<150).map { seed in
            let mentions = RandomMentions.list(seed: UInt64(seed))
            return MergeParts(mentions, window: EventMerger().territoryWindow, restated: RestatedPassages(mentions)).count
        }
        #expect(counts.filter { $0 > 3 }.count > counts.count / 3, "\(counts)")
    }

    /// Clusters `mentions` as the merge does, checking that each cluster that accepts a mention holds mentions of its
    /// part; the number of acceptances.
    static func acceptances(_ mentions: [Mention]) -> Int {
        let merger = EventMerger()
        var accepted = 0
        let parts = MergeParts(mentions, window: merger.territoryWindow, restated: RestatedPassages(mentions))
        var clusters: [Cluster] = [], founders: [Int] = [], index = ClusterIndex()
        index.restated = RestatedPassages(mentions)
        for k in EventMerger.mergeOrder(mentions) {
            let m = mentions[k]
            let offered = index.candidates(for: m, window: merger.territoryWindow)
            for i in offered where clusters[i].accepts(m, window: merger.territoryWindow) {
                #expect(parts.partOf[founders[i]] == parts.partOf[k], "mention \(k) joins the cluster of \(founders[i])")
                accepted += 1
            }
            let i = merger.bestCluster(for: m, among: offered, clusters) ?? clusters.count
            if i < clusters.count { clusters[i].add(m, index: k) } else { clusters.append(Cluster(m, index: k)); founders.append(k) }
            index.register(i, clusters[i])
            index.restated.joined(k, cluster: i)
        }
        return accepted
    }

    @Test(arguments: 0..<60) func partsClusteredApartOrKeptGiveTheWholeListsClusters(seed: Int) {
        let mentions = RandomMentions.list(seed: UInt64(seed) + 1000)
        let merger = EventMerger()
        let whole = merger.clusters(mentions, workers: 1)
        #expect(merger.clusters(mentions, workers: 2) == whole)
        let names = RandomMentions.names(mentions)
        var kept = MergeMemo()
        #expect(merger.clusters(mentions, workers: 1, names: names, known: MergeMemo(), kept: &kept) == whole)
        #expect(!kept.parts.isEmpty)
        var again = MergeMemo()
        #expect(merger.clusters(mentions, workers: 2, names: names, known: kept, kept: &again) == whole)
        #expect(again == kept)
        // Half the list: its parts are new or kept, and its clusters are the half's own.
        let half = Array(mentions.prefix(mentions.count / 2))
        var third = MergeMemo()
        #expect(merger.clusters(half, workers: 2, names: RandomMentions.names(half), known: kept, kept: &third)
            == merger.clusters(half, workers: 1))
    }

    @Test func aKeptPartIsTakenAsItIs() {
        let mentions = RandomMentions.list(seed: 7)
        let merger = EventMerger(), names = RandomMentions.names(mentions)
        var kept = MergeMemo()
        let whole = merger.clusters(mentions, workers: 1, names: names, known: MergeMemo(), kept: &kept)
        // Cut one kept cluster of several mentions into single ones: the next run takes the cut clusters.
        guard let (key, clusters) = kept.parts.first(where: { $0.value.contains { $0.count > 1 } }) else {
            Issue.record("no cluster of several mentions"); return
        }
        var poisoned = kept
        poisoned.parts[key] = clusters.flatMap { c in c.map { [$0] } }
        var after = MergeMemo()
        let taken = merger.clusters(mentions, workers: 1, names: names, known: poisoned, kept: &after)
        let extra = clusters.map { $0.count - 1 }.reduce(0, +)
        #expect(taken.count == whole.count + extra)
        #expect(after.parts[key] == poisoned.parts[key])
    }

    @Test func consolidatingWithTheMemoIsConsolidatingWithout() {
        let pipeline = Pipeline(lexicon: Fixtures.lexicon)
        var docs = ScaleIndexTests.corpus.map {
            Fixtures.document($0.body, id: $0.id, published: $0.published, outlet: $0.id.uppercased())
        }
        var memo: MergeMemo? = MergeMemo(), inferences = InferenceMemo()
        for round in 0..<3 {
            if round == 2 { docs.append(Fixtures.document("Gunmen killed five villagers in Kuriga on Friday.", id: "b3", published: "2024-03-10", outlet: "B3")) }
            let sorted = docs.sorted { $0.id < $1.id }
            let fresh = pipeline.analyse(documents: sorted)
            let extracted = pipeline.extract(sorted, workers: 1)
            let before = memo
            let kept = pipeline.consolidate(documents: sorted, mentions: extracted.flatMap(\.mentions), claims: extracted.flatMap(\.claims),
                                            workers: 2, inferences: &inferences, merges: &memo)
            #expect(kept.events == fresh.events && kept.disagreements == fresh.disagreements, "round \(round)")
            #expect(kept.documents.map(\.frontMatter.published) == fresh.documents.map(\.frontMatter.published))
            #expect(memo?.parts.isEmpty == false)
            if round == 1 { #expect(memo == before) }
        }
    }
}

/// Invented mentions for the merge: a few documents, types, places nested in two countries (towns, admin1s, the
/// countries, a region, places the gazetteer lacks, none), dates to the day, week or month, half-known or unknown,
/// restatements of an earlier passage, tolls, targets and "another" marks; drawn from a seeded generator.
struct RandomMentions {
    var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

    mutating func next(_ n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }

    static let countryA = Place(key: "C:AA", name: "Aland", kind: .country, admin1: nil, country: "Aland", countryCode: "AA", lat: 0, lon: 0)
    static let places: [Place?] = [
        nil,
        Place(key: "P:1", name: "One", kind: .town, admin1: "North", country: "Aland", countryCode: "AA", lat: 1, lon: 1),
        Place(key: "P:2", name: "Two", kind: .town, admin1: "North", country: "Aland", countryCode: "AA", lat: 1, lon: 2),
        Place(key: "P:3", name: "Three", kind: .city, admin1: "South", country: "Aland", countryCode: "AA", lat: 2, lon: 1),
        Place(key: "P:4", name: "Four", kind: .town, admin1: nil, country: "Aland", countryCode: "AA", lat: 3, lon: 1),
        Place(key: "A:N", name: "North", kind: .admin1, admin1: "North", country: "Aland", countryCode: "AA", lat: 1, lon: 0),
        Place(key: "R:AA", name: "the east", kind: .region, admin1: nil, country: "Aland", countryCode: "AA", lat: 0, lon: 3),
        countryA,
        Place.unresolved(name: "Hilltop", kind: .town, in: Place(key: "A:S", name: "South", kind: .admin1, admin1: "South",
                                                                 country: "Aland", countryCode: "AA", lat: 2, lon: 0)),
        Place(key: "P:5", name: "Five", kind: .town, admin1: "West", country: "Beland", countryCode: "BB", lat: 9, lon: 9),
        Place(key: "C:BB", name: "Beland", kind: .country, admin1: nil, country: "Beland", countryCode: "BB", lat: 9, lon: 8),
        Place(key: "P:6", name: "Six", kind: .town, admin1: "West", country: "Beland", countryCode: "BB", lat: 9, lon: 7),
        Place(key: "P:7", name: "Seven", kind: .town, admin1: "Coast", country: "Beland", countryCode: "BB", lat: 8, lon: 7),
        Place(key: "P:8", name: "Eight", kind: .town, admin1: "Hills", country: "Ceeland", countryCode: "CC", lat: 5, lon: 5),
        Place(key: "P:9", name: "Nine", kind: .town, admin1: "Plains", country: "Ceeland", countryCode: "CC", lat: 5, lon: 6),
        Place(key: "P:10", name: "Ten", kind: .site, admin1: "Plains", country: "Ceeland", countryCode: "CC", lat: 5, lon: 7),
        Place(key: "P:11", name: "Eleven", kind: .town, admin1: "Hills", country: "Ceeland", countryCode: "CC", lat: 6, lon: 5),
    ]
    /// Places the gazetteer lacks known only by their country: drawn in some lists only (they join a country's admin1s).
    static let vague = Place.unresolved(name: "Riverside", kind: .town, in: countryA)
    static let types: [(EventType, [String])] = [
        (.battles, ["Armed clash", "Non-state actor overtakes territory", "Government regains territory"]),
        (.explosions, ["Air/drone strike", "Shelling/artillery/missile attack"]),
        (.violenceAgainstCivilians, ["Attack"]),
    ]

    /// A date near one of a few episodes (days 0, 40, 80 … of 2024): to the day, week or month, half-known, unknown.
    mutating func date(episode: Int) -> EventDate {
        let day = CalendarDate(year: 2024, month: 1, day: 1)!.adding(days: episode * 40 + next(5))
        switch next(60) {
        case 0..<42: return .day(day)
        case 42..<48: return EventDate(date: day, earliest: day, latest: day.adding(days: 6), precision: .week)
        case 48..<52: return EventDate(date: day, earliest: day.adding(days: -10), latest: day.adding(days: 20), precision: .month)
        case 52: var d = EventDate.day(day); d.latest = nil; return d
        case 53: var d = EventDate.unknown; d.latest = day; return d
        default: return .unknown
        }
    }

    static func list(seed: UInt64) -> [Mention] {
        var g = RandomMentions(seed: seed)
        return g.make()
    }

    mutating func make() -> [Mention] {
        var out: [Mention] = []
        let withVague = next(4) == 0
        for d in 0..<(4 + next(4)) {
            var start = 0
            for _ in 0..<(6 + next(14)) {
                let (type, subs) = Self.types[next(Self.types.count)]
                let text = next(3) == 0 ? "They fought on" : "They fought."
                // Each episode keeps to a few places; a few mentions have none.
                let episode = next(6)
                var place = next(40) == 0 ? nil : Self.places[1 + (episode * 2 + next(3)) % (Self.places.count - 1)]
                if withVague, next(8) == 0 { place = Self.vague }
                var m = Mention(doc: "d\(d)", span: ByteSpan(start, start + text.utf8.count), quote: text, trigger: "fought",
                                eventType: type, subEventType: subs[next(subs.count)], date: date(episode: episode),
                                location: place.map { Location(place: $0, geoPrecision: 1) }, actors: [],
                                fatalities: next(3) == 0 ? FatalityCount(count: 1 + next(3)) : nil, claimedBy: nil)
                if next(10) == 0 { m.isAnother = true }
                if next(8) == 0 { m.target = UInt64(next(2)) }
                if next(12) == 0, let earlier = out.last(where: { $0.doc == m.doc && $0.restates == nil }) { m.restates = earlier.span }
                out.append(m)
                start += text.utf8.count + 1 + next(2)
            }
        }
        return out
    }

    /// Names for a list of mentions: each document a source, mentions numbered within it.
    static func names(_ mentions: [Mention]) -> MentionNames {
        let docs = Set(mentions.map(\.doc)).sorted().map { Fixtures.document("x", id: $0) }
        return MentionNames(documents: docs, mentions: mentions)
    }
}
