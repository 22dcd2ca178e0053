/// The parts of a merge that cannot touch each other: no mention of one part can join a cluster founded in another,
/// whatever else the list holds. Clustering each part alone, in the merge's order, gives the whole list's clusters,
/// so a part whose mentions are those of an earlier run keeps that run's clusters (`MergeMemo`).
///
/// Two mentions share a part when a cluster holding one might accept the other (`Cluster.accepts`), directly or
/// through others. A link is drawn wherever acceptance is possible, and more widely where being exact would cost:
/// - types: the same event type; a restatement counts as every type of its group (`TypeGroups`), as it joins those
///   clusters, and is linked to the mentions at the passage it restates;
/// - places: a place with an admin1 meets the places of that admin1 and its country's places without one (a country,
///   a region, a place the gazetteer lacks, known only by its country); a place without an admin1 meets every place
///   of its country; a mention without a place meets all. Places in different admin1s never nest (`Place.isWithin`,
///   `mayOverlap`), so this holds every pair `placesCompatible` allows. A cluster's placed members then lie in one
///   admin1 and its country's places without one, unless its place was one that meets two admin1s and is more
///   specific than either: a place the gazetteer lacks known only by its country. A country with such a place counts
///   as one admin1. A restatement may give its cluster its own, more specific place: the places of a restatement and
///   of its passage count as one;
/// - dates (by `earliest`, as `datesFit` tells dated from undated): dated mentions meet when their intervals, each
///   lengthened by the capture window, overlap; one with no last day meets every dated one. A cluster's interval
///   narrows or widens as mentions join; it only widens to a capture close to a member's day (the window covers
///   it) or to a restatement's date: a restatement's interval counts as stretched to its passage's (or meets every
///   dated mention when either lacks a day). So every day a cluster's interval holds lies in some member's lengthened
///   interval. Undated mentions meet each other, and the dated mentions at their very place (`samePlace`).
struct MergeParts {
    /// The part of each mention, numbered from 0 in the order of each part's first mention.
    let partOf: [Int]
    let count: Int

    init(_ mentions: [Mention], window: Int, groups: TypeGroups) {
        var links = UnionFind(mentions.count)
        var places = PlaceBuckets()
        let anchors = Self.anchors(of: mentions)
        var entries: [Entry] = []
        entries.reserveCapacity(mentions.count)
        for k in mentions.indices {
            let m = mentions[k]
            let bucket = places.bucket(m.location?.place)
            var at: [Int] = []
            if let anchor = m.restates {
                at = anchors[RestatedPassages.Passage(doc: m.doc, start: anchor.start)] ?? []
                for a in at {
                    links.join(k, a)
                    places.join(bucket, places.bucket(mentions[a].location?.place))
                }
            }
            let days = Self.days(m, anchors: at, of: mentions)
            let types = m.restates == nil ? [m.eventType.order] : groups.types(joinedWith: m.eventType.order)
            for t in types {
                entries.append(Entry(mention: k, type: t, bucket: bucket, first: days.first, last: days.last + window,
                                     undated: days.undated, key: m.location?.place.key))
            }
        }
        let classes = places.classes()
        for t in 0..<8 {
            let ofType = entries.filter { $0.type == t }
            guard !ofType.isEmpty else { continue }
            Self.linkDated(ofType.filter { !$0.undated }, classes: classes, links: &links)
            Self.linkUndated(ofType.filter(\.undated), classes: classes, links: &links)
            Self.linkSamePlace(ofType, links: &links)
        }
        var number: [Int: Int] = [:]
        partOf = mentions.indices.map { k in
            let r = links.root(k)
            if let n = number[r] { return n }
            number[r] = number.count
            return number.count - 1
        }
        count = number.count
    }

    /// `order` (indices into the mentions) cut into one list per part, each in the same order.
    func split(_ order: [Int]) -> [[Int]] {
        var runs = [[Int]](repeating: [], count: count)
        for k in order { runs[partOf[k]].append(k) }
        return runs
    }

    /// One mention counted under one type.
    struct Entry {
        var mention: Int
        var type: Int
        /// `PlaceBuckets` bucket, -1 without a place.
        var bucket: Int
        /// Day numbers; `last` already lengthened by the window.
        var first: Int
        var last: Int
        var undated: Bool
        var key: String?
    }

    /// The mentions at each passage some mention restates.
    static func anchors(of mentions: [Mention]) -> [RestatedPassages.Passage: [Int]] {
        let wanted = Set(mentions.compactMap { m in m.restates.map { RestatedPassages.Passage(doc: m.doc, start: $0.start) } })
        guard !wanted.isEmpty else { return [:] }
        var out: [RestatedPassages.Passage: [Int]] = [:]
        for k in mentions.indices {
            let p = RestatedPassages.Passage(doc: mentions[k].doc, start: mentions[k].span.start)
            if wanted.contains(p) { out[p, default: []].append(k) }
        }
        return out
    }

    /// Days on which mention `m` may meet others: its interval (stretched to its passage's for a restatement), all
    /// days when it has a first day but no last, or none when it is undated.
    static func days(_ m: Mention, anchors: [Int], of mentions: [Mention]) -> (first: Int, last: Int, undated: Bool) {
        guard let a = m.date.earliest?.dayNumber else { return (0, 0, true) }
        let always = (Int.min / 4, Int.max / 4, false)
        guard let b = m.date.latest?.dayNumber else { return always }
        var (first, last) = (a, b)
        for i in anchors {
            guard let c = mentions[i].date.earliest?.dayNumber, let d = mentions[i].date.latest?.dayNumber else { return always }
            first = min(first, c); last = max(last, d)
        }
        return (first, last, false)
    }

