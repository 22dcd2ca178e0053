import Testing
@testable import SitrepCore

/// Reads the date expressions of an invented sentence, published Saturday 30 November 2024 unless told otherwise.
struct DateProbe {
    let resolver = TemporalResolver(cues: Fixtures.cues)

    func resolve(_ s: String, published: String? = "2024-11-30") -> [DateExpression] {
        let toks = Fixtures.tokens(s)
        return resolver.expressions(in: 0..<toks.count, tokens: toks, published: published.flatMap { CalendarDate(iso: $0) })
    }

    /// The one date read, as "YYYY-MM-DD/precision".
    func date(_ s: String, published: String? = "2024-11-30") -> String? {
        let found = resolve(s, published: published)
        guard found.count == 1 else { return "\(found.count) dates" }
        return "\(found[0].date.date?.iso ?? "?")/\(found[0].date.precision)"
    }

    /// The text the first date expression covers.
    func covered(_ s: String) -> String {
        let toks = Fixtures.tokens(s)
        guard let e = resolve(s).first else { return "" }
        return String(decoding: Array(s.utf8)[toks[e.tokens.lowerBound].start..<toks[e.tokens.upperBound - 1].end], as: UTF8.self)
    }
}

/// Date forms of real reporting: full dates, ordinals, day-month without a year.
@Suite("Temporal forms")
struct TemporalFormsTests {
    let probe = DateProbe()
    func date(_ s: String, published: String? = "2024-11-30") -> String? { probe.date(s, published: published) }
    func covered(_ s: String) -> String { probe.covered(s) }
    func resolve(_ s: String) -> [DateExpression] { probe.resolve(s) }

    @Test func weekdayLedFullDatesAreOneDate() {
        #expect(date("Militiamen on Friday, 9 February, 2024 raided a market.") == "2024-02-09/day")
        #expect(date("Militiamen raided a market on Friday, February 9, 2024, residents said.") == "2024-02-09/day")
        #expect(covered("Militiamen on Friday, 9 February, 2024 raided a market.") == "on Friday, 9 February, 2024")
        #expect(date("On Friday, 12 people were hurt.") == "2024-11-29/day")
    }

    @Test func ordinalDays() {
        #expect(date("The depot burned on 2nd February 2024.") == "2024-02-02/day")
        #expect(date("The depot burned on February 2nd.") == "2024-02-02/day")
        #expect(date("The depot burned on the 21st of October.") == "2024-10-21/day")
        #expect(resolve("He finished 3rd in the race.").isEmpty)
    }

    @Test func dayMonthTakesThePublicationYear() {
        #expect(date("Gunmen attacked the convoy on 3 June.") == "2024-06-03/day")
        #expect(date("Gunmen attacked the convoy on December 3.") == "2024-12-03/day")
        // More than a week after publication, a past report's day is last year's; a future one stays ahead.
        #expect(date("Gunmen attacked the convoy on 12 December.") == "2023-12-12/day")
        #expect(date("Voters will go to the polls on 12 December.") == "2024-12-12/day")
    }

    @Test func aCountAfterADayMonthIsNotItsYear() {
        #expect(date("On 7 March, 2000 people marched through the capital.") == "2024-03-07/day")
        #expect(date("On 7 March, 2023 saw the first strike.") == "2023-03-07/day")
    }

    @Test func absoluteDatesResolveWithoutPublicationDate() {
        #expect(date("Militiamen on Friday, 9 February, 2024 raided a market.", published: nil) == "2024-02-09/day")
        #expect(date("Gunmen attacked the convoy on 3 June.", published: nil) == "?/unknown")
    }
}

/// Anaphoric dates: read unresolved, then dated from the passage they follow.
@Suite("Temporal anaphora")
struct TemporalAnaphoraTests {
    let probe = DateProbe()

    func kinds(_ s: String) -> [DateExpression.Kind] { probe.resolve(s).map(\.kind) }

    @Test func dayWordsAfterAStepOrDemonstrative() {
        #expect(kinds("The previous morning, jets struck.") == [.anaphoric(offset: -1)])
        #expect(kinds("The preceding night was calm.") == [.anaphoric(offset: -1)])
        #expect(kinds("The night before, jets struck.") == [.anaphoric(offset: -1)])
        #expect(kinds("Later that same day, jets struck.") == [.anaphoric(offset: 0)])
        #expect(kinds("That night, jets struck.") == [.anaphoric(offset: 0)])
        #expect(kinds("The next morning, jets struck.") == [.anaphoric(offset: 1)])
        #expect(kinds("The morning after, jets struck.") == [.anaphoric(offset: 1)])
    }

