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

    /// The parts of `mentions`, whose restated passages `restated` finds (`RestatedPassages(mentions)`).
    init(_ mentions: [Mention], window: Int, restated: RestatedPassages) {
        var links = UnionFind(mentions.count)
        var places = PlaceBuckets()
        let groups = TypeGroups(mentions, restated: restated)
        var byType = [(dated: [Entry], undated: [Entry])](repeating: ([], []), count: 8)
        // By index and field: `let m = mentions[k]` would copy every mention.
        for k in mentions.indices {
            let bucket = places.bucket(mentions[k].location?.place)
            var at: [Int] = []
            if let anchor = mentions[k].restates {
                at = restated.mentions(at: RestatedPassages.Passage(doc: mentions[k].doc, start: anchor.start))
                for a in at {
                    links.join(k, a)
                    places.join(bucket, places.bucket(mentions[a].location?.place))
                }
            }
            let days = Self.days(mentions[k].date, anchors: at, of: mentions)
            let e = Entry(mention: k, bucket: bucket, first: days.first, last: days.last + window)
            let own = mentions[k].eventType.order
            for t in mentions[k].restates == nil ? own...own : 0...7 where t == own || groups.sameGroup(t, own) {
                if days.undated { byType[t].undated.append(e) } else { byType[t].dated.append(e) }
            }
        }
        let classes = places.classes()
        for t in 0..<8 {
            Self.linkDated(byType[t].dated, classes: classes, links: &links)
            Self.linkUndated(byType[t].undated, classes: classes, links: &links)
            Self.linkSamePlace(byType[t], of: mentions, links: &links)
        }
        var number = [Int](repeating: -1, count: mentions.count), parts = 0
        partOf = mentions.indices.map { k in
            let r = links.root(k)
            if number[r] < 0 { number[r] = parts; parts += 1 }
            return number[r]
        }
        count = parts
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
        /// `PlaceBuckets` bucket, -1 without a place.
        var bucket: Int
        /// Day numbers; `last` already lengthened by the window.
        var first: Int
        var last: Int
    }

    /// Days on which a mention dated `date` may meet others: its interval (stretched to its passage's, the mentions
    /// at `anchors`, for a restatement), all days when it has a first day but no last, or none when it is undated.
    static func days(_ date: EventDate, anchors: [Int], of mentions: [Mention]) -> (first: Int, last: Int, undated: Bool) {
        guard let a = date.earliest?.dayNumber else { return (0, 0, true) }
        let always = (Int.min / 4, Int.max / 4, false)
        guard let b = date.latest?.dayNumber else { return always }
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
        guard !entries.isEmpty else { return }
        var open = [(root: Int, last: Int)?](repeating: nil, count: classes.count + 1)
        let placeless = classes.count
        func meet(_ e: Entry, _ c: Int) { if let run = open[c], run.last >= e.first { links.join(e.mention, run.root) } }
        // In order of first day, then of entry (mention order): one integer per entry, sorted without a closure.
        var order = entries.indices.map { i in (min(max(entries[i].first, -(1 << 36)), 1 << 36) << 26) | i }
        order.sort()
        for packed in order {
            let e = entries[packed & (1 << 26 - 1)]
            let own = e.bucket < 0 ? placeless : classes.classOf[e.bucket]
            if e.bucket < 0 {
                for c in open.indices { meet(e, c) }
            } else {
                meet(e, own); meet(e, placeless)
                for c in classes.neighbours[own] { meet(e, c) }
            }
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
    static func linkSamePlace(_ entries: (dated: [Entry], undated: [Entry]), of mentions: [Mention], links: inout UnionFind) {
        guard !entries.undated.isEmpty, !entries.dated.isEmpty else { return }
        var first: [String: Int] = [:]
        for e in entries.undated {
            if let key = mentions[e.mention].location?.place.key, first[key] == nil { first[key] = e.mention }
        }
        for e in entries.dated {
            if let key = mentions[e.mention].location?.place.key, let u = first[key] { links.join(e.mention, u) }
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

    /// The last place's key and bucket: mentions of one article mostly follow each other and share places.
    private var last: (key: Key, bucket: Int)? = nil

    /// The bucket of a place, -1 for none.
    mutating func bucket(_ p: Place?) -> Int {
        guard let p else { return -1 }
        let key = Key(country: p.countryCode ?? "", admin1: p.kind == .country ? nil : p.admin1)
        if key.admin1 == nil, p.isUnresolved { whole.insert(key.country) }
        if let last, last.key == key { return last.bucket }
        let id: Int
        if let known = ids[key] { id = known } else { id = keys.count; ids[key] = id; keys.append(key); joined.add() }
        last = (key, id)
        return id
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
