import SitrepCore

/// A date range typed in the `d` prompt: "2024-11-29..2024-12-01", "2024-11-29..", "..2024-12-01" or one day.
public struct DateRange: Hashable, Sendable {
    public var since: CalendarDate?
    public var until: CalendarDate?

    /// Parses the prompt's text; nil when a side is not a YYYY-MM-DD date or the range is backwards.
    public init?(_ text: String) {
        let isRange = text.contains("..")
        func date(_ s: Substring) -> CalendarDate?? { s.isEmpty ? .some(nil) : CalendarDate(iso: String(s)).map { .some($0) } }
        let pieces = text.components(separatedBy: "..").map { Substring($0.trimmingSpaces) }
        if isRange {
            guard pieces.count == 2, let a = date(pieces[0]), let b = date(pieces[1]), a != nil || b != nil else { return nil }
            since = a; until = b
        } else {
            guard let d = CalendarDate(iso: text.trimmingSpaces) else { return nil }
            since = d; until = d
        }
        if let since, let until, until < since { return nil }
    }
}

extension AppState {
    /// Applies the `d` prompt: a range sets `--since` and `--until`, empty text clears them.
    mutating func submitDates(_ text: String, into filter: inout EventFilter) -> Bool {
        if text.isEmpty { filter.since = nil; filter.until = nil; return true }
        guard let r = DateRange(text) else {
            message = "Dates as 2024-11-29..2024-12-01, 2024-11-29.., ..2024-12-01 or one day (YYYY-MM-DD), earliest first"
            return false
        }
        filter.since = r.since; filter.until = r.until
        return true
    }
}
