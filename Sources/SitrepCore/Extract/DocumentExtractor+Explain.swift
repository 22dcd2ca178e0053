/// A readable account of how one document was read: per prose sentence, what the extractor saw and made.
extension DocumentExtractor {
    /// One paragraph per prose sentence: its text, then its dates, places, tolls, actors, sources and triggers
    /// (marked `neg`, `irr`, `def` for negated, irrealis and definite), and the mentions made from it.
    /// For developers asking "why did this sentence (not) become an event"; text is sanitised for the terminal.
    public func explain(_ document: Document) -> String {
        var ctx = DocumentContext(document: document, lexicon: lexicon)
        let readings = read(ctx)
        var sentencePlaces = [[PlaceMention]?](repeating: nil, count: ctx.layout.sentences.count)
        for r in readings { sentencePlaces[r.sentence] = r.facts.places }
        ctx.focus = ctx.focus(sentencePlaces: sentencePlaces)
        let made = extract(document).mentions
        var out = "focus: \(ctx.focus.map { Self.describe($0.place) } ?? "none")  countries: \(ctx.countries.weights.sorted { $0.value > $1.value }.prefix(4).map { "\($0.key)=\($0.value)" }.joined(separator: " "))\n"
        for r in readings {
            let f = r.facts, layout = ctx.layout
            out += "\n[\(r.index)] \(Sanitize.oneLine(layout.text(f.sentence.span), limit: 400))\n"
            func words(_ t: Range<Int>) -> String { Sanitize.oneLine(layout.text(tokens: t), limit: 60) }
            if !f.dates.isEmpty { out += "  dates: " + f.dates.map { "\(words($0.tokens))=\($0.date.date?.iso ?? "?")/\($0.date.precision)" }.joined(separator: "; ") + "\n" }
            if !f.places.isEmpty {
                out += "  places: " + f.places.map { "\(words($0.tokens))→\(Self.describe($0.place))\($0.isLocative ? "" : " (not locative)")" }.joined(separator: "; ") + "\n"
            }
            if !f.fatalities.isEmpty { out += "  tolls: " + f.fatalities.map { "\(words($0.tokens))=\($0.count.count)" }.joined(separator: "; ") + "\n" }
            if !f.actors.isEmpty { out += "  actors: " + f.actors.map { "\(words($0.tokens))→\($0.names.joined(separator: "+"))/\($0.inter)" }.joined(separator: "; ") + "\n" }
            if !f.attributions.isEmpty { out += "  sources: " + f.attributions.map { "\($0.source)\($0.isDenial ? " (denial)" : "")" }.joined(separator: "; ") + "\n" }
            if !f.triggers.isEmpty {
                out += "  triggers: " + f.triggers.map { h in
                    let marks = [h.negated ? "neg" : nil, h.irrealis ? "irr" : nil, h.definite ? "def" : nil].compactMap { $0 }
                    return "\(words(h.tokens))→\(h.trigger.eventType.rawValue)/\(h.trigger.subEventType) w\(h.trigger.weight)" + (marks.isEmpty ? "" : " [\(marks.joined(separator: ","))]")
                }.joined(separator: "; ") + "\n"
            }
            for m in made where m.span.start < f.sentence.span.end && f.sentence.span.start < m.span.end {
                let continued = m.span.start < f.sentence.span.start
                out += "  =>\(continued ? " (cont.)" : "") \(m.eventType.rawValue)/\(m.subEventType) \(m.date.date?.iso ?? "?")/\(m.date.precision) \(m.location.map { Self.describe($0.place) } ?? "-") "
                    + m.actors.map { "\($0.role == .actor1 ? "A1" : "A2"):\($0.name)" }.joined(separator: ", ") + (m.fatalities.map { " killed=\($0.count)" } ?? "") + "\n"
            }
        }
        return out
    }

    static func describe(_ p: Place) -> String {
        [p.name, p.admin1, p.country].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ") + " [\(p.kind)\(p.isUnresolved ? ", unresolved" : "")]"
    }
}
