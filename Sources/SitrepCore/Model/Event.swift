/// One real-world event, consolidated from every mention of it across the corpus.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    /// Stable for the same input ("ev-" + hash of its earliest mention).
    public var id: String
    public var date: EventDate
    public var location: Location?
    public var eventType: EventType
    public var subEventType: String
    public var actors: [ActorRef]
    public var fatalities: FatalityRange?
    /// People wounded, abducted or arrested, per kind, across the sources.
    public var counts: [PeopleTally] = []
    public var mentions: [Mention]
    /// Fields on which the sources disagree ("fatalities", "date", "place", "actor", "claim", "type", …).
    public var disputedFields: [String]

    public init(id: String, date: EventDate, location: Location?, eventType: EventType, subEventType: String,
                actors: [ActorRef], fatalities: FatalityRange?, mentions: [Mention], disputedFields: [String] = []) {
        self.id = id; self.date = date; self.location = location; self.eventType = eventType
        self.subEventType = subEventType; self.actors = actors; self.fatalities = fatalities
        self.mentions = mentions; self.disputedFields = disputedFields
    }

    /// Distinct documents that report this event.
    public var sourceDocs: [String] { outlineSources ?? Array(Set(mentions.map(\.doc))).sorted() }
    /// The documents of an outline (an event read without its mentions); nil: they come from the mentions.
    private var outlineSources: [String]? = nil

    /// This event without its mentions, still knowing the documents that report it (`sourceDocs`): all the timeline
    /// shows of it, while the mentions are read later (`completed(with:)`).
    public func outline(sources: [String]? = nil) -> Event {
        var e = self
        e.outlineSources = sources ?? sourceDocs; e.mentions = []
        return e
    }

    /// Whether this is an outline, its mentions still to be read.
    public var isOutline: Bool { outlineSources != nil }

    /// The whole event again: this outline with its mentions.
    public func completed(with mentions: [Mention]) -> Event {
        var e = self
        e.outlineSources = nil; e.mentions = mentions
        return e
    }
    public var isDisputed: Bool { !disputedFields.isEmpty }
    /// A one-line description: "Air/drone strike in Kharkiv, 4 killed".
    public var summary: String {
        var s = subEventType == "Other" ? eventType.rawValue : subEventType
        if let p = location?.place.name { s += " in \(p)" }
        if let f = fatalities { s += f.low == f.high ? ", \(f.best) killed" : ", \(f.low)–\(f.high) killed" }
        return s
    }
}

/// Which field of an event the sources disagree on.
public enum DisagreementField: String, Codable, Sendable, CaseIterable { case fatalities, date, place, actor, claim, wounded, abducted, arrested, type }

/// One source's side of a disagreement, pointing at its passage.
public struct DisagreementClaim: Hashable, Sendable, Codable {
    public var doc: String
    public var span: ByteSpan
    /// The passage, sharing the document text's storage.
    public var quoteText: SharedText
    /// The passage as written.
    public var quote: String {
        get { quoteText.description }
        set { quoteText = SharedText(newValue) }
    }
    public var value: String
    public var claimedBy: String?
    public init(doc: String, span: ByteSpan, quote: String, value: String, claimedBy: String?) {
        self.init(doc: doc, span: span, quoteText: SharedText(quote), value: value, claimedBy: claimedBy)
    }

    init(doc: String, span: ByteSpan, quoteText: SharedText, value: String, claimedBy: String?) {
        self.doc = doc; self.span = span; self.quoteText = quoteText; self.value = value; self.claimedBy = claimedBy
    }

    enum CodingKeys: String, CodingKey { case doc, span, quoteText = "quote", value, claimedBy }
}

/// Sources that disagree about one field of one event (or, with no event, about the corpus).
public struct Disagreement: Hashable, Sendable, Codable {
    public var event: String?
    public var field: DisagreementField
    public var summary: String
    public var claims: [DisagreementClaim]
    /// The second event of a happening told two ways (an attack one outlet tells as a clash): the disagreement is
    /// between `event` and this one.
    public var relatedEvent: String? = nil
    public init(event: String?, field: DisagreementField, summary: String, claims: [DisagreementClaim]) {
        self.event = event; self.field = field; self.summary = summary; self.claims = claims
    }
}
