import Testing
@testable import SitrepCore

/// "the latest unrest" naming the act just told; number words and continents that are no place names.
@Suite("The latest act and number words")
struct AnaphoraAndNumberWordsTests {
    func mentions(_ body: String) -> [Mention] { Fixtures.mentions(body, published: "2024-05-20") }

    @Test func theLatestUnrestNamesTheActBefore() {
        let ms = mentions("Three people were killed in a bomb blast in Narathiwat on Sunday, police said, the latest unrest in a region torn by an insurgency.")
        #expect(ms.map(\.eventType) == [.explosions], "\(ms.map(\.eventType))")
        // Without an act before it, "the latest unrest" is told as it is.
        let alone = mentions("The latest unrest in Narathiwat left three people dead on Sunday.")
        #expect(alone.contains { $0.eventType == .riots }, "\(alone.map(\.eventType))")
    }

    @Test func aNumberWordIsNoPlaceName() {
        let ms = mentions("""
            Five people were killed in a bomb blast in Thailand's restive south on Sunday, police said.

            "Five village guards were killed and two wounded," a police colonel told reporters.
            """)
        #expect(!ms.contains { $0.location?.place.name == "Five" }, "\(ms.map { $0.location?.place.name ?? "-" })")
    }

    @Test func latinAmericaIsNoCountry() {
        let ms = mentions("Crowds banging pots in the Latin American way, as across Latin America, marched in Valparaíso on Monday.")
        #expect(!ms.contains { $0.location?.place.countryCode == "US" }, "\(ms.map { $0.location?.place.name ?? "-" })")
        // America alone is still the United States.
        let us = mentions("Protesters marched in America on Monday.")
        #expect(us.first?.location?.place.countryCode == "US", "\(us.map { $0.location?.place.name ?? "-" })")
    }
}
