import Testing
@testable import SitrepCore

/// What the clauses around an act say of it: a modal that does not reach the act, who says who did it, what a
/// relative clause says of the perpetrator, a town qualified by its region (invented sentences).
@Suite("Clauses around the act")
struct ClausesAroundTheActTests {
    func actors(_ m: Mention?, _ role: ActorRole) -> [String] { m?.actors.filter { $0.role == role }.map(\.name) ?? [] }

    @Test func aFearNeverReachesTheActAConjunctionOpens() {
        // "are feared dead" doubts the deaths, not the raid told after "after".
        let ms = Fixtures.mentions("Several people are feared dead after gunmen raided a village near Gao on Monday.")
        #expect(ms.count == 1 && ms.first?.eventType == .violenceAgainstCivilians, "\(ms.map(\.subEventType))")
    }

    @Test func whoTheAttackIsAttributedToDidItNotWhoAttributesIt() {
        let m = Fixtures.mentions("At least nine villagers were killed near Gao on Tuesday in a new attack attributed by the "
                                  + "authorities to separatist rebels.").first
        #expect(actors(m, .actor1).first?.hasPrefix("Rebels") == true, "\(m?.actors ?? [])")
        #expect(!actors(m, .actor2).contains { $0.hasPrefix("Military") || $0.hasPrefix("Government") }, "\(m?.actors ?? [])")
        #expect(m?.eventType == .violenceAgainstCivilians)
    }

    @Test func theGroupBlamedIsNoTargetToo() {
        let m = Fixtures.mentions("At least nine villagers were killed near Gao on Tuesday in an attack blamed on jihadists.").first
        #expect(actors(m, .actor1) == ["Jihadists"] && !actors(m, .actor2).contains { $0.hasPrefix("Jihadists") }, "\(m?.actors ?? [])")
        #expect(m?.eventType == .violenceAgainstCivilians)
    }

    @Test func whomThePerpetratorFightsInARelativeClauseIsNoTarget() {
        let m = Fixtures.mentions("At least nine villagers were killed near Gao on Tuesday in a new attack attributed by the "
                                  + "authorities to separatist rebels, who have fought the army for years.").first
        #expect(!actors(m, .actor2).contains { $0.hasPrefix("Military") }, "\(m?.actors ?? [])")
    }

    @Test func aTownTheTextQualifiesWithItsRegionAfterACommaIsThatTown() {
        let a = Fixtures.mentions("Separatists are blamed for a string of attacks in Cameroon.\n\n"
                                  + "On Monday, 25 civilians were killed in Tumbokaw, in the North-West, in an assault by separatists.")
        #expect(a.first?.location?.place.name == "Tumbokaw", "\(a.map { $0.location?.place.name ?? "-" })")
    }

    @Test func whoConfirmsTheActIsNoPartyToIt() {
        // "as confirmed by officials": the officials say it happened; they are neither side of it.
        let m = Fixtures.mentions("Rebels struck a village in Cameroon's turbulent west, killing 20 people, as confirmed by officials "
                                  + "on Monday.\n\nThe assault took place in Tumbokaw village.").first
        #expect(!actors(m, .actor2).contains { $0.hasPrefix("Military") || $0.hasPrefix("Government") }, "\(m?.actors ?? [])")
        #expect(m?.eventType == .violenceAgainstCivilians)
    }
}
