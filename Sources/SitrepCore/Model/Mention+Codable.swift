/// Mention's coding is lossless (the index caches extractions in it): the fields that exports leave out are written
/// only when set, and read back when present.
extension Mention {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(doc: try c.decode(String.self, forKey: .doc), span: try c.decode(ByteSpan.self, forKey: .span),
                  quoteText: try c.decode(SharedText.self, forKey: .quoteText), trigger: try c.decode(String.self, forKey: .trigger),
                  eventType: try c.decode(EventType.self, forKey: .eventType),
                  subEventType: try c.decode(String.self, forKey: .subEventType), date: try c.decode(EventDate.self, forKey: .date),
                  location: try c.decodeIfPresent(Location.self, forKey: .location),
                  actors: try c.decode([ActorRef].self, forKey: .actors),
                  fatalities: try c.decodeIfPresent(FatalityCount.self, forKey: .fatalities),
                  claimedBy: try c.decodeIfPresent(String.self, forKey: .claimedBy))
        counts = try c.decodeIfPresent([PeopleCount].self, forKey: .counts) ?? []
        isAnother = try c.decodeIfPresent(Bool.self, forKey: .isAnother) ?? false
        restates = try c.decodeIfPresent(ByteSpan.self, forKey: .restates)
        target = try c.decodeIfPresent(UInt64.self, forKey: .target)
        tellsOnset = try c.decodeIfPresent(Bool.self, forKey: .tellsOnset) ?? false
        dateStated = try c.decodeIfPresent(Bool.self, forKey: .dateStated) ?? true
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(doc, forKey: .doc); try c.encode(span, forKey: .span); try c.encode(quoteText, forKey: .quoteText)
        try c.encode(trigger, forKey: .trigger); try c.encode(eventType, forKey: .eventType)
        try c.encode(subEventType, forKey: .subEventType); try c.encode(date, forKey: .date)
        try c.encodeIfPresent(location, forKey: .location); try c.encode(actors, forKey: .actors)
        try c.encodeIfPresent(fatalities, forKey: .fatalities); try c.encode(counts, forKey: .counts)
        try c.encodeIfPresent(claimedBy, forKey: .claimedBy)
        if isAnother { try c.encode(true, forKey: .isAnother) }
        try c.encodeIfPresent(restates, forKey: .restates); try c.encodeIfPresent(target, forKey: .target)
        if tellsOnset { try c.encode(true, forKey: .tellsOnset) }
        if !dateStated { try c.encode(false, forKey: .dateStated) }
    }
}
