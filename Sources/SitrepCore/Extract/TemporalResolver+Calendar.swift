/// Month names, day-month dates, ISO dates and bare years.
extension TemporalResolver {
    /// "5 December", "December 5", "Dec. 5, 2024", "December 2024", "in December", "2024-11-30", "in 2016".
    func numericDate(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let t = tokens[i]
        guard let v = t.number else { return nil }
        if let iso = isoDate(at: i, range: range, tokens: tokens) { return iso }
        if let d = slashDate(at: i, range: range, tokens: tokens) { return d }
        if t.raw.count <= 2, (1...31).contains(v) { return dayFirst(v, at: i, range: range, tokens: tokens, published: published) }
        guard t.raw.count == 4, (1900...2100).contains(v) else { return nil }
        let prev = i > range.lowerBound ? tokens[i - 1].key : ""
        if countsSomething(at: i + 1, range: range, tokens: tokens) { return nil }
        guard CalendarWords.yearPrepositions.contains(prev) || prev == "," || prev == "--" else { return nil }
        return DateExpression(tokens: (i - 1)..<(i + 1), date: Self.year(v), kind: .absolute)
    }

    /// A day before its month: "7 March", "7th of March 2024", "7 March, 2024", "13 to 14 May" (the first day).
    func dayFirst(_ day: Int, at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let (last, afterDays) = rangeEnd(after: i, day: day, range: range, tokens: tokens) ?? (day, i + 1)
        var j = afterDays
        if j < range.upperBound, tokens[j].word == "of", tokens[i].kind == .word { j += 1 }
        guard j < range.upperBound, tokens[j].isCapitalized, let m = CalendarWords.months[tokens[j].key] else { return nil }
        var end = j + 1
        if end < range.upperBound, tokens[end].word == "." { end += 1 }
        let (year, yEnd) = yearAfter(end, range: range, tokens: tokens)
        return dayMonth(day...last, month: m, year: year, tokens: i..<(yEnd ?? end), published: published, range: range, allTokens: tokens)
    }

    func monthDate(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let m = CalendarWords.months[tokens[i].key]!
        var j = i + 1
        if j < range.upperBound, tokens[j].word == ".", !tokens[j].spaceBefore { j += 1 }
        if j < range.upperBound, let d = CalendarWords.dayNumber(tokens[j]) {
            let (last, dEnd) = rangeEnd(after: j, day: d, range: range, tokens: tokens) ?? (d, j + 1)
            let (year, yEnd) = yearAfter(dEnd, range: range, tokens: tokens)
            return dayMonth(d...last, month: m, year: year, tokens: i..<(yEnd ?? dEnd), published: published, range: range, allTokens: tokens)
        }
        let (year, yEnd) = explicitYear(at: j, range: range, tokens: tokens)
        let prev = i > range.lowerBound ? tokens[i - 1].key : ""
        if CalendarWords.ambiguousMonths.contains(tokens[i].key) && year == nil
            && !["in", "early", "late", "mid", "since", "until", "of", "during", "by"].contains(prev)
            && !Self.attributiveMonth(at: i, range: range, tokens: tokens) { return nil }
        guard let y = year ?? published.map({ inferYear(month: m, day: 1, published: $0, future: false) }) else {
            return DateExpression(tokens: i..<(yEnd ?? i + 1), date: .unknown, kind: .absolute)
        }
        return DateExpression(tokens: i..<(yEnd ?? i + 1), date: Self.month(year: y, month: m), kind: .absolute)
    }

    /// "a deadly May air strike", "the March offensive": a capitalised month between a lowercase word (not a verb of
    /// saying: "said May") and a lowercase noun qualifies that noun.
    static func attributiveMonth(at i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard i > range.lowerBound, i + 1 < range.upperBound, tokens[i].isCapitalized else { return false }
        let (prev, next) = (tokens[i - 1], tokens[i + 1])
        return prev.isWord && !prev.isCapitalized && !prev.isCue(.attributionVerb) && next.isWord && !next.isCapitalized
            && !next.isCue(.auxiliary)
    }

    /// The second day of a range after day `day` at `i` ("13 to 14", "13-14", "13 and 14") and the token after it.
    func rangeEnd(after i: Int, day: Int, range: Range<Int>, tokens: [Token]) -> (Int, Int)? {
        guard i + 2 < range.upperBound, ["to", "-", "--", "and", "into"].contains(tokens[i + 1].word),
              let last = CalendarWords.dayNumber(tokens[i + 2]), last > day else { return nil }
        return (last, i + 3)
    }

