import Testing
@testable import SitrepCore

/// Event words that tell a state lasting over a period are no acts, and do not steal the act's type, agent or toll
/// (invented sentences).
@Suite("Periods told beside acts")
struct PeriodTellingTests {
    func kinds(_ s: String) -> [String] { Fixtures.mentions(s).map { "\($0.eventType.rawValue)/\($0.subEventType)" } }

    @Test func thePerfectWithADurationTellsAPeriod() {
        // "who have been battling the army for six years" is the rebels' war, not the day's act.
        let ms = Fixtures.mentions("Rebels, who have been battling the army for six years, killed 12 villagers near Gao on Monday.")
        #expect(ms.count == 1 && ms.first?.eventType == .violenceAgainstCivilians, "\(ms.map(\.subEventType))")
        #expect(Fixtures.mentions("Rebels, who have fought the army for years, killed 12 villagers near Gao on Monday.").count == 1)
    }

    @Test func aRelativeClauseBeforeTheVerbHoldsNoSubjectNorTally() {
        // The army in the aside is not who killed; "years" in it makes the toll no running total.
        let m = Fixtures.mentions("Rebels, who have fought the army for years, killed 12 villagers near Gao on Monday.").first
        #expect(m?.actors.first { $0.role == .actor1 }?.name.hasPrefix("Rebels") == true, "\(m?.actors ?? [])")
        #expect(m?.fatalities?.count == 12)
    }

    @Test func yearsOfClashesAreNoClash() {
        let k = kinds("Gunmen killed four farmers near Gao on Monday, in a district marred by ten years of clashes between militias.")
        #expect(k == ["Violence against civilians/Attack"], "\(k)")
    }

    @Test func aCityUnderSiegeIsNoActButComingUnderAttackIs() {
        #expect(kinds("Aid reached Gao, a town under siege, on Monday.").isEmpty)
        #expect(kinds("An army post in Gao came under attack on Monday.") == ["Battles/Armed clash"])
    }

    @Test func anyDateASinceOpensMayTellThePeriod() {
        // The second "since" goes with the perfect: a siege kept since May is no event of this week.
        #expect(Fixtures.mentions("The militia, at war with the army since April 2021, has kept a siege on Gao since May 2024.",
                                  published: "2025-03-12").isEmpty)
    }

    @Test func aPlaceAfterTheVictimsIsNoOneMoreKilled() {
        // "…, a town under siege by the rebels": an item whose people come after a preposition names no one killed.
        #expect(Fixtures.mentions("Mortar fire killed five people on Monday in Gao, a town under siege by the rebels.").first?.fatalities?.count == 5)
    }
}
