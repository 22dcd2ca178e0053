import SitrepCore

/// How the timeline is grouped: by date (locations within a date) or by location (dates within a place).
public enum Grouping: String, Hashable, Sendable { case date, location }

/// One line of the timeline pane: a heading, an event (an index into `Analysis.events`), or a folded place.
public enum TimelineRow: Hashable, Sendable {
    case heading(String, level: Int)
    case event(Int)
    /// A place folded in the location-first view (`f`): its path and "5 events · 12 killed"; it can be selected.
    case folded(String, summary: String)

    public var eventIndex: Int? { if case .event(let i) = self { i } else { nil } }
    /// The path of a folded place row.
    public var foldedPlace: String? { if case .folded(let p, _) = self { p } else { nil } }
    /// Whether the selection can rest on the row: an event or a folded place.
    public var isSelectable: Bool { eventIndex != nil || foldedPlace != nil }
}

/// Labels shared by the views.
public enum Labels {
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Sat 30 Nov 2024".
    public static func heading(_ d: CalendarDate) -> String {
        "\(weekdays[d.weekday]) \(d.day) \(months[d.month - 1]) \(d.year)"
    }
    /// The date-first heading an event goes under: its day ("Sat 30 Nov 2024", weeks under their best day), "Aug 2024"
    /// when known only to the month, "2024" to the year, "Date unknown" without a date.
    public static func dayHeading(_ d: EventDate) -> String { coarse(d, day: heading, unknown: "Date unknown") }

    /// A row's date: "30 Nov 2024" (weeks by their best day), "Aug 2024", "2024", "date unknown".
    public static func shortDate(_ d: EventDate) -> String { coarse(d, day: short, unknown: "date unknown") }

    /// `day` of a day or week, `describe` of a month or year.
    static func coarse(_ d: EventDate, day: (CalendarDate) -> String, unknown: String) -> String {
        guard let date = d.date, d.precision != .unknown else { return unknown }
        return d.precision == .month || d.precision == .year ? describe(d) : day(date)
    }

    /// "30 Nov 2024".
    public static func short(_ d: CalendarDate) -> String { "\(d.day) \(months[d.month - 1]) \(d.year)" }

    /// A date with its precision: "Sun 1 Dec 2024", "week of 25 Nov 2024", "Nov 2024", "date unknown".
    public static func describe(_ d: EventDate) -> String {
        guard let day = d.date else { return "date unknown" }
        switch d.precision {
        case .day: return heading(day)
        case .week: return "week of \(short(d.earliest ?? day))"
        case .month: return "\(months[day.month - 1]) \(day.year)"
        case .year: return "\(day.year)"
        case .unknown: return "date unknown"
        }
    }

    /// The mark shown before a row whose date is coarser than a day: "~" week or month, "?" year or unknown.
    public static func precisionMark(_ p: DatePrecision) -> String {
        switch p {
        case .day: " "
        case .week, .month: "~"
        case .year, .unknown: "?"
        }
    }

    /// "Sudan › North Darfur" (country › admin area); "Unknown location" without a place.
    public static func area(_ l: Location?) -> String {
        guard let p = l?.place else { return "Unknown location" }
        var parts: [String] = []
        if let c = p.country { parts.append(c) }
        if let a = p.admin1, p.kind != .admin1 || a != p.name { parts.append(a) }
        if p.kind == .country || p.kind == .admin1 { if parts.last != p.name { parts.append(p.name) } }
        return parts.isEmpty ? p.name : parts.joined(separator: " › ")
    }

    /// "Sudan › North Darfur › El Fasher": the full path down to the place.
    public static func path(_ l: Location?) -> String {
        guard let p = l?.place else { return "Unknown location" }
        let a = area(l)
        return a.hasSuffix(p.name) ? a : a + " › " + p.name
    }

    /// "4", "4–8" when sources disagree, "" when no toll is reported.
    public static func fatalities(_ f: FatalityRange?) -> String {
        guard let f else { return "" }
        return f.low == f.high ? "\(f.best)" : "\(f.low)–\(f.high)"
    }

    /// "actor1 vs actor2", as `sitrep list` writes it (associated actors are left to the detail views).
    public static func actors(_ actors: [ActorRef]) -> String {
        let a1 = actors.filter { $0.role == .actor1 }.map(\.name).joined(separator: ", ")
        let a2 = actors.filter { $0.role == .actor2 }.map(\.name).joined(separator: ", ")
        return [a1, a2].filter { !$0.isEmpty }.joined(separator: " vs ")
    }
}
