import Testing
@testable import SitrepCore

/// A capital standing for its state, a metropolis whose name is also a word, tolls with an aside between dashes, and
/// short lines of prose.
@Suite("Capitals, asides and short lines")
struct CapitalsAndShortLinesTests {
    func mentions(_ body: String) -> [Mention] { Fixtures.mentions(body, published: "2024-05-20") }
    func actor1(_ m: Mention?) -> [String] { m?.actors.filter { $0.role == .actor1 }.map(\.name) ?? [] }

    @Test func aCapitalAsTheSubjectOfAStrikeIsItsStatesForces() {
        let ms = mentions("Moscow launched missile strikes on Zaporizhzhia on Friday, killing five people.")
        #expect(actor1(ms.first) == ["Military Forces of Russia"], "\(ms.map(\.actors))")
        // A capital where something happens is only a place.
        let there = mentions("Gunmen attacked a bus station in Nairobi on Friday.")
        #expect(!actor1(there.first).contains("Military Forces of Kenya"), "\(there.map(\.actors))")
    }

    @Test func aMetropolisWhoseNameIsAlsoAWordIsAPlace() {
        // "manila" (paper) and "warsaw" are words of the dictionary, but the cities are what the names mean.
        let manila = mentions("A bomb exploded at a market in Manila on Saturday, killing three people.")
        #expect(manila.first?.location?.place.countryCode == "PH", "\(manila.map { $0.location?.place.name ?? "-" })")
        let ms = mentions("Manila launched airstrikes on rebel camps in Sulu on Sunday.")
        #expect(actor1(ms.first) == ["Military Forces of Philippines"], "\(ms.map(\.actors))")
    }

    @Test func anAsideBetweenDashesKeepsTheToll() {
        let ms = mentions("At least 14 people – including two police officers – were killed in Kaduna on Tuesday.")
        #expect(ms.first?.fatalities?.count == 14, "\(ms.map { $0.fatalities?.count ?? -1 })")
        // An open dash that never closes ends the count's phrase as before.
        let open = mentions("At least 14 people – the police said were killed in Kaduna on Tuesday.")
        #expect(open.allSatisfy { $0.fatalities?.count != 14 }, "\(open.map { $0.fatalities?.count ?? -1 })")
    }

    @Test func aShortLineOfProseIsRead() {
        let ms = mentions("""
            Rebels shelled Kindu on Tuesday.

            Residents fled the town on Wednesday, aid workers said.
            """)
        #expect(ms.contains { $0.eventType == .explosions }, "\(ms.map(\.eventType))")
        // A headline in title case, or a short label, is still no prose.
        let heading = mentions("""
            Rebels Shell Kindu Again.

            Residents fled the town on Wednesday, aid workers said.
            """)
        #expect(!heading.contains { $0.eventType == .explosions }, "\(heading.map(\.eventType))")
    }

    @Test func aCapitalActingIsNoPlaceButOneSufferingOrFallingIs() {
        // "where Paris has imposed …": the government acts; the riots are in the territory.
        let ms = mentions("Riots shook the island of Mayotte on Tuesday, and Paris has imposed a curfew there.")
        #expect(!ms.contains { $0.location?.place.name == "Paris" }, "\(ms.map { $0.location?.place.name ?? "-" })")
        // In a phrase, the capital is where it happened.
        let bombing = mentions("A bombing in the Kenyan capital has killed three people, officials said.")
        #expect(bombing.first?.location?.place.name == "Nairobi", "\(bombing.map { $0.location?.place.name ?? "-" })")
        // A capital that comes under fire is the place hit, and its state is not the attacker.
        let hit = mentions("Khartoum came under heavy shelling on Monday.")
        #expect(hit.first?.location?.place.name == "Khartoum", "\(hit.map { $0.location?.place.name ?? "-" })")
        #expect(actor1(hit.first).isEmpty, "\(hit.map(\.actors))")
        // A country that comes under fire is no attacker either.
        #expect(actor1(mentions("Somalia came under heavy shelling on Monday.").first).isEmpty)
    }

    @Test func aTownThatFellIsWhereItWasTaken() {
        let ms = mentions("""
            Fighting raged around Baidoa on Saturday, residents said.

            Kismayo fell to the insurgents on Sunday.
            """)
        #expect(ms.contains { $0.eventType == .battles && $0.location?.place.name == "Kismayo" }, "\(ms.map { "\($0.subEventType) \($0.location?.place.name ?? "-")" })")
    }

    @Test func anEventNounCarriedOutIsAnActWithoutItsOwnDayOrPlace() {
        let ms = mentions("""
            Troops and rebels fought near Kindu on Sunday, residents said.

            The two sides fired rifles and mortars, and the army also called in airstrikes.
            """)
        #expect(ms.contains { $0.subEventType == "Air/drone strike" }, "\(ms.map(\.subEventType))")
        // Condemning or discussing strikes tells none.
        let condemned = mentions("""
            Troops and rebels fought near Kindu on Sunday, residents said.

            The regional bloc condemned airstrikes and called for talks.
            """)
        #expect(!condemned.contains { $0.subEventType == "Air/drone strike" }, "\(condemned.map(\.subEventType))")
    }

    @Test func aMeansOfForceUsedIsAnActWithoutItsOwnDayOrPlace() {
        let lead = "Thousands marched on the parliament in Kindu on Sunday, residents said.\n\n"
        // Weaker words than a strike ("tear gas", "grenades") used or launched are acts told too.
        let gas = mentions(lead + "Police used tear gas to push the crowd back from the gates.")
        #expect(gas.contains { $0.subEventType == "Protest with intervention" }, "\(gas.map(\.subEventType))")
        let grenades = mentions(lead + "Militants launched hand grenades at the soldiers guarding the bridge.")
        #expect(grenades.contains { $0.subEventType == "Grenade" }, "\(grenades.map(\.subEventType))")
        // Holding or condemning them tells none.
        for quiet in ["Police carry tear gas on such days.", "The opposition condemned the tear gas and the grenades."] {
            let ms = mentions(lead + quiet)
            #expect(ms.map(\.subEventType) == ["Peaceful protest"], "\(quiet): \(ms.map(\.subEventType))")
        }
    }
}
