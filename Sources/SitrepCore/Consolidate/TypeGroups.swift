/// Event types that the merge may cluster apart: a cluster takes only mentions of its own type, except restatements,
/// which join whichever cluster holds the passage they point back at, so a restatement's type and the types of the
/// mentions at that passage are one group (`MergeParts` counts a restatement under each type of its group).
struct TypeGroups {
    /// The group of each event type, by `EventType.order`.
    private var group: [Int]

    init(_ mentions: [Mention]) {
        group = Array(0..<8)
        let anchors = Set(mentions.compactMap { m in m.restates.map { RestatedPassages.Passage(doc: m.doc, start: $0.start) } })
        guard !anchors.isEmpty else { return }
        var typesAt: [RestatedPassages.Passage: [Int]] = [:]
        for k in mentions.indices {
            let p = RestatedPassages.Passage(doc: mentions[k].doc, start: mentions[k].span.start)
            if anchors.contains(p) { typesAt[p, default: []].append(mentions[k].eventType.order) }
        }
        for k in mentions.indices {
            guard let anchor = mentions[k].restates else { continue }
            for t in typesAt[RestatedPassages.Passage(doc: mentions[k].doc, start: anchor.start)] ?? [] {
                join(mentions[k].eventType.order, t)
            }
        }
    }

    private func root(_ t: Int) -> Int { group[t] == t ? t : root(group[t]) }

    private mutating func join(_ a: Int, _ b: Int) {
        let (x, y) = (root(a), root(b))
        if x != y { group[max(x, y)] = min(x, y) }
    }

    /// The type orders in the group of type order `t`, `t` among them.
    func types(joinedWith t: Int) -> [Int] {
        let r = root(t)
        return group.indices.filter { root($0) == r }
    }
}
