import Testing
@testable import SitrepCore

/// Counts of people against counts of other things, and what a sentence after an act adds (invented sentences).
@Suite("Counts and sequels")
struct CountsAndSequelsTests {
    func tolls(_ s: String) -> [Int?] { Fixtures.mentions(s, published: "2024-11-01").map { $0.fatalities?.count } }

    @Test func aPairOfPeopleIsCountedWhole() {
        #expect(tolls("A woman and her son were killed near Haifa on Thursday.") == [2])
        #expect(tolls("A nurse and a patient were killed near Haifa on Thursday.") == [2])
        // A demonym before the first person qualifies it.
        #expect(tolls("An Israeli woman and her adult son were killed near Haifa on Thursday.") == [2])
    }

    @Test func aCountOfAttacksIsNoToll() {
        #expect(tolls("Two separate rocket attacks have killed seven people in the north, officials said on Thursday.") == [7])
    }

    @Test func laterOpensAnotherEventNotTheTollOfTheLast() {
        // "Later, …" with people killed and no one said to kill them: another event, not the strike's toll.
        let ms = Fixtures.mentions("Rockets hit a farm near Metula on Thursday, killing five workers. "
                                   + "Later, a woman and her son were killed in an olive grove near Haifa.", published: "2024-11-01")
        #expect(ms.count == 2 && ms.last?.location?.place.name == "Haifa", "\(ms.map { $0.location?.place.name ?? "-" })")
    }

    @Test func peopleRecapturedTakeNoTerritory() {
        let ms = Fixtures.mentions("Gunmen stormed the prison in Tarvel on Monday, freeing dozens of inmates. "
                                   + "At least 13 fugitives were later recaptured.", published: "2024-11-01")
        #expect(!ms.contains { $0.subEventType.contains("territory") }, "\(ms.map(\.subEventType))")
    }

    @Test func aCountRecapturedTakesNoTerritory() {
        let ms = Fixtures.mentions("Gunmen stormed the prison in Gao on Monday. Some prisoners escaped, and 13 have been recaptured so far, "
                                   + "police said.", published: "2024-11-01")
        #expect(!ms.contains { $0.subEventType.contains("territory") }, "\(ms.map(\.subEventType))")
    }
}
