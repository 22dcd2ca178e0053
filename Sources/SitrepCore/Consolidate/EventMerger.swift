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
    /// passage order (the order of the event's mentions). With `workers` > 1 the merge's parts (`MergeParts`) are
    /// clustered in parallel, in batches of whole parts, which gives the same clusters.
    func clusters(_ mentions: [Mention], workers: Int = 1) -> [[Int]] {
        var kept = MergeMemo()
        return clusters(mentions, workers: workers, names: nil, known: MergeMemo(), kept: &kept)
    }

    /// As above; with `names` (one per mention), a part whose key `known` or `kept` holds takes the clusters held there,
    /// and `kept` gains every part of this merge.
    func clusters(_ mentions: [Mention], workers: Int, names: MentionNames?, known: MergeMemo, kept memo: inout MergeMemo) -> [[Int]] {
        let ordered = Self.mergeOrder(mentions)
        let restated = RestatedPassages(mentions)
        let names = names?.isComplete == true ? names : nil
        guard workers > 1 || names != nil else {
            return Self.inDocumentOrder(cluster(ordered, of: mentions, restated: restated), of: mentions, workers: workers)
        }
        let runs = MergeParts(mentions, window: territoryWindow, restated: restated).split(ordered)
        let partKeys = names.map { n in parallelMap(count: runs.count, workers: workers) { n.key(of: runs[$0], window: territoryWindow) } } ?? []
        let (kept, todo) = names == nil ? ([], Array(runs.indices)) : Self.take(runs, keys: partKeys, known: known, kept: &memo)
        let batches = Self.batches(todo.map { runs[$0] }, workers: workers, ordered: ordered, count: mentions.count)
        let fresh = parallelMap(count: batches.count, workers: workers) { cluster(batches[$0], of: mentions, restated: restated) }
            .flatMap { $0 }
        if names != nil { remember(fresh, runs: runs, keys: partKeys, mentions: mentions.count, in: &memo) }
        var position = [Int](repeating: 0, count: mentions.count)
        for (p, k) in ordered.enumerated() { position[k] = p }
        // Founding order: by the position of each cluster's founder (its first member) in the merge's order.
        let all = (kept + fresh).sorted { position[$0[0]] < position[$1[0]] }
        return Self.inDocumentOrder(all, of: mentions, workers: workers)
    }

    /// The order mentions are clustered in: precise dates first, then specific places, then document and passage.
    static func mergeOrder(_ mentions: [Mention]) -> [Int] {
        let keys = mentions.map { (precision: $0.date.precision.rank, specificity: -specificity($0.location)) }
        return mentions.indices.sorted { i, j in
            (keys[i].precision, keys[i].specificity) != (keys[j].precision, keys[j].specificity)
                ? (keys[i].precision, keys[i].specificity) < (keys[j].precision, keys[j].specificity)
                : (mentions[i].doc, mentions[i].span.start) < (mentions[j].doc, mentions[j].span.start)
        }
    }

    /// Each cluster's members in document and passage order.
    static func inDocumentOrder(_ clusters: [[Int]], of mentions: [Mention], workers: Int) -> [[Int]] {
        parallelMap(count: clusters.count, workers: workers) { [clusters] in
            clusters[$0].sorted { (mentions[$0].doc, mentions[$0].span.start) < (mentions[$1].doc, mentions[$1].span.start) }
        }
    }

    /// The runs (each in the merge's order) dealt into at most `workers` batches of about equal size, largest runs
    /// first; each batch in the merge's order (`ordered`), as clustering parts together gives each part's clusters.
    static func batches(_ runs: [[Int]], workers: Int, ordered: [Int], count: Int) -> [[Int]] {
        guard runs.count > 1 else { return runs }
        let n = max(1, min(workers, runs.count))
        var load = [Int](repeating: 0, count: n), batchOf = [Int](repeating: -1, count: count)
        for r in runs.indices.sorted(by: { runs[$0].count > runs[$1].count }) {
            let b = load.indices.min { load[$0] < load[$1] }!
            load[b] += runs[r].count
            for k in runs[r] { batchOf[k] = b }
        }
        var out = [[Int]](repeating: [], count: n)
        for k in ordered where batchOf[k] >= 0 { out[batchOf[k]].append(k) }
        return out.filter { !$0.isEmpty }
    }

    /// The clusters of the parts (at `runs`, keyed `keys`) that `known` or `memo` holds, in indices into the mentions,
    /// each kept in `memo`; and the parts left to cluster. A held value that does not fit its part is not taken.
    static func take(_ runs: [[Int]], keys: [String], known: MergeMemo, kept memo: inout MergeMemo) -> (clusters: [[Int]], todo: [Int]) {
        var clusters: [[Int]] = [], todo: [Int] = []
        for p in runs.indices {
            guard let found = known.parts[keys[p]] ?? memo.parts[keys[p]], MergeMemo.fits(found, count: runs[p].count) else {
                todo.append(p); continue
            }
            clusters += found.map { c in c.map { runs[p][$0] } }
            memo.parts[keys[p]] = found
        }
        return (clusters, todo)
    }

    /// Keeps the new clusters in `memo` under their parts' keys, as positions in their runs.
    func remember(_ clusters: [[Int]], runs: [[Int]], keys: [String], mentions: Int, in memo: inout MergeMemo) {
        var run = [Int](repeating: -1, count: mentions), at = [Int](repeating: 0, count: mentions)
        for (p, r) in runs.enumerated() { for (i, k) in r.enumerated() { run[k] = p; at[k] = i } }
        var byPart: [Int: [[Int]]] = [:]
        for c in clusters { byPart[run[c[0]], default: []].append(c.map { at[$0] }.sorted()) }
        for (p, cs) in byPart { memo.parts[keys[p]] = cs }
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
