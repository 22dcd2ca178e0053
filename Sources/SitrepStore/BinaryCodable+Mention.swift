import SitrepCore

extension Mention: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        let (doc, span): (String, ByteSpan) = (try r.string(), try r.value())
        let quote = try r.quote(doc: doc, span: span)
        self.init(doc: doc, span: span, quote: "", trigger: try r.string(),
                  eventType: try r.raw(), subEventType: try r.string(), date: try r.value(),
                  location: try r.optional { try $0.value() }, actors: try r.values(),
                  fatalities: try r.optional { try $0.value() }, claimedBy: try r.optional { try $0.string() })
        quoteText = quote
        counts = try r.values()
        isAnother = try r.bool()
        restates = try r.optional { try $0.value() }
        target = try r.optional { try $0.unsigned() }
        tellsOnset = try r.bool()
        dateStated = try r.bool()
    }

    func write(to w: inout BinaryWriter) {
        w.string(doc); w.value(span); w.quote(quoteText, doc: doc, span: span); w.string(trigger); w.string(eventType.rawValue)
        w.string(subEventType); w.value(date); w.optional(location) { $0.value($1) }; w.values(actors)
        w.optional(fatalities) { $0.value($1) }; w.optional(claimedBy) { $0.string($1) }
        w.values(counts); w.bool(isAnother); w.optional(restates) { $0.value($1) }
        w.optional(target) { $0.unsigned($1) }; w.bool(tellsOnset); w.bool(dateStated)
    }
}

extension Claim: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        let (doc, span): (String, ByteSpan) = (try r.string(), try r.value())
        let quote = try r.quote(doc: doc, span: span)
        self.init(doc: doc, span: span, quote: "", proposition: try r.string(),
                  polarity: try r.raw(), date: try r.value(), location: try r.optional { try $0.value() },
                  claimedBy: try r.optional { try $0.string() })
        quoteText = quote
    }

    func write(to w: inout BinaryWriter) {
        w.string(doc); w.value(span); w.quote(quoteText, doc: doc, span: span); w.string(proposition); w.string(polarity.rawValue)
        w.value(date); w.optional(location) { $0.value($1) }; w.optional(claimedBy) { $0.string($1) }
    }
}

extension DocumentExtraction: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(mentions: try r.values(), claims: try r.values()) }
    func write(to w: inout BinaryWriter) { w.values(mentions); w.values(claims) }

    /// Reads an extraction's bytes (which must hold nothing more) onto the ends of `mentions` and `claims`.
    static func decode(_ bytes: [UInt8], texts: [String: ArticleText], appendingTo mentions: inout [Mention], _ claims: inout [Claim]) throws {
        var r = BinaryReader(bytes, texts: texts)
        try r.values(appendingTo: &mentions)
        try r.values(appendingTo: &claims)
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
    }
}
