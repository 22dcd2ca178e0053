/// A cluster's passages and tolls looked up by document: scanned while the cluster is small, hashed once it is large
/// (one event told by thousands of articles would otherwise scan all of them for every mention).
extension Cluster {
    /// One document's passages and tolls in a cluster, in the order they joined.
    struct DocumentPart {
        var passages: [(span: ByteSpan, endsSentence: Bool)] = []
        var tolls: [Int] = []
    }

    /// Members above which the cluster keeps its passages and tolls by document (hashing a document id costs more
    /// than scanning a few members).
    static let documentIndexThreshold = 24

    func addPassage(doc: String, span: ByteSpan, endsSentence: Bool) {
        passages.append((doc, span, endsSentence))
        if byDocument != nil {
            byDocument![doc, default: DocumentPart()].passages.append((span, endsSentence))
        } else if passages.count > Self.documentIndexThreshold {
            var parts: [String: DocumentPart] = [:]
            for p in passages { parts[p.doc, default: DocumentPart()].passages.append((p.span, p.endsSentence)) }
            for t in tolls { parts[t.doc, default: DocumentPart()].tolls.append(t.count) }
            byDocument = parts
        }
    }

    func addToll(doc: String, count: Int) {
        tolls.append((doc, count))
        if !tollCounts.contains(count) { tollCounts.append(count) }
        byDocument?[doc, default: DocumentPart()].tolls.append(count)
    }

    /// Whether some passage of `doc` in the cluster satisfies `test`.
    func anyPassage(of doc: String, _ test: (ByteSpan, Bool) -> Bool) -> Bool {
        if let parts = byDocument { return parts[doc]?.passages.contains { test($0.span, $0.endsSentence) } ?? false }
        return passages.contains { $0.doc == doc && test($0.span, $0.endsSentence) }
    }

    /// Whether some toll `doc` gives in the cluster satisfies `test`.
    func anyToll(of doc: String, where test: (Int) -> Bool) -> Bool {
        if let parts = byDocument { return parts[doc]?.tolls.contains(where: test) ?? false }
        return tolls.contains { $0.doc == doc && test($0.count) }
    }
}
