import Testing
@testable import SitrepCore

/// A war's running totals are no event's toll; large and vague figures read at their size (invented sentences).
@Suite("Campaign tallies and large figures")
struct CampaignTallyTests {
    let parser = FatalityParser(cues: Fixtures.cues)

    func counts(_ s: String) -> [FatalityCount] {
        let toks = Fixtures.tokens(s)
        return parser.findings(in: 0..<toks.count, tokens: toks).map(\.count)
    }

    @Test func aFigureWithDecimalsKeepsThemTimesItsScale() {
        #expect(counts("Shelling on Monday killed 2.5 thousand people.").map(\.count) == [2500])
        #expect(counts("Floods and fighting killed 1.25 million people.").map(\.count) == [1_250_000])
    }

    @Test func tensOfThousandsIsTensOfThousands() {
        #expect(counts("The bombardment killed tens of thousands of people.").map(\.count) == [10_000])
    }

    @Test func aDeathWordAfterWithAndAnotherCountIsThatCounts() {
        // The displaced are not the dead.
        #expect(counts("The raid left 300 displaced, with 12 killed.").map(\.count) == [12])
    }

    @Test func theYearAComparisonCountsFromDatesNothing() {
        // "since 2019" opens its own date expression: it starts a period, it is no day of the act.
        let ms = Fixtures.mentions("Militants killed 14 police officers in Tessalit on Monday, the worst attack since 2017, officials said.")
        #expect(ms.count == 1, "\(ms.map(\.date))")
        #expect(ms.first?.date.date == CalendarDate(year: 2024, month: 11, day: 25) && ms.first?.fatalities?.count == 14)
    }

    @Test func whatHappenedInTheYearComparedWithIsNoEvent() {
        // "since 2016, when …" tells what happened then: that clause is the older event's, not one of now.
        let ms = Fixtures.mentions("Shelling hit Tarvel on Monday. The flare-up is the worst since 2016, when the two armies agreed a ceasefire.")
        #expect(!ms.contains { $0.eventType == .strategicDevelopments }, "\(ms.map(\.subEventType))")
    }

    @Test func aYearBeforeACommaCountsNoPeople() {
        // "since 2017, officials said": the year and the speakers after its comma are no count of people, so the noun
        // "attack" is no stronger than the verb that tells the act, and the verb keeps its victims.
        let ms = Fixtures.mentions("Militants killed 14 police officers in Tessalit on Monday, the worst attack since 2017, officials said.")
        #expect(ms.first?.actors.contains { $0.role == .actor2 } == true, "\(ms.map(\.actors))")
    }

    @Test func thePerfectWithSinceAYearTellsAPeriod() {
        // "since 2021" opens its date expression: the perfect with it tells a running total, not an act.
        #expect(Fixtures.mentions("Bandits have killed 60 farmers in Dogondaji since 2021.", published: "2021-11-30").isEmpty)
    }

    @Test func aWarsTotalInThePerfectIsCumulativeFurtherBack() {
        #expect(counts("The war has resulted in about two million displaced people, with tens of thousands killed.").isEmpty)
    }

    @Test func aSentenceTellingAWarsTallyTellsNoEvent() {
        let ms = Fixtures.mentions("Soldiers shelled Sagaing on Monday. The war has left thousands dead and hundreds arrested across the region.")
        #expect(ms.count == 1 && ms[0].subEventType == "Shelling/artillery/missile attack", "\(ms.map(\.subEventType))")
    }

    @Test func aCampaignsResultWithAnArticleIsNoCount() {
        // "a" starts vague counts ("a dozen") but counts nothing alone.
        let ms = Fixtures.mentions("The offensive has led to the capture of a military base west of Hama.")
        #expect(!ms.isEmpty)
    }

    @Test func aCampaignsResultThatIsAnEventStaysOne() {
        let ms = Fixtures.mentions("The offensive has since spread to Hama, where insurgents stormed an army base on Monday.")
        #expect(!ms.isEmpty)
    }
}
