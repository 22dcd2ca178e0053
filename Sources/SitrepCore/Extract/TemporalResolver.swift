/// Finds date expressions in a sentence and resolves them against the publication date, with tense.
///
/// Past tense resolves a weekday to its most recent occurrence (the publication day itself included),
/// future tense to the next one. Durations ("within 72 hours", "in eight years") are not dates. Without a
/// publication date, relative expressions stay unresolved: never today's date.
public struct TemporalResolver: Sendable {
    public let cues: Cues
    let reader: NumberReader
    public init(cues: Cues) { self.cues = cues; reader = NumberReader(cues: cues) }
    static let starters: Set<String> = Set(["yesterday", "today", "tonight", "tomorrow", "last", "this", "earlier", "past", "same", "recent",
                                        "that", "following", "next", "previous", "preceding", "later", "day", "night", "morning",
                                        "evening", "afternoon", "overnight", "early", "mid", "middle", "late", "beginning", "start", "end",
                                        "a", "an"])
        .union(CalendarWords.ordinalWords)

    /// Date expressions in `tokens[range]`, in text order.
    public func expressions(in range: Range<Int>, tokens: [Token], published: CalendarDate?) -> [DateExpression] {
        var out: [DateExpression] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if Self.mayStartDate(tokens[i]), let e = match(at: i, range: range, tokens: tokens, published: published) {
                if !Self.opensName(e.tokens, range: range, tokens: tokens) { out.append(e) }
                i = e.tokens.upperBound
            } else {
                i += 1
            }
        }
        // A fallback date ("overnight") stands only in a sentence that gives no date of its own.
        if out.contains(where: { $0.kind == .absolute }) { out.removeAll { $0.kind == .fallback } }
        for k in out.indices where out[k].kind == .fallback { out[k].kind = .absolute }
        return out
    }

    /// "the 12th April Army Brigade base", "the 6 October Bridge": a day that opens a name (after "the", before
    /// capitalised words ending in a unit's, a structure's or a place's noun) is no date of the event.
    static func opensName(_ date: Range<Int>, range: Range<Int>, tokens: [Token]) -> Bool {
        guard date.lowerBound > range.lowerBound, tokens[date.lowerBound - 1].word == "the" else { return false }
        var j = date.upperBound
        while j < range.upperBound && j < date.upperBound + 3 && tokens[j].isWord && tokens[j].isCapitalized {
            if namedUnits.contains(tokens[j].word) || tokens[j].isCue(.designator) || tokens[j].isCue(.facilityNoun) { return true }
            j += 1
        }
        return false
    }

    /// Nouns that end the names of military units and of landmarks named after a day.
    static let namedUnits: Set<WordKey> = ["brigade", "division", "battalion", "regiment", "corps", "street", "square", "road",
                                           "avenue", "stadium", "revolution", "movement"]

    /// A number, a starter word ("last", "yesterday"), a count word, a weekday or month (capitalised or not: `match`
    /// decides) or "Christmas": the only tokens `match` can start an expression at.
    @inline(__always) static func mayStartDate(_ t: Token) -> Bool {
        t.kind == .number || t.isWord && (t.flags.contains(.temporalStarter) || t.startsCue(.numberWord) || t.flags.contains(.calendarWord)
                                          || t.word == christmasKey)
    }

    static let christmasKey: WordKey = "christmas"

    /// "on Christmas Eve", "Christmas Day", "on Christmas": 24 or 25 December of the year the publication date gives.
    func holiday(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        guard tokens[i].isCapitalized else { return nil }
        let next = i + 1 < range.upperBound ? tokens[i + 1] : nil
        let (day, len): (Int, Int)
        if let n = next, n.isCapitalized, n.word == "eve" { (day, len) = (24, 2) }
        else if let n = next, n.isCapitalized, n.word == "day" { (day, len) = (25, 2) }
        else if i > range.lowerBound, tokens[i - 1].word == "on", next.map({ !$0.isWord }) ?? true { (day, len) = (25, 1) }
        else { return nil }
        return dayMonth(day...day, month: 12, year: nil, tokens: i..<(i + len), published: published, range: range, allTokens: tokens)
    }

    /// "on saturday night", "last friday": a weekday written in lowercase is one only after a word that leads a weekday
    /// or before a part of the day.
    static func isLowercaseWeekday(at i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        if i > range.lowerBound, weekdayModifiers.contains(tokens[i - 1].key) { return true }
        return i + 1 < range.upperBound && CalendarWords.dayParts.contains(tokens[i + 1].key)
    }

    /// The expression starting at `i`, a token where `mayStartDate` holds (the caller checks it, inline).
    private func match(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let t = tokens[i]
        if t.kind == .number { return numericDate(at: i, range: range, tokens: tokens, published: published) }
        if t.word == Self.christmasKey { return holiday(at: i, range: range, tokens: tokens, published: published) }
        if t.flags.contains(.calendarWord) {
            if let wd = CalendarWords.weekdays[t.key], t.isCapitalized || Self.isLowercaseWeekday(at: i, range: range, tokens: tokens) {
                return weekday(wd, at: i, range: range, tokens: tokens, published: published)
            }
            if t.isCapitalized, CalendarWords.months[t.key] != nil, let e = monthDate(at: i, range: range, tokens: tokens, published: published) { return e }
        }
        // Relative expressions start with a starter word or a count ("two days ago"); other words cannot.
        guard t.flags.contains(.temporalStarter) || t.startsCue(.numberWord) else { return nil }
        if let day = CalendarWords.ordinalDay(t) { return dayFirst(day, at: i, range: range, tokens: tokens, published: published) }
        return relative(at: i, range: range, tokens: tokens, published: published)
    }

    /// Words that put what follows in the future.
    static let futureWords: [WordKey] = ["will", "ll", "shall", "tomorrow", "next", "upcoming", "scheduled", "planned", "plans", "expected"]
    /// Words that do so before "to" ("going to", "set to", "due to").
    static let futureBeforeTo: [WordKey] = ["going", "set", "due"]

    /// Future tense: a future cue among the few tokens before the expression in the same clause.
    func isFuture(before i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var j = i - 1, steps = 0
        while j >= range.lowerBound && steps < 8 {
            let k = tokens[j].word
            if tokens[j].kind == .punct && (k == ";" || k == "." ) { break }
            if Self.futureWords.contains(k) { return true }
            if Self.futureBeforeTo.contains(k), j + 1 < tokens.count, tokens[j + 1].word == "to" { return true }
            j -= 1; steps += 1
        }
        return false
    }

    // MARK: relative words

    func relative(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        let k = tokens[i].word
        let n1 = i + 1 < range.upperBound ? tokens[i + 1].word : WordKey()
        let n2 = i + 2 < range.upperBound ? tokens[i + 2].word : WordKey()
        func make(_ len: Int, _ date: (CalendarDate) -> EventDate) -> DateExpression {
            DateExpression(tokens: i..<(i + len), date: published.map(date) ?? .unknown, kind: .absolute)
        }
        // The commonest starters ("a week ago") open only a count: skip the other forms.
        if k == "a" || k == "an" { return ago(at: i, range: range, tokens: tokens, published: published) ?? elapsed(at: i, range: range, tokens: tokens) }
        switch k {
        case "yesterday": return make(1) { .day($0.adding(days: -1)) }
        case "today", "tonight": return make(1) { .day($0) }
        case "tomorrow": return make(1) { .day($0.adding(days: 1)) }
        case "last" where n1 == "night" || n1 == "evening": return make(2) { .day($0.adding(days: -1)) }
        case "this" where CalendarWords.dayParts.contains(n1.string): return make(2) { .day($0) }
        case "last" where n1 == "week": return make(2) { Self.week(of: $0, offset: -1, until: nil) }
        case "this" where n1 == "week": return make(2) { Self.week(of: $0, offset: 0, until: $0) }
        case "last" where n1 == "month": return make(2) { Self.month(of: $0, offset: -1) }
        case "this" where n1 == "month": return make(2) { Self.month(of: $0, offset: 0) }
        case "last" where n1 == "year": return make(2) { Self.year($0.year - 1) }
        case "this" where n1 == "year": return make(2) { Self.year($0.year) }
        case "past" where n1 == "week", "past" where n1 == "few" && n2 == "days":
            return make(k == "past" && n1 == "week" ? 2 : 3) {
                EventDate(date: $0.adding(days: -3), earliest: $0.adding(days: -7), latest: $0, precision: .week)
            }
        case "recent" where n1 == "days": return make(2) { Self.recent($0, days: 7, precision: .week) }
        case "recent" where n1 == "weeks", "past" where n1 == "few" && n2 == "weeks":
            return make(k == "recent" ? 2 : 3) { Self.recent($0, days: 30, precision: .month) }
        case "day" where n1 == "before" && n2 == "yesterday": return make(3) { .day($0.adding(days: -2)) }
        case "overnight": return overnight(at: i, range: range, tokens: tokens, published: published)
        default:
            return periodPart(at: i, range: range, tokens: tokens, published: published)
                ?? anaphoric(at: i, range: range, tokens: tokens) ?? ago(at: i, range: range, tokens: tokens, published: published)
                ?? elapsed(at: i, range: range, tokens: tokens)
        }
    }

    /// "in recent days", "in recent weeks": the stretch up to publication, centred in its middle.
    static func recent(_ published: CalendarDate, days: Int, precision: DatePrecision) -> EventDate {
        EventDate(date: published.adding(days: -days / 2), earliest: published.adding(days: -days), latest: published, precision: precision)
    }

    /// "eight years ago", "two days ago", "3 weeks ago", "a month ago"; "two weeks earlier", "a month prior", "three
    /// days before." (counted back from publication, as "ago" is; days earlier are `elapsed`'s).
    func ago(at i: Int, range: Range<Int>, tokens: [Token], published: CalendarDate?) -> DateExpression? {
        guard let (n, len) = countOfUnits(at: i, range: range, tokens: tokens), Self.countsBack(at: i + len + 1, range: range, tokens: tokens)
        else { return nil }
        let unit = tokens[i + len].key
        // "two days earlier" counts from the date told before (`elapsed`).
        if tokens[i + len + 1].word == "earlier", unit == "day" || unit == "days" { return nil }
        let r = i..<(i + len + 2)
        guard let pub = published else { return DateExpression(tokens: r, date: .unknown, kind: .absolute) }
        // "over a month ago" lies half a unit further back than "a month ago", "nearly a month ago" half a unit nearer.
        let lean = inexactness(before: i, range: range, tokens: tokens)
        switch unit {
        case "day", "days": return DateExpression(tokens: r, date: .day(pub.adding(days: -n)), kind: .absolute)
        case "week", "weeks":
            let c = pub.adding(days: -7 * n - 3 * lean)
            return DateExpression(tokens: r, date: EventDate(date: c, earliest: c.adding(days: -3), latest: c.adding(days: 3), precision: .week), kind: .absolute)
        case "month", "months":
            let c = pub.adding(days: -15 * lean)
            var y = c.year, m = c.month - n
            while m < 1 { m += 12; y -= 1 }
            return DateExpression(tokens: r, date: Self.month(year: y, month: m), kind: .absolute)
        case "year", "years":
            let c = pub.adding(days: -182 * lean)
            return DateExpression(tokens: r, date: Self.year(c.year - n), kind: .absolute)
        default: return nil
        }
    }

    /// "ago"; "earlier" but for "earlier than"; "prior" but for "prior to"; "before" at the end of its clause ("two days
    /// before, …"), not "before the vote".
    static func countsBack(at k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        let w = tokens[k].word
        if w == "ago" { return true }
        let next = k + 1 < range.upperBound ? tokens[k + 1] : nil
        switch w {
        case "earlier": return next?.word != "than"
        case "prior": return next?.word != "to"
        case "before": return next.map { $0.kind == .punct && $0.word != "-" } ?? true
        default: return false
        }
    }

    /// The count starting at `i` ("two", "3", "a") and its length, when a unit word and one more word follow it.
    func countOfUnits(at i: Int, range: Range<Int>, tokens: [Token]) -> (n: Int, len: Int)? {
        let article = tokens[i].word == "a" || tokens[i].word == "an"
        guard let (n, len) = reader.number(at: i, limit: range.upperBound, tokens: tokens) ?? (article ? (1, 1) : nil),
              i + len + 1 < range.upperBound else { return nil }
        return (n, len)
    }

    /// 1 after "more than", "over" (cue `fatality_qualifier` with value 1) just before `i`, −1 after "nearly", "almost"
    /// (value −1), else 0.
    func inexactness(before i: Int, range: Range<Int>, tokens: [Token]) -> Int {
        let words = tokens.lazy.map(\.word)
        for len in 1...3 where i - len >= range.lowerBound {
            if let p = cues[.fatalityQualifier].phrase(words, at: i - len, end: i), p.words.count == len { return p.value ?? 0 }
        }
        return 0
    }
}
