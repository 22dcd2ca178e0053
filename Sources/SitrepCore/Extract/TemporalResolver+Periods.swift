/// Weeks, months and years and their parts: "last week", "early this week", "late last month", "in mid-May",
/// "at the end of last week", "earlier this month", "earlier in the week", "early 2023".
extension TemporalResolver {
    /// The part of a period an expression names; "earlier"/"later" are the current period's days before/after publication
    /// (another period's whole).
    enum PeriodPart { case early, middle, late, earlier, later }
    /// The length of a period.
    enum PeriodUnit { case week, month, year }
    /// A period as written, before it is dated: this/last/next week, month or year; a month; a year.
    enum PeriodRef { case relative(PeriodUnit, offset: Int), month(Int, year: Int?), year(Int) }

    /// A part of a period starting at `i` ("early", "mid-", "late", "earlier", "later", "the beginning/middle/end of").
    func periodPart(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        func word(_ j: Int) -> WordKey { j < range.upperBound ? tokens[j].word : WordKey() }
        let part: PeriodPart, of = word(i + 1) == "of"
        switch tokens[i].word {
        case "early": part = .early
        case "beginning" where of, "start" where of: part = .early
        case "mid", "middle" where of: part = .middle
        case "late", "end" where of: part = .late
        case "earlier": part = .earlier
        case "later": part = .later
        default: return nil
        }
        var j = i + (of ? 2 : 1)
        if word(j) == "-" || word(j) == "in" { j += 1 }
        guard let (ref, end) = periodRef(at: j, range: range, tokens: tokens) else { return nil }
        let start = of && i > range.lowerBound && word(i - 1) == "the" ? i - 1 : i
        let future = isFuture(before: i, range: range, tokens: tokens)
        let date = published.map { dated(ref, part: part, published: $0, future: future) }
            ?? explicitPeriod(ref).map { Self.part(part, of: $0.0, $0.1, unit: $0.2, clampTo: nil) } ?? .unknown
        return DateExpression(tokens: start..<end, date: date, kind: .absolute)
    }

    /// The period named at `j` and the token after it: "this/last/next/the week", "May (2024)", "2023".
    func periodRef(at j: Int, range: Range<Int>, tokens: [Token]) -> (PeriodRef, Int)? {
        guard j < range.upperBound else { return nil }
        let w = tokens[j].word
        let offset: Int? = w == "this" || w == "the" ? 0 : w == "last" ? -1 : w == "next" ? 1 : nil
        if let offset, j + 1 < range.upperBound {
            switch tokens[j + 1].word {
            case "week": return (.relative(.week, offset: offset), j + 2)
            case "month": return (.relative(.month, offset: offset), j + 2)
            case "year": return (.relative(.year, offset: offset), j + 2)
            default: return nil
            }
        }
        if tokens[j].isCapitalized, let m = CalendarWords.months[tokens[j].key] {
            let (year, end) = explicitYear(at: j + 1, range: range, tokens: tokens)
            return (.month(m, year: year), end ?? j + 1)
        }
        let (year, end) = explicitYear(at: j, range: range, tokens: tokens)
        guard let year, let end, !countsSomething(at: end, range: range, tokens: tokens) else { return nil }
        return (.year(year), end)
    }

    /// The part of the period, dated against publication.
    func dated(_ ref: PeriodRef, part: PeriodPart, published pub: CalendarDate, future: Bool) -> EventDate {
        let period: (CalendarDate, CalendarDate, PeriodUnit)
        var current = false
        switch ref {
        case .relative(let unit, let offset):
            current = offset == 0
            switch unit {
            case .week: period = Self.bounds(Self.week(of: pub, offset: offset, until: nil), .week)
            case .month: period = Self.bounds(Self.month(of: pub, offset: offset), .month)
            case .year: period = Self.bounds(Self.year(pub.year + offset), .year)
            }
        case .month(let m, let year):
            period = Self.bounds(Self.month(year: year ?? inferYear(month: m, day: 15, published: pub, future: future), month: m), .month)
        case .year(let y): period = Self.bounds(Self.year(y), .year)
        }
        return Self.part(part, of: period.0, period.1, unit: period.2, clampTo: current && !future ? pub : nil)
    }

