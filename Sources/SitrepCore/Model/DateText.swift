/// Human date formats: "Sat 30 Nov 2024", "30 Nov 2024".
public enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    public static func short(_ d: CalendarDate) -> String { "\(d.day) \(months[d.month - 1]) \(d.year)" }
    public static func long(_ d: CalendarDate) -> String { "\(weekdays[d.weekday]) \(short(d))" }
    /// A date as precise as it is known: "Sat 30 Nov 2024", "week of 25 Nov 2024", "Nov 2024", "2016", "date unknown".
    public static func describe(_ e: EventDate) -> String {
        guard let d = e.date else { return "date unknown" }
        switch e.precision {
        case .day: return long(d)
        case .week: return "week of " + short(e.earliest ?? d)
        case .month: return "\(months[d.month - 1]) \(d.year)"
        case .year: return "\(d.year)"
        case .unknown: return "date unknown"
        }
    }
}
