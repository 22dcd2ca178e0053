import Testing
@testable import SitrepCore

@Suite("Temporal resolver")
struct TemporalResolverTests {
    let resolver = TemporalResolver(cues: Fixtures.cues)
    let saturday = CalendarDate(iso: "2024-11-30")!   // a Saturday

    func resolve(_ s: String, published: CalendarDate? = CalendarDate(iso: "2024-11-30")) -> [DateExpression] {
        let toks = Fixtures.tokens(s)
        return resolver.expressions(in: 0..<toks.count, tokens: toks, published: published)
    }

    func span(_ s: String) -> ByteSpan? {
        let (text, _) = Fixtures.marked(s)
        let toks = Fixtures.tokens(text)
        guard let e = resolver.expressions(in: 0..<toks.count, tokens: toks, published: saturday).first else { return nil }
        return ByteSpan(toks[e.tokens.lowerBound].start, toks[e.tokens.upperBound - 1].end)
    }

    @Test func weekdayOnPublicationDayIsThatDay() {
        #expect(saturday.weekday == 6)
        #expect(resolve("Rebels stormed Aleppo on Saturday.").first?.date == .day(saturday))
    }

    @Test func pastWeekdaysResolveToMostRecent() {
        #expect(resolve("The offensive began on Wednesday.").first?.date.date == CalendarDate(iso: "2024-11-27"))
        #expect(resolve("This Sunday, jets struck.", published: CalendarDate(iso: "2024-12-01")).first?.date.date == CalendarDate(iso: "2024-12-01"))
        #expect(resolve("By Friday, they had captured 50 towns.").first?.date.date == CalendarDate(iso: "2024-11-29"))
        #expect(resolve("Talks were held last Saturday.").first?.date.date == CalendarDate(iso: "2024-11-23"))
    }

    @Test func futureWeekdaysResolveToNext() {
        #expect(resolve("Ministers will meet on Monday.").first?.date.date == CalendarDate(iso: "2024-12-02"))
        #expect(resolve("Talks are expected on Saturday.").first?.date.date == CalendarDate(iso: "2024-12-07"))
    }

    @Test func relativeWords() {
        #expect(resolve("Shelling killed two yesterday.").first?.date.date == CalendarDate(iso: "2024-11-29"))
        let lastWeek = resolve("Clashes erupted last week.").first!.date
        #expect(lastWeek.precision == .week)
        #expect(lastWeek.earliest == CalendarDate(iso: "2024-11-18") && lastWeek.latest == CalendarDate(iso: "2024-11-24"))
        let earlier = resolve("The group attacked earlier this week.").first!.date
        #expect(earlier.earliest == CalendarDate(iso: "2024-11-25") && earlier.latest == CalendarDate(iso: "2024-11-29"))
    }

    @Test func recentStretchesAreVagueDates() {
        let weeks = resolve("In recent weeks, troops have pressed their offensive.").first?.date
        #expect(weeks?.precision == .month)
        #expect(weeks?.earliest == CalendarDate(iso: "2024-10-31") && weeks?.latest == saturday)
        let days = resolve("Fighting has intensified in recent days.").first?.date
        #expect(days?.precision == .week && days?.earliest == CalendarDate(iso: "2024-11-23"))
        #expect(resolve("Over the past few weeks, strikes increased.").first?.date.precision == .month)
        #expect(resolve("A recent report said so.").isEmpty)
    }

    @Test func yearsAndAgo() {
        #expect(resolve("In 2016, Assad regained the city.").first?.date.precision == .year)
        #expect(resolve("In 2016, Assad regained the city.").first?.date.date?.year == 2016)
        #expect(resolve("He was displaced eight years ago.").first?.date.date?.year == 2016)
        let month = resolve("Her husband was kidnapped a month ago.").first?.date
        #expect(month?.precision == .month && month?.date?.month == 10)
        #expect(resolve("They left an hour ago.").isEmpty)
        #expect(resolve("The truce has held since 2020.").first?.date.date?.year == 2020)
    }

    @Test func calendarDates() {
        #expect(resolve("On 5 December, troops withdrew.").first?.date.date == CalendarDate(iso: "2024-12-05"))
        #expect(resolve("The attack on Dec. 5, 2024 killed three.").first?.date.date == CalendarDate(iso: "2024-12-05"))
        #expect(resolve("Fighting resumed in November 2023.").first?.date.precision == .month)
        #expect(resolve("Published 2024-11-02 by the ministry.").first?.date.date == CalendarDate(iso: "2024-11-02"))
    }

    @Test func durationsAreNotDates() {
        #expect(resolve("Support will arrive within 72 hours.").isEmpty)
        #expect(resolve("The biggest challenge in eight years.").isEmpty)
        #expect(resolve("Reinforcements expected in the next 72 hours.").isEmpty)
        #expect(resolve("It may be difficult.").isEmpty)
    }

    @Test func noPublicationDateNeverGuesses() {
        let e = resolve("Rebels stormed Aleppo on Saturday.", published: nil).first!
        #expect(e.date.date == nil && e.date.precision == .unknown)
    }

    @Test func spansCoverTheExpression() {
        #expect(span("Rebels stormed Aleppo ⟦on Saturday⟧.") != nil)
        let (text, want) = Fixtures.marked("killed ⟦last week⟧ in Kharkiv")
        let toks = Fixtures.tokens(text)
        let e = resolver.expressions(in: 0..<toks.count, tokens: toks, published: saturday).first!
        #expect(ByteSpan(toks[e.tokens.lowerBound].start, toks[e.tokens.upperBound - 1].end) == want)
    }
}
