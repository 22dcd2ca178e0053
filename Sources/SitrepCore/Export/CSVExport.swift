import Foundation

/// Writes events as CSV with ACLED's column names where they apply, plus sitrep's own columns.
public enum CSVExport {
    public static let columns = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
                                 "inter1", "actor2", "assoc_actor_2", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
                                 "source", "notes", "fatalities", "fatalities_low", "fatalities_high", "sources_count", "disputed_fields"]

    /// The columns `verdict`, `note` and `tags` (tags joined with "; ") follow when some event shown is annotated.
    public static let annotationColumns = ["verdict", "note", "tags"]

    public static func text(_ events: [Event], outlets: [String: String], annotations: [String: EventAnnotation] = [:]) -> String {
        let annotated = events.contains { annotations[$0.id] != nil }
        var out = (columns + (annotated ? annotationColumns : [])).joined(separator: ",") + "\n"
        for e in events {
            var r = row(e, outlets: outlets)
            if annotated { let a = annotations[e.id]; r += [a?.verdict ?? "", a?.note ?? "", a?.tags.joined(separator: "; ") ?? ""] }
            out += r.map(quote).joined(separator: ",") + "\n"
        }
        return out
    }

    static func row(_ e: Event, outlets: [String: String]) -> [String] {
        func names(_ role: ActorRole) -> [ActorRef] { e.actors.filter { $0.role == role } }
        let (a1, a2) = (names(.actor1), names(.actor2))
        let p = e.location?.place
        let sources = Set(e.mentions.map { outlets[$0.doc] ?? $0.doc }).sorted().joined(separator: "; ")
        let notes = e.mentions.first.map { Sanitize.oneLine($0.quote, limit: 300) } ?? ""
        return [e.id, e.date.date?.iso ?? "", String(e.date.precision.acledCode), e.eventType.rawValue, e.subEventType,
                a1.map(\.name).joined(separator: "; "), names(.assocActor1).map(\.name).joined(separator: "; "),
                a1.first.map { String($0.inter) } ?? "",
                a2.map(\.name).joined(separator: "; "), names(.assocActor2).map(\.name).joined(separator: "; "),
                a2.first.map { String($0.inter) } ?? "",
                p?.country ?? "", p?.admin1 ?? "", p?.name ?? "",
                p.map { String(($0.lat * 10_000).rounded() / 10_000) } ?? "", p.map { String(($0.lon * 10_000).rounded() / 10_000) } ?? "",
                e.location.map { String($0.geoPrecision) } ?? "", sources, notes,
                e.fatalities.map { String($0.best) } ?? "", e.fatalities.map { String($0.low) } ?? "", e.fatalities.map { String($0.high) } ?? "",
                String(e.sourceDocs.count), e.disputedFields.joined(separator: ";")]
    }

    /// RFC 4180 quoting of a sanitised value (no control or bidirectional character reaches a terminal that shows
    /// the file); a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula.
    static func quote(_ s: String) -> String {
        var v = Sanitize.line(s)
        if let f = v.first, "=+-@".contains(f), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
