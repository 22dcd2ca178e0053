/// Weekdays: "on Saturday", "last Thursday", "penultimate Thursday", "Tuesday night", "the night of Monday to Tuesday",
/// "overnight", and full dates led by a weekday ("Thursday, 7 March, 2024").
extension TemporalResolver {
    /// Words before a weekday that belong to its expression.
    static let weekdayModifiers: Set<String> = ["last", "this", "next", "on", "by", "early", "late", "since", "until", "past",
                                                "penultimate", "overnight"]
    /// Parts of a day that lead a date with "of" ("the night of", "the early hours of").
    static let leadDayWords: Set<WordKey> = ["night", "morning", "evening", "afternoon", "hours", "dawn"]
    /// Words that may come before such a lead ("in the early hours of", "on the night of").
    static let leadOpeners: Set<WordKey> = ["early", "small", "wee", "late", "the", "on", "in", "during"]

    func weekday(_ wd: Int, at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression {
        var modifier = i > range.lowerBound ? tokens[i - 1].key : ""
        if !Self.weekdayModifiers.contains(modifier) { modifier = "" }
        let start = dayPartLead(before: modifier.isEmpty ? i : i - 1, range: range, tokens: tokens)
        var end = i + 1
        if end < range.upperBound, CalendarWords.dayParts.contains(tokens[end].key) { end += 1 }
        if let full = dateAfterWeekday(at: end, range: range, tokens: tokens, published: published) {
            // (A day without its year, "Tuesday November 21", stays one: it bounds an undated article's publication.)
            var whole = DateExpression(tokens: start..<full.tokens.upperBound, date: full.date, kind: .absolute)
            whole.monthDay = full.monthDay
            whole.weekday = wd
            return whole
        }
        if end + 1 < range.upperBound, tokens[end].word == "before", tokens[end + 1].word == "last" { modifier = "penultimate"; end += 2 }
        // "Monday to Tuesday": the night (or stretch) is dated by its first day, resolved from its last.
        var gap = 0
        if let (last, e) = secondWeekday(after: end, range: range, tokens: tokens) { gap = (last - wd + 7) % 7; end = e }
        guard let pub = published else { return DateExpression(tokens: start..<end, date: .unknown, kind: .absolute) }
        let future = isFuture(before: i, range: range, tokens: tokens)
        let lastDay = Self.resolve(weekday: (wd + gap) % 7, modifier: modifier, future: future, published: pub)
        let first = lastDay.adding(days: -gap)
        return DateExpression(tokens: start..<end, date: gap == 0 ? .day(first) : Self.span(first, lastDay), kind: .absolute)
    }

    /// The day a weekday names: the most recent one in the past (the publication day included), the next one in
    /// the future; "last" skips the publication day, "penultimate" goes a week further back, "next" forward.
    static func resolve(weekday wd: Int, modifier: String, future: Bool, published pub: CalendarDate) -> CalendarDate {
        let back = (pub.weekday - wd + 7) % 7, forward = (wd - pub.weekday + 7) % 7
        switch modifier {
        case "last": return pub.adding(days: -(back == 0 ? 7 : back))
        case "penultimate": return pub.adding(days: -(back == 0 ? 7 : back) - 7)
        case "next": return pub.adding(days: forward == 0 ? 7 : forward)
        default: return future ? pub.adding(days: forward == 0 ? 7 : forward) : pub.adding(days: -back)
        }
    }

    /// A second weekday closing a stretch ("to Tuesday", "into Tuesday", "-Tuesday"), and the token after it.
    func secondWeekday(after j: Int, range: Range<Int>, tokens: [Token]) -> (Int, Int)? {
        guard j + 1 < range.upperBound, ["to", "into", "-", "--"].contains(tokens[j].word), tokens[j + 1].isCapitalized,
              let wd = CalendarWords.weekdays[tokens[j + 1].key] else { return nil }
        return (wd, j + 2)
    }

    /// Where a date's expression starts once "the night of", "in the early hours of" before `start` are included.
    func dayPartLead(before start: Int, range: Range<Int>, tokens: [Token]) -> Int {
        guard start - 2 >= range.lowerBound, tokens[start - 1].word == "of", Self.leadDayWords.contains(tokens[start - 2].word) else { return start }
        var j = start - 2
        while j > range.lowerBound, start - j < 6, Self.leadOpeners.contains(tokens[j - 1].word) { j -= 1 }
        return j
    }

    /// The calendar date that follows a weekday ("Thursday, 7 March, 2024", "Thursday, March 7"): it is the date.
    func dateAfterWeekday(at j: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let k = j < range.upperBound && tokens[j].word == "," ? j + 1 : j
        guard k + 1 < range.upperBound else { return nil }
        if let day = CalendarWords.dayNumber(tokens[k]) { return dayFirst(day, at: k, range: range, tokens: tokens, published: published) }
        guard tokens[k].isCapitalized, CalendarWords.months[tokens[k].key] != nil, CalendarWords.dayNumber(tokens[k + 1]) != nil else { return nil }
        return monthDate(at: k, range: range, tokens: tokens, published: published)
    }

    /// "overnight": the night before publication (dated by its first day, spanning both), when the sentence gives no
    /// other date; "overnight into Tuesday": the night of Monday to Tuesday; "overnight Monday" is left to the weekday.
    func overnight(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        func weekdayAt(_ j: Int) -> Int? {
            j < range.upperBound && tokens[j].isCapitalized ? CalendarWords.weekdays[tokens[j].key] : nil
        }
        if weekdayAt(i + 1) != nil { return nil }
        if i + 1 < range.upperBound, tokens[i + 1].word == "into" || tokens[i + 1].word == "to", let wd = weekdayAt(i + 2) {
            let e = weekday(wd, at: i + 2, range: range, tokens: tokens, published: published)
            return DateExpression(tokens: i..<e.tokens.upperBound, date: e.date.date.map { Self.span($0.adding(days: -1), $0) } ?? .unknown,
                                  kind: .absolute)
        }
        return DateExpression(tokens: i..<(i + 1), date: published.map { Self.span($0.adding(days: -1), $0) } ?? .unknown, kind: .fallback)
    }
}
