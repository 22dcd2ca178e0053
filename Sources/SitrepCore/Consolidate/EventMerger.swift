/// Merges mentions of the same real event, within and across documents, into events.
///
/// Two mentions join when their event types match (and, for remote violence, their sub-event types), their
/// places are the same or nested, and their date intervals overlap. A capture of a place is a one-off event,
/// so captures of the same place a day or two apart join too (the date becomes a disagreement); strikes recur,
/// so strikes on different days stay apart. Precise mentions form clusters first; vaguer ones join the best fit.
public struct EventMerger: Sendable {
    /// Days apart that two reports of the capture of the same place may still be one event.
    public var territoryWindow = 2

    public init() {}

    /// The events of `mentions`; with `workers` > 1 the events are consolidated in parallel (clustering is not).
    public func merge(_ mentions: [Mention], workers: Int = 1) -> [Event] {
        Self.events(from: mentions, clusters: clusters(mentions, workers: workers), workers: workers)
    }

    /// The clusters of `mentions`, in the order they were founded: each the indices of its mentions in document and
    /// passage order (the order of the event's mentions). With `workers` > 1 the type groups (`TypeGroups`) are
    /// clustered in parallel, each alone, which gives the same clusters.
    func clusters(_ mentions: [Mention], workers: Int = 1) -> [[Int]] {
        let keys = mentions.map { (precision: $0.date.precision.rank, specificity: -specificity($0.location)) }
        let ordered = mentions.indices.sorted { i, j in
            (keys[i].precision, keys[i].specificity) != (keys[j].precision, keys[j].specificity)
                ? (keys[i].precision, keys[i].specificity) < (keys[j].precision, keys[j].specificity)
                : (mentions[i].doc, mentions[i].span.start) < (mentions[j].doc, mentions[j].span.start)
        }
        let restated = RestatedPassages(mentions)
        let runs = workers > 1 ? TypeGroups(mentions).split(ordered, of: mentions) : [ordered]
        var clusters = parallelMap(count: runs.count, workers: workers) { cluster(runs[$0], of: mentions, restated: restated) }
            .flatMap { $0 }
        if runs.count > 1 {
            // Founding order: by the position of each cluster's first member in the merge's order.
            var position = [Int](repeating: 0, count: mentions.count)
            for (p, k) in ordered.enumerated() { position[k] = p }
            clusters.sort { position[$0[0]] < position[$1[0]] }
        }
        return parallelMap(count: clusters.count, workers: workers) { [clusters] in
            clusters[$0].sorted { (mentions[$0].doc, mentions[$0].span.start) < (mentions[$1].doc, mentions[$1].span.start) }
        }
    }

    /// Clusters the mentions at `order` (indices into `mentions`), one after another: each cluster's members in the
    /// order they joined, the clusters in the order they were founded.
    func cluster(_ order: [Int], of mentions: [Mention], restated: RestatedPassages) -> [[Int]] {
        var clusters: [Cluster] = []
        var index = ClusterIndex()
        index.restated = restated
        for k in order {
            let m = mentions[k]
            let i = bestCluster(for: m, among: index.candidates(for: m, window: territoryWindow), clusters) ?? clusters.count
            if i < clusters.count { clusters[i].add(m, index: k) } else { clusters.append(Cluster(m, index: k)) }
            index.register(i, clusters[i])
            index.restated.joined(k, cluster: i)
        }
        return clusters.map(\.members)
    }

    /// One event per cluster (as `clusters` gives them), consolidated on `workers` threads, ids made unique.
    static func events(from mentions: [Mention], clusters: [[Int]], workers: Int) -> [Event] {
        uniqueIDs(parallelMap(count: clusters.count, workers: workers) { EventConsolidator.event(from: mentions, members: clusters[$0]) })
    }
}

extension EventMerger {
    /// The accepting cluster with the highest affinity (the first on ties), or nil.
    func bestCluster(for m: Mention, among candidates: [Int], _ clusters: [Cluster]) -> Int? {
        var best: (index: Int, affinity: Int)? = nil
        for i in candidates where clusters[i].accepts(m, window: territoryWindow) {
            let a = clusters[i].affinity(m)
            if best == nil || a > best!.affinity { best = (i, a) }
        }
        return best?.index
    }

    /// Ids stay unique even if two events hash alike: later ones (in a stable order) get "-2", "-3" ….
    static func uniqueIDs(_ events: [Event]) -> [Event] {
        var seen: [String: Int] = [:]
        let order = events.indices.sorted { (events[$0].id, events[$0].mentions[0].doc, events[$0].mentions[0].span) < (events[$1].id, events[$1].mentions[0].doc, events[$1].mentions[0].span) }
        var out = events
        for i in order {
            let n = (seen[events[i].id] ?? 0) + 1
            seen[events[i].id] = n
            if n > 1 { out[i].id += "-\(n)" }
        }
        return out
    }
}

func specificity(_ l: Location?) -> Int {
    guard let p = l?.place else { return -1 }
    return 8 - p.kind.rank
}
