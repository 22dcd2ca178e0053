/// Finds the clusters a mention may join without scanning every cluster of its type or of a wide date window.
///
/// Each lookup gathers, from indexes on what `Cluster.accepts` requires, a superset of the clusters that accept the
/// mention: clusters of its type in its country (or with no place yet) whose date interval, now or earlier, lies
/// near its dates (`IntervalGrid`); for a mention or cluster without a date, those at the very same place; for a
/// restatement, those holding the passage it restates (`RestatedPassages`). The superset is then cut to the
/// candidates the merger has always compared (`ClusterRegistry`), so the chosen cluster, and the output, stay as
/// they were.
/// - Complexity: per mention, about the clusters of its type and country whose intervals touch its own.
struct ClusterIndex {
    private var registry = ClusterRegistry()
    private var grid = IntervalGrid()
    var restated = RestatedPassages()
    /// Small ids for country codes; 0 is "no place", 1 a place without a country.
    private var countryIDs: [String: Int] = [:]
    /// Per cluster: what it is already filed under, so each `register` files only what changed.
    private var filed: [Filed] = []
    private var undatedByPart: [Int: [Int]] = [:]
    private var undatedOfType: [[Int]] = Array(repeating: [], count: 8)
    /// Clusters by (type, place key): undated ones for dated mentions, dated ones for undated mentions (same place only).
    private var undatedByPlace: [PlaceKey: [Int]] = [:]
    private var datedByPlace: [PlaceKey: [Int]] = [:]
    /// Clusters with an earliest day but no latest one (or the reverse): compared with every mention of their type.
    private var halfDated: [[Int]] = Array(repeating: [], count: 8)
    private var clustersOfType: [[Int]] = Array(repeating: [], count: 8)

    struct PlaceKey: Hashable { var type: Int; var key: String }
    private struct Filed {
        var placeKey: String? = nil
        var part = 0
        var slots: [IntervalGrid.Slot] = []
        var undatedParts: [Int] = []
        var undatedPlaces: [String] = []
        var datedPlaces: [String] = []
        var halfDated = false
        var undatedOfType = false
    }

    /// Files cluster `i` after a mention joined it (or founded it).
    mutating func register(_ i: Int, _ c: Cluster) {
        let t = c.type.order
        if filed.count <= i { filed.append(Filed()); clustersOfType[t].append(i) }
        registry.register(i, c)
        if filed[i].placeKey != c.place?.key {
            filed[i].placeKey = c.place?.key
            filed[i].part = partition(c.place, adding: true)
        }
        let part = filed[i].part
        switch (c.earliest?.dayNumber, c.latest?.dayNumber) {
        case let (a?, b?):
            let slot = IntervalGrid.Slot(type: t, part: part, first: a, last: b)
            if !filed[i].slots.contains(slot) {
                filed[i].slots.append(slot)
                grid.insert(i, at: slot)
                grid.insert(i, at: IntervalGrid.Slot(type: t, part: IntervalGrid.anyPart, first: a, last: b))
            }
            if let k = c.place?.key, !filed[i].datedPlaces.contains(k) {
                filed[i].datedPlaces.append(k); datedByPlace[PlaceKey(type: t, key: k), default: []].append(i)
            }
        case (nil, nil):
            if !filed[i].undatedOfType { filed[i].undatedOfType = true; undatedOfType[t].append(i) }
            if !filed[i].undatedParts.contains(part) {
                filed[i].undatedParts.append(part); undatedByPart[IntervalGrid.pack(type: t, part: part), default: []].append(i)
            }
            if let k = c.place?.key, !filed[i].undatedPlaces.contains(k) {
                filed[i].undatedPlaces.append(k); undatedByPlace[PlaceKey(type: t, key: k), default: []].append(i)
            }
        default:
            if !filed[i].halfDated { filed[i].halfDated = true; halfDated[t].append(i) }
        }
    }

