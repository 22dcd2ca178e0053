/// Finds the clusters a mention may join without scanning every cluster of its type or of a wide date window.
///
/// Each lookup gathers, from indexes on what `Cluster.accepts` requires, a superset of the clusters that accept the
/// mention: clusters of its type in its country (or with no place yet) whose date interval, now or earlier, lies
/// near its dates (`IntervalGrid`); for a mention or cluster without a date, those at the very same place; for a
/// restatement, those holding the passage it restates. The superset is then cut to the candidates the merger has
/// always compared (`ClusterRegistry`), so the chosen cluster, and the output, stay as they were.
/// - Complexity: per mention, about the clusters of its type and country whose intervals touch its own.
struct ClusterIndex {
    private var registry = ClusterRegistry()
    private var grid = IntervalGrid()
    /// Small ids for country codes; 0 is "no place", 1 a place without a country.
    private var countryIDs: [String: Int] = [:]
    /// Per cluster: what it is already filed under, so each `register` files only what changed.
    private var filed: [Filed] = []
    private var undatedByPart: [Key: [Int]] = [:]
    private var undatedOfType: [[Int]] = Array(repeating: [], count: 8)
    /// Clusters by (type, place key): undated ones for dated mentions, dated ones for undated mentions (same place only).
    private var undatedByPlace: [PlaceKey: [Int]] = [:]
    private var datedByPlace: [PlaceKey: [Int]] = [:]
    /// Clusters with an earliest day but no latest one (or the reverse): compared with every mention of their type.
    private var halfDated: [[Int]] = Array(repeating: [], count: 8)
    private var clustersOfType: [[Int]] = Array(repeating: [], count: 8)
    /// Clusters holding each passage (document, start), for restatements.
    private var passages: [Passage: [Int]] = [:]

    struct Key: Hashable { var type: Int; var part: Int }
    struct PlaceKey: Hashable { var type: Int; var key: String }
    struct Passage: Hashable { var doc: String; var start: Int }
    private struct Filed {
        var gridSlots: [IntervalGrid.Slot] = []
        var undatedParts: [Int] = []
        var undatedPlaces: [String] = []
        var datedPlaces: [String] = []
        var halfDated = false
        var undatedOfType = false
    }

    /// Files cluster `i` after `m` joined it (or founded it).
    mutating func register(_ i: Int, _ c: Cluster, adding m: Mention) {
        let t = c.type.order
        prepare(c.place)
        if filed.count <= i { filed.append(Filed()); clustersOfType[t].append(i) }
        registry.register(i, c)
        passages[Passage(doc: m.doc, start: m.span.start), default: []].append(i)
        var f = filed[i]
        defer { filed[i] = f }
        let part = partition(c.place)
        switch (c.earliest?.dayNumber, c.latest?.dayNumber) {
        case let (a?, b?):
            for p in [part, -1] {
                let slot = IntervalGrid.Slot(type: t, part: p, first: a, last: b)
                if !f.gridSlots.contains(slot) { f.gridSlots.append(slot); grid.insert(i, at: slot) }
            }
            if let k = c.place?.key, !f.datedPlaces.contains(k) {
                f.datedPlaces.append(k); datedByPlace[PlaceKey(type: t, key: k), default: []].append(i)
            }
        case (nil, nil):
            if !f.undatedOfType { f.undatedOfType = true; undatedOfType[t].append(i) }
            if !f.undatedParts.contains(part) { f.undatedParts.append(part); undatedByPart[Key(type: t, part: part), default: []].append(i) }
            if let k = c.place?.key, !f.undatedPlaces.contains(k) {
                f.undatedPlaces.append(k); undatedByPlace[PlaceKey(type: t, key: k), default: []].append(i)
            }
        default:
            if !f.halfDated { f.halfDated = true; halfDated[t].append(i) }
        }
    }

    /// The clusters that may accept `m`, among those the merger compares it with, in index order.
    func candidates(for m: Mention, window: Int) -> [Int] {
        let t = m.eventType.order
        var out = halfDated[t]
        if let anchor = m.restates {
            out += passages[Passage(doc: m.doc, start: anchor.start)] ?? []
        } else {
            switch (m.date.earliest?.dayNumber, m.date.latest?.dayNumber, m.location?.place) {
            case let (a?, b?, place?):
                for p in [partition(place), 0] { grid.collect(type: t, part: p, from: a - window, to: b + window, into: &out) }
                out += undatedByPlace[PlaceKey(type: t, key: place.key)] ?? []
            case let (a?, b?, nil):
                grid.collect(type: t, part: -1, from: a - window, to: b + window, into: &out)
            case let (nil, nil, place?):
                for p in [partition(place), 0] { out += undatedByPart[Key(type: t, part: p)] ?? [] }
                out += datedByPlace[PlaceKey(type: t, key: place.key)] ?? []
            case (nil, nil, nil):
                out += undatedOfType[t]
            default:
                out += clustersOfType[t]
            }
        }
        out.sort()
        out.removeAdjacentDuplicates()
        return out.filter { registry.isCandidate($0, type: t, for: m, window: window) }
    }

    /// The partition of a cluster's or mention's place: 0 without a place, else one per country code.
    private func partition(_ p: Place?) -> Int {
        guard let p else { return 0 }
        guard let cc = p.countryCode else { return 1 }
        return countryIDs[cc] ?? Int.max
    }

    /// Gives the place's country an id before `partition` is asked for it.
    private mutating func prepare(_ p: Place?) {
        if let cc = p?.countryCode, countryIDs[cc] == nil { countryIDs[cc] = countryIDs.count + 2 }
    }
}