    /// A month or year with its year written out: dated without publication.
    func explicitPeriod(_ ref: PeriodRef) -> (CalendarDate, CalendarDate, PeriodUnit)? {
        switch ref {
        case .month(let m, let year?): return Self.bounds(Self.month(year: year, month: m), .month)
        case .year(let y): return Self.bounds(Self.year(y), .year)
        default: return nil
        }
    }

    /// A whole period's first and last day.
    static func bounds(_ d: EventDate, _ unit: PeriodUnit) -> (CalendarDate, CalendarDate, PeriodUnit) { (d.earliest!, d.latest!, unit) }

    /// A third of the period (early, middle, late: a week's or month's at week precision, a year's at month precision),
    /// or its days before or after `clampTo` (publication, for the current period) at the period's own precision.
    static func part(_ part: PeriodPart, of first: CalendarDate, _ last: CalendarDate, unit: PeriodUnit, clampTo pub: CalendarDate?) -> EventDate {
        let thirds = Self.thirds(first, last, unit: unit)
        var (a, b) = (first, last)
        var precision: DatePrecision = unit == .year ? .month : .week
        switch part {
        case .early: (a, b) = thirds[0]
        case .middle: (a, b) = thirds[1]
        case .late: (a, b) = thirds[2]
        case .earlier, .later:
            precision = unit == .week ? .week : unit == .month ? .month : .year
            if let pub, first <= pub, pub <= last {
                if part == .earlier { b = max(first, pub.adding(days: -1)) } else { a = min(last, pub.adding(days: 1)) }
            }
        }
        if let pub, part != .later, a <= pub, pub < b { b = pub }
        return EventDate(date: a.adding(days: (b.dayNumber - a.dayNumber) / 2), earliest: a, latest: b, precision: precision)
    }

    /// The early, middle and late thirds of a period: a year's by months (January–April, May–August, September–December).
    static func thirds(_ first: CalendarDate, _ last: CalendarDate, unit: PeriodUnit) -> [(CalendarDate, CalendarDate)] {
        if unit == .year {
            return [(1, 4), (5, 8), (9, 12)].map { (month(year: first.year, month: $0.0).earliest!, month(year: first.year, month: $0.1).latest!) }
        }
        let third = (last.dayNumber - first.dayNumber + 2) / 3
        return [(first, first.adding(days: third - 1)), (first.adding(days: third), first.adding(days: 2 * third - 1)),
                (first.adding(days: 2 * third), last)]
    }

    /// The week (Monday to Sunday) `offset` weeks from `d`'s, ending at `until` if that comes first.
    static func week(of d: CalendarDate, offset: Int, until: CalendarDate?) -> EventDate {
        let monday = d.adding(days: -((d.weekday + 6) % 7) + 7 * offset)
        var end = monday.adding(days: 6)
        if let until, until < end { end = max(until, monday) }
        return EventDate(date: monday.adding(days: (end.dayNumber - monday.dayNumber) / 2), earliest: monday, latest: end, precision: .week)
    }

    /// The month `offset` months from `d`'s.
    static func month(of d: CalendarDate, offset: Int) -> EventDate {
        let m = d.year * 12 + d.month - 1 + offset
        return month(year: m / 12, month: m % 12 + 1)
    }

    /// A whole month, dated by its first day.
    static func month(year: Int, month: Int) -> EventDate {
        let first = CalendarDate(year: year, month: month, day: 1)!
        let last = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
        return EventDate(date: first, earliest: first, latest: last, precision: .month)
    }

    /// A whole year, dated by its first day.
    static func year(_ y: Int) -> EventDate {
        EventDate(date: CalendarDate(year: y, month: 1, day: 1), earliest: CalendarDate(year: y, month: 1, day: 1),
                  latest: CalendarDate(year: y, month: 12, day: 31), precision: .year)
    }
}