    /// Joins dated entries of one type whose lengthened intervals overlap at places that may meet: a sweep in order of
    /// first day, keeping per place class the run of overlapping intervals still open.
    static func linkDated(_ entries: [Entry], classes: PlaceBuckets.Classes, links: inout UnionFind) {
        var open = [(root: Int, last: Int)?](repeating: nil, count: classes.count + 1)
        let placeless = classes.count
        for e in entries.sorted(by: { ($0.first, $0.mention) < ($1.first, $1.mention) }) {
            let own = e.bucket < 0 ? placeless : classes.classOf[e.bucket]
            let meets: [Int] = e.bucket < 0 ? Array(open.indices) : [own, placeless] + classes.neighbours[own]
            for c in meets { if let run = open[c], run.last >= e.first { links.join(e.mention, run.root) } }
            if let run = open[own], run.last >= e.first {
                open[own] = (run.root, max(run.last, e.last))
            } else {
                open[own] = (e.mention, e.last)
            }
        }
    }

    /// Joins undated entries of one type at places that may meet.
    static func linkUndated(_ entries: [Entry], classes: PlaceBuckets.Classes, links: inout UnionFind) {
        guard !entries.isEmpty else { return }
        var first = [Int?](repeating: nil, count: classes.count + 1)
        for e in entries {
            let c = e.bucket < 0 ? classes.count : classes.classOf[e.bucket]
            if let r = first[c] { links.join(e.mention, r) } else { first[c] = e.mention }
        }
        for c in 0..<classes.count {
            guard let r = first[c] else { continue }
            if let p = first[classes.count] { links.join(r, p) }
            for n in classes.neighbours[c] { if let s = first[n] { links.join(r, s) } }
        }
    }

    /// Joins, at each place where an undated entry of the type is told, every entry of the type told there.
    static func linkSamePlace(_ entries: [Entry], links: inout UnionFind) {
        var at: [String: (undated: Bool, dated: Bool, mentions: [Int])] = [:]
        for e in entries {
            guard let key = e.key else { continue }
            at[key, default: (false, false, [])].mentions.append(e.mention)
            if e.undated { at[key]!.undated = true } else { at[key]!.dated = true }
        }
        for (_, v) in at where v.undated && v.dated {
            for k in v.mentions.dropFirst() { links.join(k, v.mentions[0]) }
        }
    }
}

/// The places of a merge grouped where they may meet: one bucket per (country, admin1) and one per country for its
/// places without an admin1 (which meet all the country's places). Buckets joined by a restatement form one class, and
/// so do all the buckets of a country with a place the gazetteer lacks known only by the country (`MergeParts`).
struct PlaceBuckets {
    private var ids: [Key: Int] = [:]
    private var keys: [Key] = []
    private var joined = UnionFind(0)
    /// Countries whose buckets are one class.
    private var whole: Set<String> = []
    private struct Key: Hashable { var country: String; var admin1: String? }

    /// The bucket of a place, -1 for none.
    mutating func bucket(_ p: Place?) -> Int {
        guard let p else { return -1 }
        let key = Key(country: p.countryCode ?? "", admin1: p.kind == .country ? nil : p.admin1)
        if key.admin1 == nil, p.isUnresolved { whole.insert(key.country) }
        if let id = ids[key] { return id }
        ids[key] = keys.count; keys.append(key); joined.add()
        return keys.count - 1
    }

    /// Counts two buckets (either may be -1, which joins nothing) as one class.
    mutating func join(_ a: Int, _ b: Int) { if a >= 0, b >= 0 { joined.join(a, b) } }

    /// The classes, numbered from 0, and which classes' places meet: a class holding a country-wide bucket meets every
    /// class with a bucket of that country.
    struct Classes {
        var classOf: [Int] = []
        var count = 0
        var neighbours: [[Int]] = []
    }

    func classes() -> Classes {
        var out = Classes()
        var number: [Int: Int] = [:]
        var joined = joined
        var firstOf: [String: Int] = [:]
        for (b, key) in keys.enumerated() where whole.contains(key.country) {
            if let f = firstOf[key.country] { joined.join(b, f) } else { firstOf[key.country] = b }
        }
        out.classOf = keys.indices.map { b in
            let r = joined.root(b)
            if let n = number[r] { return n }
            number[r] = number.count
            return number.count - 1
        }
        out.count = number.count
        var countries = [Set<String>](repeating: [], count: out.count), wide = countries
        for (b, key) in keys.enumerated() {
            countries[out.classOf[b]].insert(key.country)
            if key.admin1 == nil { wide[out.classOf[b]].insert(key.country) }
        }
        var byCountry: [String: [Int]] = [:]
        for c in 0..<out.count { for cc in countries[c] { byCountry[cc, default: []].append(c) } }
        var neighbours = [Set<Int>](repeating: [], count: out.count)
        for c in 0..<out.count {
            for cc in wide[c] { for d in byCountry[cc] ?? [] where d != c { neighbours[c].insert(d); neighbours[d].insert(c) } }
        }
        out.neighbours = neighbours.map { $0.sorted() }
        return out
    }
}

/// Disjoint sets of 0..<n, joined by `join`, with path halving.
struct UnionFind {
    private var parent: [Int]
    init(_ n: Int) { parent = Array(0..<n) }
    mutating func add() { parent.append(parent.count) }
    mutating func root(_ x: Int) -> Int {
        var x = x
        while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
        return x
    }
    mutating func join(_ a: Int, _ b: Int) {
        let (x, y) = (root(a), root(b))
        if x != y { parent[max(x, y)] = min(x, y) }
    }
}
