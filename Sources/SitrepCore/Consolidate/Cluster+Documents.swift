/// A cluster's passages and tolls looked up by document: scanned while the cluster is small, hashed once it is large
/// (one event told by thousands of articles would otherwise scan all of them for every mention).
extension Cluster {
    /// One document's passages and tolls in a cluster, in the order they joined.
    struct DocumentPart {
        var passages: [(span: ByteSpan, quote: SharedText)] = []
        var tolls: [Int] = []
    }

    /// Members above which the cluster keeps its passages and tolls by document (hashing a document id costs more
    /// than scanning a few members).
    static let documentIndexThreshold = 32

    func addPassage(doc: String, span: ByteSpan, quote: SharedText) {
        passages.append((doc, span, quote))
        if byDocument != nil {
            byDocument![doc, default: DocumentPart()].passages.append((span, quote))
        } else if passages.count > Self.documentIndexThreshold {
            var parts: [String: DocumentPart] = [:]
            for p in passages { parts[p.doc, default: DocumentPart()].passages.append((p.span, p.quote)) }
            for t in tolls { parts[t.doc, default: DocumentPart()].tolls.append(t.count) }
            byDocument = parts
        }
    }

    func addToll(doc: String, count: Int) {
        tolls.append((doc, count))
        if !tollCounts.contains(count) { tollCounts.append(count) }
        byDocument?[doc, default: DocumentPart()].tolls.append(count)
    }

    /// `accepts` from the toll check on, for a cluster that keeps its passages and tolls by document: `mine` is the
    /// mention's document's part. The same checks, in the same order, as the scanning ones.
    func acceptsByDocument(_ m: Mention, _ mine: DocumentPart, territorial: Bool, window: Int) -> Bool {
        if let f = m.fatalities, mine.tolls.contains(where: { $0 != f.count }), !f.isVague { return false }
        if let t = m.target, targets.contains(where: { $0 != t }) { return false }
        if (m.isAnother || anotherDocs.contains(m.doc)) && !mine.passages.isEmpty { return false }
        if mine.passages.contains(where: { Self.adjacent($0.span, m.span) && Self.sameSentence(($0.span, $0.quote), (m.span, m.quoteText)) }) {
            return false
        }
        return datesFit(m, territorial: territorial, window: window)
    }
}
