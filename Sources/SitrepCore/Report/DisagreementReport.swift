/// Disputed fields with each source's claim side by side (`sitrep disagreements`), and one event in full (`sitrep show`).
public struct DisagreementReport: Sendable {
    public var style: TextStyle
    public var analysis: Analysis
    /// Documents by id, so each claim's source is found without scanning the corpus.
    private let documents: [String: Document]
    public init(style: TextStyle, analysis: Analysis) {
        self.style = style; self.analysis = analysis
        documents = Dictionary(analysis.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func render(_ ds: [Disagreement]) -> String {
        var out = ""
        for d in ds {
            let about = (d.event ?? "corpus") + (d.relatedEvent.map { " + " + $0 } ?? "")
            out += style.bold(Sanitize.line("\(about)  \(d.field.rawValue)")) + "  " + Sanitize.oneLine(d.summary, limit: 160) + "\n"
            for c in d.claims {
                let doc = documents[c.doc]
                let who = [doc?.outlet ?? c.doc, c.claimedBy].compactMap { $0 }.joined(separator: ", citing ")
                out += "  • " + style.warn(Sanitize.oneLine(c.value, limit: 60)) + " — " + Sanitize.oneLine(who, limit: 80) + "\n"
                out += "      " + style.dim("“" + Sanitize.oneLine(c.quote, limit: 220) + "”") + "  [\(Sanitize.line(c.doc)) \(stored(c.doc, c.span))]\n"
            }
            out += "\n"
        }
        out += "\(ds.count) disagreement" + (ds.count == 1 ? "" : "s") + "\n"
        return out
    }

    /// One event with every passage that reports it, with some context around each.
    public func show(_ e: Event, contextBytes: Int = 160) -> String {
        var out = style.bold(Sanitize.line("\(e.id)  \(e.summary)")) + "\n"
        out += "  date: \(DateText.describe(e.date))   place: \(TimelineReport.placeLine(e.location))\n"
        out += "  type: \(e.eventType.rawValue) / \(Sanitize.line(e.subEventType))\n"
        for role in [ActorRole.actor1, .actor2] {
            let names = e.actors.filter { $0.role == role }.map { "\(Sanitize.line($0.name)) (inter \($0.inter))" }
            if !names.isEmpty { out += "  \(role.rawValue): " + names.joined(separator: ", ") + "\n" }
        }
        if let f = e.fatalities { out += "  fatalities: low \(f.low), best \(f.best), high \(f.high)\n" }
        for t in e.counts { out += "  \(t.kind.rawValue): low \(t.range.low), best \(t.range.best), high \(t.range.high)\n" }
        if e.isDisputed { out += "  " + style.warn("disputed: " + Sanitize.line(e.disputedFields.joined(separator: ", "))) + "\n" }
        for m in e.mentions { out += "\n" + passage(m, contextBytes: contextBytes) }
        for d in analysis.disagreements(of: e.id) { out += "\n" + render([d]).components(separatedBy: "\n").dropLast(2).joined(separator: "\n") + "\n" }
        return out
    }

    /// "start–end" in the file as stored (a file read as Windows-1252 has other offsets than its text).
    func stored(_ doc: String, _ span: ByteSpan) -> String {
        let s = documents[doc]?.storedSpan(span) ?? span
        return "\(s.start)–\(s.end)"
    }

    func passage(_ m: Mention, contextBytes: Int) -> String {
        guard let doc = documents[m.doc] else { return "  \(Sanitize.line(m.doc)): \(Sanitize.oneLine(m.quote))\n" }
        var head = "  \(style.bold(Sanitize.line(doc.outlet))) — \(Sanitize.oneLine(doc.title, limit: 90))"
        if let p = doc.frontMatter.published { head += " (\(DateText.short(p))\(doc.frontMatter.publishedInferred ? ", inferred" : ""))" }
        if let url = doc.frontMatter.url { head += "\n    " + Sanitize.oneLine(url, limit: 300) }
        var meta = "    \(m.doc) bytes \(stored(m.doc, m.span)) · \(DateText.describe(m.date))"
        if let p = m.location?.place.name { meta += " · \(p)" }
        if let f = m.fatalities { meta += " · " + DisagreementFinder.tollText(f) }
        for c in m.counts { meta += " · " + c.text }
        if let c = m.claimedBy { meta += " · claimed by \(c)" }
        meta = Sanitize.line(meta)
        let before = doc.slice(ByteSpan(max(doc.bodyStart, m.span.start - contextBytes), m.span.start))
        let after = doc.slice(ByteSpan(m.span.end, m.span.end + contextBytes))
        let text = "…" + Sanitize.oneLine(before, limit: 10_000) + " " + style.bold("[" + Sanitize.oneLine(m.quote, limit: 10_000) + "]")
            + " " + Sanitize.oneLine(after, limit: 10_000) + "…"
        return head + "\n" + meta + "\n    " + text + "\n"
    }
}
