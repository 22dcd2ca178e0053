import Testing
@testable import SitrepCore

/// Strikes told of states: a country acting or owning the act, the weapon that decides the kind of strike, the frame
/// of a comparison, a demonym that qualifies a noun (invented sentences).
@Suite("Strikes between states")
struct StrikesBetweenStatesTests {
    func one(_ s: String) -> Mention? {
        let ms = Fixtures.mentions(s, published: "2025-04-14")
        return ms.count == 1 ? ms[0] : nil
    }
    func actor1(_ m: Mention?) -> [String] { m?.actors.filter { $0.role == .actor1 }.map(\.name) ?? [] }

    @Test func aCountryStrikingWithAWeaponActsThroughItsForces() {
        // The event word is the weapon ("ballistic missiles"); the country is the subject of the verb before it.
        let m = one("Russia struck the centre of Odesa with two ballistic missiles on Sunday.")
        #expect(actor1(m) == ["Military Forces of Russia"], "\(m?.actors ?? [])")
    }

    @Test func aCountryOwningTheAttackIsWhoActedNotWhere() {
        let m = one("Officials said at least 34 people were killed in Odesa on Sunday in Russia's deadliest attack on civilians this year.")
        #expect(m?.location?.place.countryCode == "UA", "\(String(describing: m?.location))")
        #expect(actor1(m) == ["Military Forces of Russia"], "\(m?.actors ?? [])")
        // "this year" frames the comparison: the killing is Sunday's.
        #expect(m?.date.date == CalendarDate(iso: "2025-04-13") && m?.date.precision == .day, "\(String(describing: m?.date))")
    }

    @Test func aDemonymBeforeANounIsNoOnePersonKilled() {
        // "A Russian missile strike killed over 31 people": "A Russian" is no one; the toll is 31.
        #expect(one("A Russian missile strike killed over 31 people in Odesa on Sunday.")?.fatalities?.count == 31)
        #expect(one("A Ukrainian was killed in Odesa on Sunday.")?.fatalities?.count == 1)
    }

    @Test func aBareAttackInAPhraseAfterTheStrikeIsTheStrike() {
        let ms = Fixtures.mentions("Russian missiles struck Odesa on Sunday, killing 34 people, in the second large-scale attack in a week.",
                                   published: "2025-04-14")
        #expect(ms.count == 1 && ms.first?.eventType == .explosions, "\(ms.map(\.subEventType))")
    }

    @Test func theWeaponDecidesTheKindOfStrikeUnlessAircraftAreNamed() {
        #expect(one("Russian missiles struck Odesa on Sunday, killing 34 people.")?.subEventType == "Shelling/artillery/missile attack")
        #expect(one("Russian warplanes struck Odesa with missiles on Sunday, killing 34 people.")?.subEventType == "Air/drone strike")
    }

    @Test func anAttackTheStrikeAvengesIsAnotherEvent() {
        // "after blaming the group for an attack near Ankara": a conjunction and an indefinite article tell another act.
        let ms = Fixtures.mentions("The government said its army struck sites in Iraq on Wednesday evening, after blaming the group for an "
                                   + "attack near Ankara that killed at least five people.", published: "2024-10-24")
        #expect(ms.contains { $0.location?.place.name == "Ankara" && $0.fatalities?.count == 5 }, "\(ms.map { $0.location?.place.name ?? "-" })")
    }

    @Test func unrestIsNoSuperlative() {
        // "the unrest" ends in "-est" but compares nothing: a date after it is no comparison's frame.
        let toks = Fixtures.tokens("In response to the unrest, the Parliament on Friday raised its security level.")
        let on = toks.firstIndex { $0.word == "on" }!
        #expect(!DocumentExtractor.followsSuperlative(on, 0..<toks.count, toks))
        let worst = Fixtures.tokens("It was the worst attack this year.")
        #expect(DocumentExtractor.followsSuperlative(worst.firstIndex { $0.word == "this" }!, 0..<worst.count, worst))
    }
}
