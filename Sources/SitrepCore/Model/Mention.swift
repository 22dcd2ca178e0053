/// One reported event in one passage of one document.
public struct Mention: Hashable, Sendable, Codable {
    public var doc: String
    public var span: ByteSpan
    /// The passage, sharing the document text's storage.
    public var quoteText: SharedText
    /// The passage as written.
    public var quote: String {
        get { quoteText.description }
        set { quoteText = SharedText(newValue) }
    }
    /// The phrase that signalled the event ("airstrikes", "stormed").
    public var trigger: String
    public var eventType: EventType
    public var subEventType: String
    public var date: EventDate
    public var location: Location?
    public var actors: [ActorRef]
    public var fatalities: FatalityCount?
    /// People wounded, abducted or arrested, as this passage counts them (one per kind at most).
    public var counts: [PeopleCount] = []
    /// Who, inside the article, asserts it; nil when the outlet itself does.
    public var claimedBy: String?
    /// Told as another event than one the article told ("a second strike", "a similar attack"): never merged with the
    /// article's other passages. Not exported.
    public var isAnother = false
    /// Another figure the same article gives for the event told at this passage ("… killed 5. A paramedic said at
    /// least 10 had died."): it joins that event, whose toll it disputes. Not exported.
    public var restates: ByteSpan? = nil
    /// A hash of the name of the place the act struck ("Al-Amal" in "the Al-Amal School"): two different names
    /// are two events. A number, not the name, so that mentions stay cheap to copy. Not exported.
    public var target: UInt64? = nil
    /// Tells that the violence began here ("fighting broke out on the evening of 12 May"), not that it went on or began
    /// again: the day it gives is when this source says it started. Not exported.
    public var tellsOnset = false
    /// Whether the passage or the story around it gives the date: false when it only falls back on the publication
    /// week, which is no date the source said (exports then leave the mention's own date out).
    public var dateStated = true

    public init(doc: String, span: ByteSpan, quote: String, trigger: String, eventType: EventType, subEventType: String,
                date: EventDate, location: Location?, actors: [ActorRef], fatalities: FatalityCount?, claimedBy: String?) {
        self.init(doc: doc, span: span, quoteText: SharedText(quote), trigger: trigger, eventType: eventType, subEventType: subEventType,
                  date: date, location: location, actors: actors, fatalities: fatalities, claimedBy: claimedBy)
    }

    init(doc: String, span: ByteSpan, quoteText: SharedText, trigger: String, eventType: EventType, subEventType: String,
         date: EventDate, location: Location?, actors: [ActorRef], fatalities: FatalityCount?, claimedBy: String?,
         counts: [PeopleCount] = [], isAnother: Bool = false, target: UInt64? = nil, tellsOnset: Bool = false) {
        self.doc = doc; self.span = span; self.quoteText = quoteText; self.trigger = trigger; self.eventType = eventType
        self.subEventType = subEventType; self.date = date; self.location = location; self.actors = actors
        self.fatalities = fatalities; self.claimedBy = claimedBy
        self.counts = counts; self.isAnother = isAnother; self.target = target; self.tellsOnset = tellsOnset
    }

    enum CodingKeys: String, CodingKey {
        case doc, span, quoteText = "quote", trigger, eventType, subEventType, date, location, actors, fatalities, counts, claimedBy
        case isAnother, restates, target, tellsOnset, dateStated
    }
}

/// Whether a passage asserts or denies a proposition.
public enum Polarity: String, Codable, Sendable { case asserted, denied }

/// A checkable statement in a passage ("fighting took place", "rebels entered the city"), asserted or denied.
public struct Claim: Hashable, Sendable, Codable {
    public var doc: String
    public var span: ByteSpan
    /// The passage, sharing the document text's storage.
    public var quoteText: SharedText
    /// The passage as written.
    public var quote: String {
        get { quoteText.description }
        set { quoteText = SharedText(newValue) }
    }
    /// The proposition's key from the claims lexicon ("fighting", "entry").
    public var proposition: String
    public var polarity: Polarity
    public var date: EventDate
    public var location: Location?
    public var claimedBy: String?
    public init(doc: String, span: ByteSpan, quote: String, proposition: String, polarity: Polarity,
                date: EventDate, location: Location?, claimedBy: String?) {
        self.init(doc: doc, span: span, quoteText: SharedText(quote), proposition: proposition, polarity: polarity,
                  date: date, location: location, claimedBy: claimedBy)
    }

    init(doc: String, span: ByteSpan, quoteText: SharedText, proposition: String, polarity: Polarity,
         date: EventDate, location: Location?, claimedBy: String?) {
        self.doc = doc; self.span = span; self.quoteText = quoteText; self.proposition = proposition
        self.polarity = polarity; self.date = date; self.location = location; self.claimedBy = claimedBy
    }

    enum CodingKeys: String, CodingKey {
        case doc, span, quoteText = "quote", proposition, polarity, date, location, claimedBy
    }
}