    /// The clusters that may accept `m`, among those the merger compares it with, in index order.
    func candidates(for m: Mention, window: Int) -> [Int] {
        let t = m.eventType.order
        var out = halfDated[t]
        if m.restates != nil {
            out += restated.clusters(restatedBy: m)
        } else {
            switch (m.date.earliest?.dayNumber, m.date.latest?.dayNumber, m.location?.place) {
            case let (a?, b?, place?):
                let part = partition(place)
                grid.collect(type: t, part: part, from: a - window, to: b + window, into: &out)
                if part != 0 { grid.collect(type: t, part: 0, from: a - window, to: b + window, into: &out) }
                if !undatedByPlace.isEmpty { out += undatedByPlace[PlaceKey(type: t, key: place.key)] ?? [] }
            case let (a?, b?, nil):
                grid.collect(type: t, part: IntervalGrid.anyPart, from: a - window, to: b + window, into: &out)
            case let (nil, nil, place?):
                let part = partition(place)
                out += undatedByPart[IntervalGrid.pack(type: t, part: part)] ?? []
                if part != 0 { out += undatedByPart[IntervalGrid.pack(type: t, part: 0)] ?? [] }
                out += datedByPlace[PlaceKey(type: t, key: place.key)] ?? []
            case (nil, nil, nil):
                out += undatedOfType[t]
            default:
                out += clustersOfType[t]
            }
        }
        guard !out.isEmpty else { return out }
        out.sort()
        out.removeAdjacentDuplicates()
        out.removeAll { !registry.isCandidate($0, type: t, for: m, window: window) }
        return out
    }

    /// The partition of a place: 0 without a place, 1 without a country, else one per country code (2^19 for a
    /// country no cluster is in, which holds nothing).
    private func partition(_ p: Place?) -> Int {
        guard let p else { return 0 }
        guard let cc = p.countryCode else { return 1 }
        return countryIDs[cc] ?? 1 << 19
    }

    private mutating func partition(_ p: Place?, adding: Bool) -> Int {
        if let cc = p?.countryCode, countryIDs[cc] == nil { countryIDs[cc] = countryIDs.count + 2 }
        return partition(p)
    }
}

/// The clusters holding each restated passage: a restatement ("the strike killed 12", pointing back) is compared
/// only with the clusters holding the passage it points back at, found by its document and start.
struct RestatedPassages {
    /// Positions (in the merge's mention list) of the passages some mention restates, by document and start.
    private var restated: [Passage: [Int]] = [:]
    /// The cluster each mention joined, by position; -1 before it joins.
    private var clusterOf: [Int] = []
    struct Passage: Hashable { var doc: String; var start: Int }

    /// Notes the passages that `mentions` restate (nothing to do, and no hashing, when none restates one).
    init(_ mentions: [Mention] = []) {
        let anchors = Set(mentions.compactMap { m in m.restates.map { Passage(doc: m.doc, start: $0.start) } })
        guard !anchors.isEmpty else { return }
        let docs = Set(anchors.map(\.doc))
        clusterOf = Array(repeating: -1, count: mentions.count)
        // By index and field: `for m in mentions` would copy every mention.
        for k in mentions.indices where docs.contains(mentions[k].doc) {
            let p = Passage(doc: mentions[k].doc, start: mentions[k].span.start)
            if anchors.contains(p) { restated[p, default: []].append(k) }
        }
    }

    /// The positions of the mentions at `passage` (one some mention restates), if any.
    func mentions(at passage: Passage) -> [Int] { restated[passage] ?? [] }

    /// Records that the mention at position `k` joined cluster `i`.
    mutating func joined(_ k: Int, cluster i: Int) { if !clusterOf.isEmpty { clusterOf[k] = i } }

    /// The clusters holding the passage `m` restates.
    func clusters(restatedBy m: Mention) -> [Int] {
        guard let anchor = m.restates, let ks = restated[Passage(doc: m.doc, start: anchor.start)] else { return [] }
        return ks.compactMap { clusterOf[$0] >= 0 ? clusterOf[$0] : nil }
    }
}