    @Test func dayBeforeYesterdayIsTwoDaysBack() {
        #expect(probe.date("Jets struck the day before yesterday.") == "2024-11-28/day")
    }

    @Test func resolutionFollowsTheSentenceThenThePassageThenPublication() {
        let monday = EventDate.day(CalendarDate(iso: "2024-11-25")!)
        var dates = [DateExpression(tokens: 0..<2, date: .unknown, kind: .anaphoric(offset: 1)),
                     DateExpression(tokens: 3..<5, date: .unknown, kind: .anaphoric(offset: 1))]
        TemporalResolver.resolveAnaphora(&dates, passage: monday, published: CalendarDate(iso: "2024-11-30"))
        #expect(dates.map { $0.date.date?.iso } == ["2024-11-26", "2024-11-27"] && dates.allSatisfy { $0.kind == .absolute })
        var alone = [DateExpression(tokens: 0..<2, date: .unknown, kind: .anaphoric(offset: -1))]
        TemporalResolver.resolveAnaphora(&alone, passage: nil, published: CalendarDate(iso: "2024-11-30"))
        #expect(alone.first?.date == .day(CalendarDate(iso: "2024-11-29")!))
        var undated = [DateExpression(tokens: 0..<2, date: .unknown, kind: .anaphoric(offset: -1))]
        TemporalResolver.resolveAnaphora(&undated, passage: nil, published: nil)
        #expect(undated.first?.date == .unknown && undated.first?.kind == .absolute)
    }
}

/// Weekdays with their modifiers, nights and parts of the day, "overnight".
@Suite("Temporal weekdays")
struct TemporalWeekdayTests {
    let probe = DateProbe()

    // Published Saturday 30 November 2024: Thursday is the 28th, Tuesday the 26th, Sunday the 24th.
    @Test func lastAndPenultimateWeekdays() {
        #expect(probe.date("The mayor was shot last Thursday.") == "2024-11-28/day")
        #expect(probe.date("Penultimate Thursday, raiders looted the village.") == "2024-11-21/day")
        #expect(probe.date("Raiders looted the village the Thursday before last.") == "2024-11-21/day")
        #expect(probe.date("Fighting has raged since Friday.") == "2024-11-29/day")
    }

    @Test func aNightIsDatedByItsFirstDay() {
        #expect(probe.date("Jets pounded the port on the night of Monday to Tuesday.") == "2024-11-25/day")
        #expect(probe.covered("Jets pounded the port on the night of Monday to Tuesday.") == "on the night of Monday to Tuesday")
        #expect(probe.date("Jets pounded the port during the night of 13 to 14 November.") == "2024-11-13/day")
        #expect(probe.date("Jets pounded the port from Monday to Thursday.") == "2024-11-25/week")
    }

    @Test func partsOfTheDayKeepTheDay() {
        #expect(probe.date("Police fired tear gas on Tuesday evening.") == "2024-11-26/day")
        #expect(probe.date("Tuesday night's raid left two dead.") == "2024-11-26/day")
        #expect(probe.date("The raid began at 6:45 a.m. on Thursday.") == "2024-11-28/day")
        #expect(probe.date("Shells fell in the early hours of Sunday.") == "2024-11-24/day")
        #expect(probe.covered("Shells fell in the early hours of Sunday.") == "in the early hours of Sunday")
    }

    @Test func overnightIsTheNightBeforePublicationUnlessTheSentenceSaysOtherwise() {
        #expect(probe.date("Drones struck a fuel depot overnight.") == "2024-11-29/day")
        #expect(probe.resolve("Drones struck a fuel depot overnight.").first?.date.latest == CalendarDate(iso: "2024-11-30"))
        #expect(probe.date("Drones struck a fuel depot overnight on Wednesday.") == "2024-11-27/day")
        #expect(probe.date("Drones struck a fuel depot overnight Wednesday.") == "2024-11-27/day")
        #expect(probe.date("Drones struck a fuel depot overnight into Thursday.") == "2024-11-27/day")
        #expect(probe.date("Drones struck a fuel depot overnight.", published: nil) == "?/unknown")
        let both = probe.resolve("Twenty were freed overnight and thirty the next day.")
        #expect(both.map(\.kind) == [.absolute, .anaphoric(offset: 1)])
    }
}

/// Parts of weeks, months and years.
@Suite("Temporal periods")
struct TemporalPeriodTests {
    let probe = DateProbe()

    func interval(_ s: String, published: String? = "2024-11-30") -> String? {
        guard let d = probe.resolve(s, published: published).first?.date else { return nil }
        return "\(d.earliest?.iso ?? "?")..\(d.latest?.iso ?? "?")/\(d.precision)"
    }

