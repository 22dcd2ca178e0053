import Foundation
import Testing
@testable import SitrepCore

/// One happening told as two kinds of event by two outlets: the two events stay apart, and the disagreement between
/// the tellings is found (invented articles; no devset text).
@Suite("One happening told two ways")
struct TellingsTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)

    func analyse(_ docs: [(id: String, published: String, body: String)]) -> Analysis {
        pipeline.analyse(documents: docs.map { Fixtures.document($0.body, id: $0.id, published: $0.published, outlet: $0.id.uppercased()) })
    }

    func tellings(_ a: Analysis, _ field: DisagreementField) -> [Disagreement] {
        a.disagreements.filter { $0.field == field && $0.relatedEvent != nil }
    }

    @Test func anAttackOnCiviliansOneOutletTellsAsAClashIsATypeAndTollDisagreement() {
        let a = analyse([
            ("a", "2025-03-08", "At least 25 people were killed in Rutshuru on Friday when M23 rebels attacked villagers in their homes."),
            ("b", "2025-03-08", "More than 60 people have been killed in Rutshuru since Friday in heavy clashes between M23 rebels and local militias."),
        ])
        let types = tellings(a, .type)
        #expect(types.count == 1, "\(a.disagreements.map(\.summary))")
        #expect(Set(types.first?.claims.map(\.doc) ?? []) == ["a", "b"])
        #expect(Set(types.first?.claims.map(\.value) ?? []) == ["an attack on civilians", "an armed clash"])
        let tolls = tellings(a, .fatalities)
        #expect(tolls.first?.claims.map(\.value).sorted() == ["at least 25 killed", "more than 60 killed"], "\(a.disagreements.map(\.summary))")
        // Both events stay, each marked as disputed, and either one lists the disagreement.
        #expect(a.events.filter { $0.disputedFields.contains("type") }.count == 2)
        for e in a.events where e.disputedFields.contains("type") { #expect(!a.disagreements(of: e.id).isEmpty) }
    }

    @Test func anArmyClashAndAnAttackByUnnamedGunmenAreNotOneHappening() {
        let a = analyse([
            ("a", "2025-03-08", "Gunmen killed 12 villagers in Rutshuru on Friday."),
            ("b", "2025-03-08", "Soldiers clashed with gunmen in Rutshuru on Friday, killing five of them."),
        ])
        #expect(tellings(a, .type).isEmpty, "\(a.disagreements.map(\.summary))")
    }

    @Test func aRiotOneSideTellsAsForceOnProtestersIsATypeDisagreement() {
        let a = analyse([
            ("a", "2024-05-15", "Police said protesters in Kisumu turned violent on Tuesday and pelted officers with stones."),
            ("b", "2024-05-15", "Residents of Kisumu said police fired live bullets at peaceful protesters on Tuesday, killing two."),
        ])
        let found = tellings(a, .type)
        #expect(found.count == 1, "\(a.events.map(\.summary)) \(a.disagreements.map(\.summary))")
        #expect(Set(found.first?.claims.map(\.doc) ?? []) == ["a", "b"])
    }

    @Test func fightingThatBrokeOutOnDifferentDaysByTwoOutletsIsADateDisagreement() {
        let a = analyse([
            ("a", "2025-06-12", "Fighting broke out between rival militias in Misrata on the evening of June 9."),
            ("b", "2025-06-12", "Heavy clashes erupted in Misrata on June 10 between rival armed groups."),
        ])
        let found = tellings(a, .date)
        #expect(found.count == 1, "\(a.events.map(\.summary)) \(a.disagreements.map(\.summary))")
        #expect(found.first?.claims.map(\.value).sorted() == ["Mon 9 Jun 2025", "Tue 10 Jun 2025"].sorted())
    }

    @Test func fightingThatBrokeOutAgainTheNextDayIsNoDateDisagreement() {
        let a = analyse([
            ("a", "2025-06-12", "Fighting broke out between rival militias in Misrata on the evening of June 9."),
            ("b", "2025-06-12", "Clashes erupted again in Misrata on June 10 between rival armed groups."),
            ("c", "2025-06-12", "The situation further deteriorated in Misrata on June 10, when fighting broke out near the port."),
        ])
        #expect(tellings(a, .date).isEmpty, "\(a.disagreements.map(\.summary))")
    }

    @Test func anOnsetIsOnlyAnOutletsFirstDayOfFighting() {
        // Outlet b tells fighting on the 9th, then an outbreak on the 10th: that is its second day, not its start.
        let a = analyse([
            ("a", "2025-06-12", "Fighting broke out between rival militias in Misrata on the evening of June 9."),
            ("b", "2025-06-12", "Rival militias fought in Misrata on June 9. Clashes erupted near the port on June 10."),
        ])
        #expect(tellings(a, .date).isEmpty, "\(a.disagreements.map(\.summary))")
    }
}

