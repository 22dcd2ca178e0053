/// How exactly a date is known (ACLED's time precision, extended with week).
public enum DatePrecision: String, Codable, Sendable, CaseIterable, Comparable {
    case day, week, month, year, unknown

    /// Rank from most (0) to least precise.
    public var rank: Int {
        switch self {
        case .day: 0
        case .week: 1
        case .month: 2
        case .year: 3
        case .unknown: 4
        }
    }
    public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rank < b.rank }
    /// ACLED's `time_precision` code: 1 day, 2 week/month-ish, 3 month or coarser.
    public var acledCode: Int { switch self { case .day: 1; case .week: 2; default: 3 } }
}

/// When something happened: a best day plus the interval it may lie in, with a precision.
public struct EventDate: Hashable, Sendable, Codable {
    /// Best single day; nil when unknown.
    public var date: CalendarDate?
    /// Earliest and latest possible days (inclusive); nil when unknown.
    public var earliest: CalendarDate?
    public var latest: CalendarDate?
    public var precision: DatePrecision

    public init(date: CalendarDate?, earliest: CalendarDate? = nil, latest: CalendarDate? = nil, precision: DatePrecision) {
        self.date = date
        self.earliest = earliest ?? date
        self.latest = latest ?? date
        self.precision = date == nil ? .unknown : precision
    }

    public static let unknown = EventDate(date: nil, precision: .unknown)

    public static func day(_ d: CalendarDate) -> EventDate { EventDate(date: d, precision: .day) }

    /// Whether two dates can denote the same day given their intervals.
    public func overlaps(_ other: EventDate) -> Bool {
        guard let a0 = earliest, let a1 = latest, let b0 = other.earliest, let b1 = other.latest else { return true }
        return a0 <= b1 && b0 <= a1
    }
}
