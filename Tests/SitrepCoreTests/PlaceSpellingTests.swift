import Testing
@testable import SitrepCore

/// A place is spelt as the article spells it, in every mention, not only where its name stands in the passage.
@Suite("Place spelling")
struct PlaceSpellingTests {
    func places(_ body: String) -> [String] { Fixtures.mentions(body, published: "2024-05-20").compactMap { $0.location?.place.name } }

    @Test func aPlaceTakenFromTheContextKeepsTheArticlesSpelling() {
        // The second paragraph's act takes its town from the article: the gazetteer spells it "Turin".
        let body = "Gunmen opened fire on a police post in Torino on Monday, killing three officers.\n\n"
            + "On Tuesday, a second attack killed two guards at a prison, officials said."
        let names = places(body)
        #expect(names.count == 2 && names.allSatisfy { $0 == "Torino" }, "\(names)")
    }

    @Test func theArticlesMostFrequentSpellingWins() {
        // Written "Torino" once, first, then "Turin" twice: the article's usual spelling, the gazetteer's, names the act that
        // takes its town from the article.
        let body = "Shops in Torino stayed shut after gunmen opened fire on a police post in Turin on Monday, killing three officers. "
            + "Turin has seen no such attack in decades.\n\nOn Tuesday, a second attack killed two guards at a prison, officials said."
        let names = places(body)
        #expect(names.count == 2 && names.allSatisfy { $0 == "Turin" }, "\(names)")
    }
}
