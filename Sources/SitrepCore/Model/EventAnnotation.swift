/// An analyst's verdict, note and tags on an event, as exports write them (the store keeps them; see SitrepStore).
public struct EventAnnotation: Hashable, Sendable {
    /// "confirmed", "disputed" or "dismissed"; nil when none was given.
    public var verdict: String?
    public var note: String
    public var tags: [String]
    public init(verdict: String?, note: String, tags: [String]) { self.verdict = verdict; self.note = note; self.tags = tags }
}
