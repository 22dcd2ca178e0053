/// Weekdays: "on Saturday", "last Thursday", "Tuesday night", and full dates led by a weekday ("Thursday, 7 March, 2024").
extension TemporalResolver {
    /// Words before a weekday that belong to its expression.
    static let weekdayModifiers: Set<String> = ["last", "this", "next", "on", "by", "early", "late", "since", "until", "past"]

    func weekday(_ wd: Int, at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression {
        let prev = i > range.lowerBound ? tokens[i - 1].key : ""
        let start = Self.weekdayModifiers.contains(prev) ? i - 1 : i
        var end = i + 1
        if end < range.upperBound, CalendarWords.dayParts.contains(tokens[end].key) { end += 1 }
        if let full = dateAfterWeekday(at: end, range: range, tokens: tokens, published: published) {
            return DateExpression(tokens: start..<full.tokens.upperBound, date: full.date, kind: .absolute)
        }
        guard let pub = published else { return DateExpression(tokens: start..<end, date: .unknown, kind: .absolute) }
        let future = isFuture(before: i, range: range, tokens: tokens)
        let back = (pub.weekday - wd + 7) % 7
        let forward = (wd - pub.weekday + 7) % 7
        let day: CalendarDate
        switch prev {
        case "last": day = pub.adding(days: -(back == 0 ? 7 : back))
        case "next": day = pub.adding(days: forward == 0 ? 7 : forward)
        default: day = future ? pub.adding(days: forward == 0 ? 7 : forward) : pub.adding(days: -back)
        }
        return DateExpression(tokens: start..<end, date: .day(day), kind: .absolute)
    }

    /// The calendar date that follows a weekday ("Thursday, 7 March, 2024", "Thursday, March 7"): it is the date.
    func dateAfterWeekday(at j: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let k = j < range.upperBound && tokens[j].word == "," ? j + 1 : j
        guard k + 1 < range.upperBound else { return nil }
        if let day = CalendarWords.dayNumber(tokens[k]) { return dayFirst(day, at: k, range: range, tokens: tokens, published: published) }
        guard tokens[k].isCapitalized, CalendarWords.months[tokens[k].key] != nil, CalendarWords.dayNumber(tokens[k + 1]) != nil else { return nil }
        return monthDate(at: k, range: range, tokens: tokens, published: published)
    }
}
