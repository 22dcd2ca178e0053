import SitrepCore

/// Finds the event an annotation belongs to now: the one with most passages overlapping its passages in the same
/// documents (the same event, or its successor after a split, merge or edit), ties going to the one sharing more
/// passages exactly (same file bytes and span), then to the earlier in timeline order; none when no passage
/// overlaps (orphaned).
public struct AnnotationMatcher: Sendable {
    /// Passages of the current events by document id.
    let byDoc: [String: [(span: ByteSpan, event: String, sha256: String)]]
    let order: [String: Int]

    public init(events: [Event], documents: [Document]) {
        let sha = Dictionary(documents.map { ($0.id, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        var byDoc: [String: [(span: ByteSpan, event: String, sha256: String)]] = [:]
        for e in events { for m in e.mentions { byDoc[m.doc, default: []].append((m.span, e.id, sha[m.doc] ?? "")) } }
        self.byDoc = byDoc
        order = Dictionary(events.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The event for these passages, or nil.
    public func event(for passages: [AnchorPassage]) -> String? {
        var overlaps: [String: Int] = [:], exact: [String: Int] = [:]
        for p in passages {
            var seen: Set<String> = []
            for c in byDoc[p.doc] ?? [] where c.span.overlaps(p.span) {
                if seen.insert(c.event).inserted { overlaps[c.event, default: 0] += 1 }
                if c.span == p.span && c.sha256 == p.sha256 { exact[c.event, default: 0] += 1 }
            }
        }
        return overlaps.max { a, b in
            (a.value, exact[a.key] ?? 0, -(order[a.key] ?? 0)) < (b.value, exact[b.key] ?? 0, -(order[b.key] ?? 0))
        }?.key
    }
}
