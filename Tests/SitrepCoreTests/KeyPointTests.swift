import Testing
@testable import SitrepCore

/// Key points: a summary line set as a bullet under the headline, written as a sentence without its full stop, is
/// prose the story tells; a bullet list of headlines is not (`BoilerplateDetector.isKeyPoint`).
extension WebBoilerplateTests {
    @Test func aSentenceSetAsABulletIsProse() {
        let body = """
        Curfew declared after night of clashes
        - Nine people were killed on Monday and dozens wounded in clashes between herders and farmers in two villages
        • Police said on Tuesday that the army had been sent to the area and that a curfew would hold until further notice
        """
        #expect(roles(body) == [.heading, .prose, .prose])
        let events = Pipeline(lexicon: Fixtures.lexicon).analyse(documents: [Fixtures.document(body, published: "2024-05-14")]).events
        #expect(events.contains { $0.fatalities?.count == 9 && $0.date.date?.iso == "2024-05-13" }, "\(events.map(\.summary))")
    }

    @Test func headlinesSetAsBulletsStayHeadings() {
        let body = """
        Rebels shelled the market in the north of the country on Friday, killing three traders, residents said.
        - Army Says Rebels Lost Ground In Heavy Fighting Near The Northern Border Town Last Week
        - Ceasefire talks stall
        - What we know about the fighting in the north
        """
        #expect(roles(body) == [.prose, .heading, .heading, .heading])
    }
}
