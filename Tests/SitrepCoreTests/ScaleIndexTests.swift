import Foundation
import Testing
@testable import SitrepCore

/// The indexes that keep merging, disagreements and exports linear: each finds what a full scan would find.
@Suite("Indexes for large corpora")
struct ScaleIndexTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)

    /// Invented reports from several outlets: towns in two countries, dated to the day, the week, the month or not at all.
    static let corpus: [(id: String, published: String?, body: String)] = [
        ("a1", "2024-11-30", "Airstrikes on Idlib killed four civilians on Saturday, rescuers said. Rebels seized Saraqib on Friday."),
        ("a2", "2024-11-30", "Warplanes struck Idlib on Saturday, killing at least six people. Fighting raged near Hama last week."),
        ("a3", "2024-12-02", "Clashes erupted in Hama on Monday. Earlier this month, rebels stormed Aleppo."),
        ("b1", "2024-03-10", "Gunmen abducted 30 pupils from a school in Kaduna State on Thursday, police said."),
        ("b2", "2024-03-10", "Armed men kidnapped pupils in Kuriga, Kaduna State, on Thursday. Last month bandits attacked a village in Zamfara."),
        ("u1", nil, "Airstrikes on Idlib killed four civilians, rescuers said. Rebels seized Saraqib."),
        ("u2", nil, "Gunmen abducted pupils from a school in Kaduna State, police said."),
        ("c1", "2025-01-20", "Protesters marched in Lagos on Monday. Police fired tear gas at protesters in Abuja on Monday."),
    ]

    func documents() -> [Document] {
        Self.corpus.map { Fixtures.document($0.body, id: $0.id, published: $0.published, outlet: $0.id.uppercased()) }
    }

    @Test func clusterIndexOffersEveryClusterThatWouldAccept() {
        let mentions = pipeline.extract(documents(), workers: 1).flatMap(\.mentions)
        #expect(mentions.count > 10)
        var clusters: [Cluster] = [], index = ClusterIndex(), registry = ClusterRegistry()
        let merger = EventMerger()
        index.restated = RestatedPassages(mentions)
        for (k, m) in mentions.enumerated() {
            let offered = index.candidates(for: m, window: merger.territoryWindow)
            let accepting = clusters.indices.filter {
                registry.isCandidate($0, type: m.eventType.order, for: m, window: merger.territoryWindow)
                    && clusters[$0].accepts(m, window: merger.territoryWindow)
            }
            #expect(accepting.allSatisfy(offered.contains), "offered \(offered), accepting \(accepting) for \(m.quote)")
            #expect(offered == offered.sorted())
            let i = merger.bestCluster(for: m, among: offered, clusters) ?? clusters.count
            if i < clusters.count { clusters[i].add(m, index: 0) } else { clusters.append(Cluster(m, index: 0)) }
            index.register(i, clusters[i])
            index.restated.joined(k, cluster: i)
            registry.register(i, clusters[i])
        }
    }

    @Test func partsClusteredApartGiveTheWholeListsClusters() {
        let mentions = pipeline.extract(documents(), workers: 1).flatMap(\.mentions)
        #expect(Set(mentions.map(\.eventType)).count > 1)
        let merger = EventMerger()
        #expect(merger.clusters(mentions, workers: 2) == merger.clusters(mentions, workers: 1))
        #expect(merger.clusters(mentions.reversed(), workers: 2) == merger.clusters(mentions.reversed(), workers: 1))
    }

    @Test func timelineSortIsTheTimelineOrder() {
        let events = pipeline.analyse(documents: documents()).events
        #expect(events.count > 3)
        for seed in 0..<4 {
            var g = SystemRandomNumberGenerator()
            let shuffled = seed == 0 ? events.reversed() : events.shuffled(using: &g)
            #expect(Timeline.sorted(shuffled) == shuffled.sorted(by: Timeline.order))
        }
    }

    @Test func intervalGridFindsEveryOverlappingInterval() {
        var grid = IntervalGrid()
        var intervals: [(Int, Int)] = []
        for i in 0..<300 {
            let first = (i * 37) % 700 - 50, length = [0, 0, 1, 6, 30, 364, 3][i % 7]
            intervals.append((first, first + length))
            grid.insert(i, at: IntervalGrid.Slot(type: 1, part: 2, first: first, last: first + length))
        }
        for (a, b) in [(0, 0), (-60, -40), (100, 106), (365, 730), (699, 699), (10, 400)] {
            var found: [Int] = []
            grid.collect(type: 1, part: 2, from: a, to: b, into: &found)
            let overlapping = intervals.indices.filter { intervals[$0].0 <= b && a <= intervals[$0].1 }
            #expect(Set(overlapping).isSubset(of: found), "query \(a)...\(b)")
            var other: [Int] = []
            grid.collect(type: 2, part: 2, from: a, to: b, into: &other)
            #expect(other.isEmpty)
        }
        #expect(IntervalGrid.level(0) == 2 && IntervalGrid.level(3) == 2 && IntervalGrid.level(4) == 3 && IntervalGrid.level(364) == 9)
    }

    @Test func registryKeepsTheMergersComparisons() {
        var registry = ClusterRegistry()
        let dated = Cluster(Fixtures.mentions("Airstrikes on Idlib killed four civilians on Saturday.")[0], index: 0)
        registry.register(0, dated)
        let near = Fixtures.mentions("Warplanes struck Idlib on Sunday, killing four civilians.", published: "2024-12-01")[0]
        let far = Fixtures.mentions("Warplanes struck Idlib on Sunday, killing four civilians.", published: "2025-06-01")[0]
        let undated = Fixtures.mentions("Warplanes struck Idlib on Sunday, killing four civilians.", published: nil)[0]
        #expect(registry.isCandidate(0, type: near.eventType.order, for: near, window: 2))
        #expect(!registry.isCandidate(0, type: far.eventType.order, for: far, window: 2))
        #expect(registry.isCandidate(0, type: undated.eventType.order, for: undated, window: 2))
        #expect(!registry.isCandidate(0, type: EventType.protests.order, for: near, window: 2))
    }

    @Test func oneEventToldByManyArticlesStaysOneEvent() {
        // Above `Cluster.documentIndexThreshold` members the cluster looks passages and tolls up by document.
        func strikes(_ n: Int) -> [Event] {
            var docs = (0..<n).map { Fixtures.document("Airstrikes on Idlib killed four civilians on Saturday, rescuers said.", id: "d\($0)", outlet: "O\($0)") }
            docs.append(Fixtures.document("Airstrikes on Idlib killed four civilians on Saturday. Separately, an airstrike on Idlib killed nine fighters on Saturday.", id: "z", outlet: "Z"))
            return pipeline.analyse(documents: docs).events.filter { $0.eventType == .explosions }
        }
        let few = strikes(3), many = strikes(Cluster.documentIndexThreshold + 20)
        // The same events either way: the repeated strike with every copy, and the article's second, other toll apart.
        #expect(few.map(\.mentions.count).sorted() == [1, 4], "\(few.map(\.mentions.count))")
        #expect(many.map(\.mentions.count).sorted() == [1, Cluster.documentIndexThreshold + 21], "\(many.map(\.mentions.count))")
    }

    @Test func claimEventIndexFindsEventsNearAClaim() {
        let events = pipeline.analyse(documents: documents()).events
        let index = ClaimEventIndex(events)
        for e in events {
            guard let place = e.location?.place else { continue }
            let day = e.date.date?.dayNumber
            let near = index.events(near: place, day: day, days: 3)
            let brute = events.indices.filter { i in
                guard let p = events[i].location?.place, p.countryCode == place.countryCode else { return false }
                guard let d = events[i].date.date?.dayNumber, let day else { return true }
                return abs(d - day) <= 3
            }
            #expect(near == brute)
        }
    }

    /// The export as one encoder of the whole tree writes it (what `JSONExport` did before it streamed).
    struct Tree: Encodable {
        var schema: String, generator: String
        var documents: [ExportDocument], events: [ExportEvent], disagreements: [ExportDisagreement]
    }

    @Test(arguments: [false, true]) func streamedJSONIsWhatTheWholeTreeEncodes(empty: Bool) throws {
        let a = pipeline.analyse(documents: empty ? [Fixtures.document("Nothing happened here.")] : documents())
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var tree = JSONEscape.escapingUnsafe(try enc.encode(Tree(schema: JSONExport.schema, generator: "g/1 \u{202E}",
            documents: a.documents.map(ExportDocument.init), events: a.events.map { ExportEvent($0) },
            disagreements: a.disagreements.map(ExportDisagreement.init))))
        tree.append(10)
        var pieces = 0
        var streamed = Data()
        try JSONExport.write(a, generator: "g/1 \u{202E}", chunkBytes: 64) { streamed.append($0); pieces += 1 }
        #expect(streamed == tree)
        #expect(pieces > 1)
    }

    @Test func scalarTrimIsFoundationsTrim() {
        let samples = ["", " ", "  a  ", "\ta b\t", "\u{00A0}Reuters\u{00A0}", "\u{3000}x\u{2009}", " \r\n", "é ", " \u{301}a",
                       "\u{FEFF}title", "a\u{200B}", "x\n\u{85}", "\u{2028}y\u{2029}"]
        for s in samples {
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                #expect(s.trimmingScalars(in: set) == s.trimmingCharacters(in: set), "\(Array(s.unicodeScalars))")
                #expect(s.dropFirst(0).trimmingScalars(in: set) == s.trimmingCharacters(in: set))
            }
        }
    }
}
