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
