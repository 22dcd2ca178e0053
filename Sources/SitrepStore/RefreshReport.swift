/// What a refresh of the index found and did.
public struct RefreshReport: Sendable, Equatable {
    /// Files by path, compared with the last refresh.
    public var added = 0, changed = 0, removed = 0, unchanged = 0
    /// Documents extracted this time (the others came from the cache).
    public var extracted = 0
    /// Whether merging and disagreements came from the cache.
    public var consolidationCached = false
    /// Whether the lexicon's fingerprint changed since the last refresh (everything extracted again).
    public var lexiconChanged = false
    /// When events were merged again: the merge parts (`MergeParts`, both merges) and how many of them were kept
    /// from the last refresh rather than clustered again.
    public var mergeParts = 0, partsKept = 0
    /// How long each step took.
    public var stages = Stages()

    public init() {}

    /// "3 added, 1 changed, 0 removed, 120 unchanged; 4 extracted; events merged again (40 of 52 merge parts kept)".
    public var summary: String {
        var s = "\(added) added, \(changed) changed, \(removed) removed, \(unchanged) unchanged; \(extracted) extracted"
        if lexiconChanged { s += " (data files or sitrep changed: all extracted again)" }
        s += consolidationCached ? "; events from the index" : "; events merged again"
        if !consolidationCached && mergeParts > 0 { s += " (\(partsKept) of \(mergeParts) merge parts kept)" }
        return s
    }

    /// Counts files by path against the last refresh's list.
    static func diff(previous old: [String: DocumentRecord], current: [DocumentRecord]) -> RefreshReport {
        var r = RefreshReport()
        for d in current {
            switch old[d.path]?.sha256 {
            case nil: r.added += 1
            case d.sha256?: r.unchanged += 1
            default: r.changed += 1
            }
        }
        r.removed = old.count - (current.count - r.added)
        return r
    }
}