    func explicitYear(at j: Int, range: Range<Int>, tokens: [Token]) -> (Int?, Int?) {
        guard j < range.upperBound, let y = tokens[j].number, tokens[j].raw.count == 4, (1900...2100).contains(y) else { return (nil, nil) }
        return (y, j + 1)
    }

    /// The year after a day-month, with or without a comma ("7 March 2024", "March 7, 2024"), unless it is a count
    /// ("on 7 March, 2000 people marched").
    func yearAfter(_ j: Int, range: Range<Int>, tokens: [Token]) -> (Int?, Int?) {
        let k = j < range.upperBound && tokens[j].word == "," ? j + 1 : j
        let (year, end) = explicitYear(at: k, range: range, tokens: tokens)
        guard let end, !countsSomething(at: end, range: range, tokens: tokens) else { return (nil, nil) }
        return (year, end)
    }

    /// Whether the token at `j` is a noun that a number before it counts ("2000 people", "1500 homes").
    func countsSomething(at j: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        j < range.upperBound && tokens[j].isWord && (tokens[j].isCue(.personNoun) || tokens[j].isCue(.nonPersonUnit))
    }

    /// Days `days` of a month: one day, or the first of a range with the range as its interval.
    func dayMonth(_ days: ClosedRange<Int>, month: Int, year: Int?, tokens r: Range<Int>, published: CalendarDate?,
                  range: Range<Int>, allTokens: [Token]) -> DateExpression? {
        let future = isFuture(before: r.lowerBound, range: range, tokens: allTokens)
        guard let y = year ?? published.map({ inferYear(month: month, day: days.lowerBound, published: $0, future: future) }),
              let first = CalendarDate(year: y, month: month, day: days.lowerBound),
              let last = CalendarDate(year: y, month: month, day: days.upperBound) else {
            var yearless = DateExpression(tokens: r, date: .unknown, kind: .absolute)
            // (A day to come, "talks are due on 8 March", is no day the article has seen.)
            if year == nil, days.count == 1, !future { yearless.monthDay = month * 100 + days.lowerBound }
            return yearless
        }
        let lead = dayPartLead(before: r.lowerBound, range: range, tokens: allTokens)
        return DateExpression(tokens: lead..<r.upperBound, date: Self.span(first, last), kind: .absolute)
    }

    /// A stretch of days dated by its first: a day when it spans one night ("the night of 13 to 14 May"), else
    /// a week or a month.
    static func span(_ first: CalendarDate, _ last: CalendarDate) -> EventDate {
        let days = last.dayNumber - first.dayNumber
        return EventDate(date: first, earliest: first, latest: last, precision: days <= 1 ? .day : days <= 7 ? .week : .month)
    }

    /// The year that puts a day-month on the right side of the publication date: a past report's day more than a
    /// week after publication is last year's; a future one's more than two months before it, next year's.
    func inferYear(month: Int, day: Int, published p: CalendarDate, future: Bool) -> Int {
        guard let same = CalendarDate(year: p.year, month: month, day: min(day, 28)) else { return p.year }
        let diff = same.dayNumber - p.dayNumber
        if future { return diff < -60 ? p.year + 1 : p.year }
        return diff > 7 ? p.year - 1 : p.year
    }

    /// "25/06/2024", "6/25/2024" (and the end of a record number, "No. 46/25/06/2024"): day and month in the
    /// order the figures allow; a date whose day and month could be either ("05/06/2024") is not read.
    func slashDate(at i: Int, range: Range<Int>, tokens: [Token]) -> DateExpression? {
        guard i + 4 < range.upperBound, tokens[i].raw.count <= 2, tokens[i + 2].raw.count <= 2, tokens[i + 4].raw.count == 4,
              tokens[i + 1].word == "/", tokens[i + 3].word == "/",
              let a = tokens[i].number, let b = tokens[i + 2].number, let y = tokens[i + 4].number, (1900...2100).contains(y),
              a > 12 || b > 12, let date = a > 12 ? CalendarDate(year: y, month: b, day: a) : CalendarDate(year: y, month: a, day: b)
        else { return nil }
        return DateExpression(tokens: i..<(i + 5), date: .day(date), kind: .absolute)
    }

    func isoDate(at i: Int, range: Range<Int>, tokens: [Token]) -> DateExpression? {
        guard i + 4 < range.upperBound, tokens[i].raw.count == 4, tokens[i + 1].word == "-", tokens[i + 3].word == "-",
              let y = tokens[i].number, let m = tokens[i + 2].number, let d = tokens[i + 4].number,
              let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return DateExpression(tokens: i..<(i + 5), date: .day(date), kind: .absolute)
    }
}