    // Published Saturday 30 November 2024: this week runs from Monday the 25th.
    @Test func partsOfWeeks() {
        #expect(interval("Protests flared early this week.") == "2024-11-25..2024-11-26/week")
        #expect(interval("Protests flared at the end of last week.") == "2024-11-22..2024-11-24/week")
        #expect(interval("Protests flared in the middle of last week.") == "2024-11-20..2024-11-21/week")
        #expect(interval("Protests flared earlier in the week.") == "2024-11-25..2024-11-29/week")
        #expect(interval("Protests had flared earlier in 2023.") == "2023-01-01..2023-12-31/year")
    }

    @Test func partsOfMonths() {
        #expect(interval("The ceasefire collapsed late last month.") == "2024-10-21..2024-10-31/week")
        #expect(interval("The ceasefire collapsed earlier this month.") == "2024-11-01..2024-11-29/month")
        #expect(interval("The ceasefire collapsed at the beginning of the month.") == "2024-11-01..2024-11-10/week")
        #expect(interval("The ceasefire collapsed in mid-October.") == "2024-10-11..2024-10-20/week")
        #expect(probe.date("The ceasefire collapsed in mid-October.") == "2024-10-15/week")
        #expect(interval("The ceasefire collapsed in early March 2023.") == "2023-03-01..2023-03-10/week")
        #expect(interval("The ceasefire collapsed in early March 2023.", published: nil) == "2023-03-01..2023-03-10/week")
        #expect(interval("The ceasefire collapsed in late March.", published: nil) == "?..?/unknown")
    }

    @Test func partsOfYears() {
        #expect(interval("The siege began late last year.") == "2023-09-01..2023-12-31/month")
        #expect(interval("The siege began in mid-2021.") == "2021-05-01..2021-08-31/month")
    }

    @Test func wordsThatStartNoPeriodAreLeftAlone() {
        #expect(probe.resolve("The end of the war seemed near.").isEmpty)
        #expect(probe.resolve("An early warning was issued.").isEmpty)
        #expect(probe.date("Raiders struck late Tuesday.") == "2024-11-26/day")
    }
}

/// Inexact spans back in time and dates written in figures.
@Suite("Inexact ago and numeric dates")
struct InexactAgoTests {
    let probe = DateProbe()

    @Test func christmasEveAndDayAreDays() {
        #expect(probe.date("Gunmen attacked the hospital on Christmas Eve.", published: "2024-12-26") == "2024-12-24/day")
        #expect(probe.date("The blast on Christmas Day killed four.", published: "2025-01-03") == "2024-12-25/day")
        #expect(probe.date("Two were shot dead on Christmas.", published: "2024-12-27") == "2024-12-25/day")
        // The season is no day.
        #expect(probe.resolve("Prices rose ahead of the Christmas holidays.", published: "2024-12-10").isEmpty)
    }

    @Test func aSpanEarlierOrPriorCountsBackAsAgoDoes() {
        #expect(probe.date("A similar massacre took place two weeks earlier.") == "2024-11-16/week")
        #expect(probe.date("Another raid killed nine a month prior, residents said.") == "2024-10-01/month")
        #expect(probe.date("Gunmen had struck the same village three days before.") == "2024-11-27/day")
        // Anchored to something else: no date of its own.
        #expect(probe.resolve("Troops arrived two weeks prior to the vote.").isEmpty)
        #expect(probe.resolve("The raid came two days before the election.").isEmpty)
        #expect(probe.resolve("The toll came out two weeks earlier than expected.").isEmpty)
    }

    @Test func overASpanAgoLiesHalfAUnitFurtherBack() {
        // Published Friday 8 March 2024.
        #expect(probe.date("He was killed a month ago.", published: "2024-03-08") == "2024-02-01/month")
        #expect(probe.date("He was killed over a month ago.", published: "2024-03-08") == "2024-01-01/month")
        #expect(probe.date("He was killed more than a month ago.", published: "2024-03-24") == "2024-02-01/month")
        #expect(probe.date("He was killed nearly a month ago.", published: "2024-03-20") == "2024-03-01/month")
        #expect(probe.date("He was killed more than two years ago.", published: "2024-03-08") == "2021-01-01/year")
        #expect(probe.date("He was killed over two weeks ago.", published: "2024-03-08") == "2024-02-20/week")
    }

    @Test func numericDatesTakeTheOrderTheirFiguresAllow() {
        #expect(probe.date("The raid was logged on 25/06/2024.") == "2024-06-25/day")
        #expect(probe.date("The raid was logged on 6/25/2024.") == "2024-06-25/day")
        #expect(probe.date("The raid was logged under No. 46/25/06/2024.") == "2024-06-25/day")
        #expect(probe.date("The raid was logged on 05/06/2024.") == "0 dates")
    }
}
