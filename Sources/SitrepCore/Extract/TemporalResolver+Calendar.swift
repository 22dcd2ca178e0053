/// Month names, day-month dates, ISO dates and bare years.
extension TemporalResolver {
    /// "5 December", "December 5", "Dec. 5, 2024", "December 2024", "in December", "2024-11-30", "in 2016".
    func numericDate(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let t = tokens[i]
        guard let v = t.number else { return nil }
        if let iso = isoDate(at: i, range: range, tokens: tokens) { return iso }
        if (1...31).contains(v), t.raw.count <= 2, i + 1 < range.upperBound, let m = CalendarWords.months[tokens[i + 1].key],
           tokens[i + 1].isCapitalized {
            var end = i + 2
            if end < range.upperBound, tokens[end].word == "." { end += 1 }
            let (year, yEnd) = explicitYear(at: end, range: range, tokens: tokens)
            return dayMonth(day: v, month: m, year: year, tokens: i..<(yEnd ?? end), published: published, at: i, range: range, allTokens: tokens)
        }
        guard t.raw.count == 4, (1900...2100).contains(v) else { return nil }
        let prev = i > range.lowerBound ? tokens[i - 1].key : ""
        let next = i + 1 < range.upperBound ? tokens[i + 1] : nil
        if let next, next.isWord, next.isCue(.personNoun) || next.isCue(.nonPersonUnit) { return nil }
        guard CalendarWords.yearPrepositions.contains(prev) || prev == "," || prev == "--" else { return nil }
        return DateExpression(tokens: (i - 1)..<(i + 1), date: Self.year(v), kind: .absolute)
    }

    func monthDate(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let m = CalendarWords.months[tokens[i].key]!
        var j = i + 1
        if j < range.upperBound, tokens[j].word == ".", !tokens[j].spaceBefore { j += 1 }
        if j < range.upperBound, let d = tokens[j].number, (1...31).contains(d), tokens[j].raw.count <= 2 {
            var end = j + 1
            if end < range.upperBound, tokens[end].word == "," { end += 1 }
            let (year, yEnd) = explicitYear(at: end, range: range, tokens: tokens)
            return dayMonth(day: d, month: m, year: year, tokens: i..<(yEnd ?? j + 1), published: published, at: i, range: range, allTokens: tokens)
        }
        let (year, yEnd) = explicitYear(at: j, range: range, tokens: tokens)
        let prev = i > range.lowerBound ? tokens[i - 1].key : ""
        if CalendarWords.ambiguousMonths.contains(tokens[i].key) && year == nil
            && !["in", "early", "late", "mid", "since", "until", "of", "during", "by"].contains(prev) { return nil }
        guard let y = year ?? published.map({ inferYear(month: m, day: 1, published: $0, future: false) }) else {
            return DateExpression(tokens: i..<(yEnd ?? i + 1), date: .unknown, kind: .absolute)
        }
        return DateExpression(tokens: i..<(yEnd ?? i + 1), date: Self.month(year: y, month: m), kind: .absolute)
    }

    func explicitYear(at j: Int, range: Range<Int>, tokens: [Token]) -> (Int?, Int?) {
        guard j < range.upperBound, let y = tokens[j].number, tokens[j].raw.count == 4, (1900...2100).contains(y) else { return (nil, nil) }
        return (y, j + 1)
    }

    func dayMonth(day: Int, month: Int, year: Int?, tokens r: Range<Int>, published: CalendarDate?, at i: Int,
                  range: Range<Int>, allTokens: [Token]) -> DateExpression? {
        let future = isFuture(before: i, range: range, tokens: allTokens)
        guard let y = year ?? published.map({ inferYear(month: month, day: day, published: $0, future: future) }),
              let d = CalendarDate(year: y, month: month, day: day) else {
            return DateExpression(tokens: r, date: .unknown, kind: .absolute)
        }
        return DateExpression(tokens: r, date: .day(d), kind: .absolute)
    }

    /// The year that puts a day-month on the right side of the publication date (within about half a year).
    func inferYear(month: Int, day: Int, published p: CalendarDate, future: Bool) -> Int {
        guard let same = CalendarDate(year: p.year, month: month, day: min(day, 28)) else { return p.year }
        let diff = same.dayNumber - p.dayNumber
        if future { return diff < -60 ? p.year + 1 : p.year }
        return diff > 60 ? p.year - 1 : p.year
    }

    func isoDate(at i: Int, range: Range<Int>, tokens: [Token]) -> DateExpression? {
        guard i + 4 < range.upperBound, tokens[i].raw.count == 4, tokens[i + 1].word == "-", tokens[i + 3].word == "-",
              let y = tokens[i].number, let m = tokens[i + 2].number, let d = tokens[i + 4].number,
              let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return DateExpression(tokens: i..<(i + 5), date: .day(date), kind: .absolute)
    }
}
