import SitrepCore

/// An analyst's verdict on a reported event.
public enum Verdict: String, Codable, Sendable, CaseIterable { case confirmed, disputed, dismissed }

/// A passage an annotated event was told in: the file's bytes (sha256), the document id, the byte span and its text.
public struct AnchorPassage: Codable, Sendable, Hashable {
    public var sha256, doc: String
    public var start, end: Int
    public var quote: String
    public init(sha256: String, doc: String, start: Int, end: Int, quote: String) {
        self.sha256 = sha256; self.doc = doc; self.start = start; self.end = end; self.quote = quote
    }
    var span: ByteSpan { ByteSpan(start, end) }
}

/// An analyst's verdict, note and tags on an event, anchored to the event's passages (not its id): the same
/// passages find the same event after any re-extraction; an event split, merged or dropped hands it to the event
/// with an overlapping passage, else it is orphaned with its passages. User data: never in the cache.
public struct Annotation: Codable, Sendable, Hashable {
    public var verdict: Verdict?
    public var note: String
    public var tags: [String]
    public var passages: [AnchorPassage]
    /// The event it is attached to now; nil when orphaned.
    public var event: String?
    public init(verdict: Verdict? = nil, note: String = "", tags: [String] = [], passages: [AnchorPassage], event: String?) {
        self.verdict = verdict; self.note = note; self.tags = tags; self.passages = passages; self.event = event
    }

    /// The anchor passages of an event (its mentions, in document order).
    public static func passages(of e: Event, documents: [String: Document]) -> [AnchorPassage] {
        e.mentions.map { m in
            AnchorPassage(sha256: documents[m.doc]?.sha256 ?? "", doc: m.doc, start: m.span.start, end: m.span.end, quote: m.quote)
        }.sorted { ($0.doc, $0.start) < ($1.doc, $1.start) }
    }
}
