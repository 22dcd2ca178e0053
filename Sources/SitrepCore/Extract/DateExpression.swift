/// A date expression found in text, resolved against the publication date.
public struct DateExpression: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A date of its own ("on Saturday", "5 December", "in 2016").
        case absolute
        /// Relative to the date of the previous passage ("the same day", "the next day") by this many days.
        case anaphoric(offset: Int)
        /// A date only when the sentence gives no other ("overnight": the night before publication).
        case fallback
    }
    /// Token indices of the expression.
    public var tokens: Range<Int>
    public var date: EventDate
    public var kind: Kind
    /// A day of a month said without its year in an undated article ("on August 24"), as month × 100 + day; nil
    /// otherwise. The corpus may tell which year it is.
    public var monthDay: Int? = nil
    /// The weekday a date was named with ("Tuesday November 21"), Sunday 0; nil otherwise.
    public var weekday: Int? = nil
}

/// Calendar words: weekdays, months and relative units.
enum CalendarWords {
    static let weekdays: [String: Int] = ["sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
                                          "friday": 5, "saturday": 6]
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12]
    /// Month names that are also common words: only taken next to a day number, a year or "in/early/late".
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "sep", "dec", "jun", "aug", "oct", "nov", "feb", "apr", "jul", "sept"]
    /// Suffixes of ordinals written in figures ("7th", "21st", "2nd", "3rd").
    static let ordinalSuffixes = ["st", "nd", "rd", "th"]
    /// "1st" … "31th": every figure-and-suffix spelling of a day of the month (flagged as date starters).
    static let ordinalWords = (1...31).flatMap { n in ordinalSuffixes.map { "\(n)\($0)" } }

    /// The day of an ordinal written in figures ("7th" → 7), nil for any other token.
    static func ordinalDay(_ t: Token) -> Int? {
        guard t.kind == .word else { return nil }
        return t.word.withUTF8 { b -> Int? in
            guard b.count == 3 || b.count == 4, b[0] &- 48 < 10 else { return nil }
            let digits = b.count - 2
            var v = 0
            for k in 0..<digits { guard b[k] &- 48 < 10 else { return nil }; v = v * 10 + Int(b[k] &- 48) }
            let suffix = String(decoding: b[digits...], as: UTF8.self)
            return (1...31).contains(v) && ordinalSuffixes.contains(suffix) ? v : nil
        }
    }

    /// A day of the month written as a figure ("7") or an ordinal ("7th").
    static func dayNumber(_ t: Token) -> Int? {
        if t.kind == .number, let v = t.number, t.raw.count <= 2, (1...31).contains(v) { return v }
        return ordinalDay(t)
    }

    static let dayParts: Set<String> = ["night", "morning", "evening", "afternoon", "overnight", "dawn", "midday", "noon"]
    static let yearPrepositions: Set<String> = ["in", "since", "by", "from", "during", "until", "till", "of", "early",
                                                "late", "mid", "throughout", "before", "after", "summer", "winter",
                                                "spring", "autumn", "fall", "around"]
}