/// Extraction rules the tellings rely on.
@Suite("Onsets, riot damage and injuries")
struct TellingExtractionTests {
    @Test func anOutbreakVerbMarksTheOnsetAndARenewalWordDoesNot() {
        #expect(Fixtures.mentions("Fighting broke out in Misrata on Monday.").first?.tellsOnset == true)
        #expect(Fixtures.mentions("Clashes erupted in Misrata on Monday.").first?.tellsOnset == true)
        #expect(Fixtures.mentions("Clashes erupted again in Misrata on Monday.").first?.tellsOnset == false)
        #expect(Fixtures.mentions("Renewed fighting broke out in Misrata on Monday.").first?.tellsOnset == false)
        #expect(Fixtures.mentions("Militias fought in Misrata on Monday.").first?.tellsOnset == false)
    }

    @Test func propertyBurntDuringARiotIsTheRiot() {
        let ms = Fixtures.mentions("Rioting erupted on Monday night outside the town hall in Exeter. Later, a police car was set on fire.")
        #expect(ms.count >= 1)
        #expect(ms.allSatisfy { $0.eventType == .riots }, "\(ms.map { "\($0.eventType) \($0.subEventType)" })")
    }

    @Test func propertyBurntWithoutARiotStaysPropertyDestruction() {
        let ms = Fixtures.mentions("A police car was set on fire in Exeter on Monday night.")
        #expect(ms.first?.subEventType == "Looting/property destruction")
    }

    @Test func anInjuryNamedByItsKindIsAWound() {
        let ms = Fixtures.mentions("Rioters clashed with police in Exeter on Monday. A police officer suffered a fractured jaw.")
        #expect(ms.first?.counts.first?.kind == .wounded)
        #expect(ms.first?.counts.first?.count.count == 1)
        let two = Fixtures.mentions("Rioters clashed with police in Exeter on Monday. Two officers suffered broken bones.")
        #expect(two.first?.counts.first?.count.count == 2)
    }

    @Test func aPhrasalVerbIsNoInjury() {
        let ms = Fixtures.mentions("Rioters clashed with police in Exeter on Monday, and two shops were broken into.")
        #expect(ms.allSatisfy { $0.counts.isEmpty }, "\(ms.map(\.counts))")
    }

    @Test func anActOneWasForcedToDoWasDone() {
        let ms = Fixtures.mentions("Protesters marched in Nakuru on Monday. Police were forced to open fire after they blocked the highway.")
        // Firing at a crowd, with no armed foe, where a protest is told: excessive force against it.
        #expect(ms.contains { $0.subEventType == "Excessive force against protesters" }, "\(ms.map(\.subEventType))")
        #expect(Fixtures.mentions("Police planned to open fire in Nakuru on Monday.").isEmpty)
    }

    @Test func firingWithNoProtestToldStaysAClash() {
        let ms = Fixtures.mentions("Soldiers opened fire in Nakuru on Monday.")
        #expect(ms.first?.subEventType == "Armed clash")
    }

    @Test func aVagueCountReadsAsItsWord() {
        #expect(FatalityCount(count: 12, qualifier: "dozens").figure == "dozens")
        #expect(FatalityCount(count: 12, qualifier: "at least").figure == "at least 12")
        #expect(FatalityCount(count: 12).figure == "12")
    }
}

/// A date the source did not say is not exported as the passage's own (invented sentences).
@Suite("Dates the source said")
struct DatesTheSourceSaidTests {
    @Test func thePublicationWeekIsNoDateTheSourceSaid() throws {
        let undated = Fixtures.mentions("Gunmen killed four farmers near Misrata, officials said.", published: "2024-05-20")
        #expect(undated.map(\.dateStated) == [false], "\(undated.map(\.date))")
        let dated = Fixtures.mentions("Gunmen killed four farmers near Misrata on Monday, officials said.", published: "2024-05-20")
        #expect(dated.map(\.dateStated) == [true], "\(dated.map(\.date))")
        // The export leaves the mention's own date out; the event's date stands.
        let docs = [Fixtures.document("Gunmen killed four farmers near Misrata, officials said.", published: "2024-05-20")]
        let data = try JSONExport.data(Pipeline(lexicon: Fixtures.lexicon).analyse(documents: docs), generator: "t")
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let event = try #require((json?["events"] as? [[String: Any]])?.first)
        let mention = try #require((event["mentions"] as? [[String: Any]])?.first)
        #expect(mention["date"] == nil && mention["date_precision"] == nil && event["date"] as? String != nil, "\(mention)")
    }
}
