import SitrepCore

extension Event {
    /// What `writeOutline` wrote: the event without its mentions, knowing the documents that report it.
    init(outlineFrom r: inout BinaryReader) throws {
        self.init(id: try r.string(), date: try r.value(), location: try r.optional { try $0.value() }, eventType: try r.raw(),
                  subEventType: try r.string(), actors: try r.values(), fatalities: try r.optional { try $0.value() },
                  mentions: [], disputedFields: try r.array { try $0.string() })
        counts = try r.values()
        self = outline(sources: try r.array { try $0.string() })
    }

    /// Every field but the mentions, and the documents that report the event.
    func writeOutline(to w: inout BinaryWriter) {
        w.string(id); w.value(date); w.optional(location) { $0.value($1) }; w.string(eventType.rawValue)
        w.string(subEventType); w.values(actors); w.optional(fatalities) { $0.value($1) }
        w.array(disputedFields) { $0.string($1) }; w.values(counts); w.array(sourceDocs) { $0.string($1) }
    }
}

extension DisagreementClaim: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        let (doc, span): (String, ByteSpan) = (try r.string(), try r.value())
        let quote = try r.quote(doc: doc, span: span)
        self.init(doc: doc, span: span, quote: "", value: try r.text(), claimedBy: try r.optional { try $0.string() })
        quoteText = quote
    }

    func write(to w: inout BinaryWriter) {
        w.string(doc); w.value(span); w.quote(quoteText, doc: doc, span: span); w.text(value); w.optional(claimedBy) { $0.string($1) }
    }
}

extension Disagreement: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        self.init(event: try r.optional { try $0.string() }, field: try r.raw(), summary: try r.text(), claims: try r.values())
        relatedEvent = try r.optional { try $0.string() }
    }

    func write(to w: inout BinaryWriter) {
        w.optional(event) { $0.string($1) }; w.string(field.rawValue); w.text(summary); w.values(claims)
        w.optional(relatedEvent) { $0.string($1) }
    }
}
