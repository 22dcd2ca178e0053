/// Dates told from the passage before: "the same day", "later that day", "that night", "the previous morning",
/// "the day before", "the next morning", "the evening after".
extension TemporalResolver {
    /// The day and its parts, as anaphoric dates name them.
    static let dayWords: Set<WordKey> = ["day", "night", "morning", "evening", "afternoon"]

    /// An anaphoric date starting at `i`, unresolved (`resolveAnaphora` dates it).
    func anaphoric(at i: Int, range: Range<Int>, tokens: [Token]) -> DateExpression? {
        func word(_ j: Int) -> WordKey { j < range.upperBound ? tokens[j].word : WordKey() }
        let the = i > range.lowerBound && tokens[i - 1].word == "the" ? i - 1 : i
        func make(_ end: Int, _ offset: Int) -> DateExpression { DateExpression(tokens: the..<end, date: .unknown, kind: .anaphoric(offset: offset)) }
        var j = i
        if word(j) == "later" || word(j) == "earlier" { j += 1 }
        if word(j) == "that" && word(j + 1) == "same" { j += 1 }
        let w = word(j)
        if w == "that" || w == "same" { return Self.dayWords.contains(word(j + 1)) ? make(j + 2, 0) : nil }
        guard j == i else { return nil }
        switch w {
        case "previous", "preceding": return Self.dayWords.contains(word(j + 1)) ? make(j + 2, -1) : nil
        case "next", "following": return Self.dayWords.contains(word(j + 1)) ? make(j + 2, 1) : nil
        default: break
        }
        // "the day before", "the night before" (not "the day before yesterday"), "the morning after".
        guard the < i, Self.dayWords.contains(w) else { return nil }
        if word(j + 1) == "before" && word(j + 2) != "yesterday" && word(j + 2) != "last" { return make(j + 2, -1) }
        return word(j + 1) == "after" ? make(j + 2, 1) : nil
    }

    /// "two days later", "a day earlier", "three hours later": a time told from the date before (anaphoric), not from
    /// publication. Weeks and months later are left to the paragraph's date (a day that precise would be invented).
    func elapsed(at i: Int, range: Range<Int>, tokens: [Token]) -> DateExpression? {
        // Most counts and articles have no "later" or "earlier" right after them: look before reading the number. (A
        // text cut off right after the count, "… the minister a", ends the range there.)
        guard i + 2 < range.upperBound,
              (i + 2..<min(range.upperBound, i + 6)).contains(where: { tokens[$0].word == "later" || tokens[$0].word == "earlier" })
        else { return nil }
        guard let (n, len) = countOfUnits(at: i, range: range, tokens: tokens), i + len + 1 < range.upperBound else { return nil }
        let direction: Int
        switch tokens[i + len + 1].word {
        case "later": direction = 1
        case "earlier": direction = -1
        default: return nil
        }
        let days: Int
        switch tokens[i + len].key {
        case "day", "days": days = n
        case "hour", "hours", "minute", "minutes": days = 0
        default: return nil
        }
        return DateExpression(tokens: i..<(i + len + 2), date: .unknown, kind: .anaphoric(offset: direction * days))
    }

    /// Dates anaphoric expressions against the date they follow: the sentence's date before them, else `passage`
    /// (the paragraph's or an earlier one's), else the publication day; without any, they stay unresolved.
    static func resolveAnaphora(_ dates: inout [DateExpression], passage: EventDate?, published: CalendarDate?) {
        guard dates.contains(where: { if case .anaphoric = $0.kind { true } else { false } }) else { return }
        var base = passage?.date != nil ? passage : published.map(EventDate.day)
        for k in dates.indices {
            if case .anaphoric(let offset) = dates[k].kind {
                dates[k].date = base.map { shifted($0, by: offset) } ?? .unknown
                dates[k].kind = .absolute
            }
            if dates[k].date.date != nil { base = dates[k].date }
        }
    }

    /// A date moved by `days`, interval and precision kept.
    static func shifted(_ d: EventDate, by days: Int) -> EventDate {
        EventDate(date: d.date?.adding(days: days), earliest: d.earliest?.adding(days: days), latest: d.latest?.adding(days: days),
                  precision: d.precision)
    }
}
