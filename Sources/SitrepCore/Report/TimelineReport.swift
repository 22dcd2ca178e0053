/// The timeline as text (`sitrep list`): grouped by date, oldest first, then by place.
public struct TimelineReport: Sendable {
    public var style: TextStyle
    public var outlets: [String: String]
    public init(style: TextStyle, outlets: [String: String]) { self.style = style; self.outlets = outlets }

    public func render(_ events: [Event], total: Int) -> String {
        var out = ""
        var lastDate: String? = nil, lastPlace: String? = nil
        for e in events {
            let heading = e.date.date.map { DateText.long($0) } ?? "Date unknown"
            if heading != lastDate {
                out += (lastDate == nil ? "" : "\n") + style.bold(heading) + "\n"
                lastDate = heading; lastPlace = nil
            }
            let place = Self.placeLine(e.location)
            if place != lastPlace { out += "  " + place + "\n"; lastPlace = place }
            out += "    " + row(e) + "\n"
        }
        out += "\n\(events.count) of \(total) events" + (events.isEmpty ? " (no event matches the filters)" : "") + "\n"
        return out
    }

    /// "Ukraine › Kharkiv Oblast › Kharkiv", safe to print (place names may come from an article's text).
    public static func placeLine(_ l: Location?) -> String {
        guard let p = l?.place else { return "Place unknown" }
        var parts = [p.country, p.admin1].compactMap { $0 }
        if p.kind != .country && p.kind != .admin1 { parts.append(p.name) }
        if parts.isEmpty { parts = [p.name] }
        var seen = Set<String>()
        return Sanitize.line(parts.filter { seen.insert($0).inserted }.joined(separator: " › "))
    }

    /// One event's line; every value is sanitised before it is styled, so styling is the only escape sequence.
    func row(_ e: Event) -> String {
        let coarse = e.date.precision == .day ? " " : "~"
        let type = style.type(e.eventType.shortLabel.padding(toLength: 9, withPad: " ", startingAt: 0), e.eventType)
        let actors = Sanitize.line(e.actors.filter { $0.role == .actor1 }.map(\.name).joined(separator: ", "))
        let targets = Sanitize.line(e.actors.filter { $0.role == .actor2 }.map(\.name).joined(separator: ", "))
        var parts = [Sanitize.line(e.subEventType)]
        if !actors.isEmpty || !targets.isEmpty { parts.append([actors, targets].filter { !$0.isEmpty }.joined(separator: " vs ")) }
        if let f = e.fatalities { parts.append(f.low == f.high ? "\(f.best) killed" : "\(f.low)–\(f.high) killed") }
        parts.append("\(e.sourceDocs.count) source" + (e.sourceDocs.count == 1 ? "" : "s"))
        let disputed = e.isDisputed ? "  " + style.warn("⚑ disputed: " + Sanitize.line(e.disputedFields.joined(separator: ", "))) : ""
        return "\(coarse) \(style.dim(Sanitize.line(e.id)))  \(type) " + parts.joined(separator: " · ") + disputed
    }
}
