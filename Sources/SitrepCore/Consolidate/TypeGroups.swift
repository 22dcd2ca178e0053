/// Event types that the merge may cluster apart: a cluster takes only mentions of its own type, except restatements,
/// which join whichever cluster holds the passage they point back at, so a restatement's type and the types of the
/// mentions at that passage are one group (`MergeParts` counts a restatement under each type of its group).
struct TypeGroups {
    /// The group of each event type, by `EventType.order`.
    private var group: [Int]

    /// The groups of `mentions`, whose restated passages `restated` finds.
    init(_ mentions: [Mention], restated: RestatedPassages) {
        group = Array(0..<8)
        for k in mentions.indices {
            guard let anchor = mentions[k].restates else { continue }
            for a in restated.mentions(at: RestatedPassages.Passage(doc: mentions[k].doc, start: anchor.start)) {
                join(mentions[k].eventType.order, mentions[a].eventType.order)
            }
        }
    }

    private func root(_ t: Int) -> Int { group[t] == t ? t : root(group[t]) }

    private mutating func join(_ a: Int, _ b: Int) {
        let (x, y) = (root(a), root(b))
        if x != y { group[max(x, y)] = min(x, y) }
    }

    /// Whether type orders `a` and `b` are in one group.
    func sameGroup(_ a: Int, _ b: Int) -> Bool { root(a) == root(b) }
}
