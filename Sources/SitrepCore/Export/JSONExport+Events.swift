/// Export shapes for events, mentions and disagreements (nulls written explicitly, as the spec shows).
struct ExportEvent: Encodable {
    let e: Event
    let annotation: EventAnnotation?
    init(_ e: Event, _ annotation: EventAnnotation? = nil) { self.e = e; self.annotation = annotation }
    enum K: String, CodingKey {
        case id, date, dateEnd = "date_end", datePrecision = "date_precision", place, eventType = "event_type"
        case subEventType = "sub_event_type", actors, fatalities, counts, mentions, disputed, verdict, note, tags
    }
    func encode(to enc: any Encoder) throws {
        var c = enc.container(keyedBy: K.self)
        try c.encode(e.id, forKey: .id)
        try c.encode(e.date.date?.iso, forKey: .date)
        if let end = e.date.latest, e.date.precision != .day || end != e.date.date { try c.encode(end.iso, forKey: .dateEnd) }
        try c.encode(e.date.precision.rawValue, forKey: .datePrecision)
        try c.encode(e.location.map(ExportPlace.init), forKey: .place)
        try c.encode(e.eventType.rawValue, forKey: .eventType)
        try c.encode(e.subEventType, forKey: .subEventType)
        try c.encode(e.actors.map { ExportActor(name: $0.name, role: $0.role.rawValue, inter: $0.inter) }, forKey: .actors)
        try c.encode(e.fatalities.map(ExportFatalities.init), forKey: .fatalities)
        if !e.counts.isEmpty {
            var cc = c.nestedContainer(keyedBy: PeopleKey.self, forKey: .counts)
            for t in e.counts { try cc.encode(ExportFatalities(t.range), forKey: PeopleKey(t.kind)) }
        }
        try c.encode(e.mentions.map(ExportMention.init), forKey: .mentions)
        try c.encode(e.disputedFields, forKey: .disputed)
        if let a = annotation {   // only annotated events carry these keys: other exports stay as they were
            try c.encodeIfPresent(a.verdict, forKey: .verdict)
            if !a.note.isEmpty { try c.encode(a.note, forKey: .note) }
            if !a.tags.isEmpty { try c.encode(a.tags, forKey: .tags) }
        }
    }
}

/// The key of a count of people in the export: "wounded", "abducted", "arrested".
struct PeopleKey: CodingKey {
    let stringValue: String
    init(_ kind: PeopleCountKind) { stringValue = kind.rawValue }
    init?(stringValue: String) { self.stringValue = stringValue }
    var intValue: Int? { nil }
    init?(intValue: Int) { nil }
}

struct ExportActor: Encodable { var name: String; var role: String; var inter: Int }

struct ExportFatalities: Encodable {
    let f: FatalityRange
    init(_ f: FatalityRange) { self.f = f }
    enum K: String, CodingKey { case low, best, high, count, qualifier }
    func encode(to enc: any Encoder) throws {
        var c = enc.container(keyedBy: K.self)
        try c.encode(f.low, forKey: .low); try c.encode(f.best, forKey: .best); try c.encode(f.high, forKey: .high)
        try c.encode(f.count, forKey: .count); try c.encode(f.qualifier, forKey: .qualifier)
    }
}

struct ExportMention: Encodable {
    let m: Mention
    init(_ m: Mention) { self.m = m }
    enum K: String, CodingKey {
        case doc, start, end, quote, claimedBy = "claimed_by", date, datePrecision = "date_precision", place, fatalities, counts, trigger
    }
    enum F: String, CodingKey { case count, qualifier }
    func encode(to enc: any Encoder) throws {
        var c = enc.container(keyedBy: K.self)
        try c.encode(m.doc, forKey: .doc); try c.encode(m.span.start, forKey: .start); try c.encode(m.span.end, forKey: .end)
        try c.encode(m.quote, forKey: .quote); try c.encode(m.claimedBy, forKey: .claimedBy)
        // A date the source did not say (the publication week it falls back on) is left out: the event's date stands.
        if m.dateStated { try c.encode(m.date.date?.iso, forKey: .date); try c.encode(m.date.precision.rawValue, forKey: .datePrecision) }
        try c.encode(m.location.map(ExportPlace.init), forKey: .place); try c.encode(m.trigger, forKey: .trigger)
        if let f = m.fatalities {
            var fc = c.nestedContainer(keyedBy: F.self, forKey: .fatalities)
            try fc.encode(f.count, forKey: .count); try fc.encode(f.qualifier, forKey: .qualifier)
        } else {
            try c.encodeNil(forKey: .fatalities)
        }
        guard !m.counts.isEmpty else { return }
        var cc = c.nestedContainer(keyedBy: PeopleKey.self, forKey: .counts)
        for p in m.counts {
            var fc = cc.nestedContainer(keyedBy: F.self, forKey: PeopleKey(p.kind))
            try fc.encode(p.count.count, forKey: .count); try fc.encode(p.count.qualifier, forKey: .qualifier)
        }
    }
}

struct ExportDisagreement: Encodable {
    let d: Disagreement
    init(_ d: Disagreement) { self.d = d }
    enum K: String, CodingKey { case event, relatedEvent = "related_event", field, summary, claims }
    enum C: String, CodingKey { case doc, start, end, quote, value, claimedBy = "claimed_by" }
    func encode(to enc: any Encoder) throws {
        var c = enc.container(keyedBy: K.self)
        try c.encode(d.event, forKey: .event); try c.encode(d.field.rawValue, forKey: .field); try c.encode(d.summary, forKey: .summary)
        try c.encodeIfPresent(d.relatedEvent, forKey: .relatedEvent)
        var list = c.nestedUnkeyedContainer(forKey: .claims)
        for cl in d.claims {
            var cc = list.nestedContainer(keyedBy: C.self)
            try cc.encode(cl.doc, forKey: .doc); try cc.encode(cl.span.start, forKey: .start); try cc.encode(cl.span.end, forKey: .end)
            try cc.encode(cl.quote, forKey: .quote); try cc.encode(cl.value, forKey: .value); try cc.encode(cl.claimedBy, forKey: .claimedBy)
        }
    }
}
