import Testing
@testable import SitrepCore

/// Places the text itself vouches for win over a gazetteer's reading abroad (invented sentences).
@Suite("Places the text vouches for")
struct PlacesTheTextVouchesForTests {
    func places(_ body: String) -> [String] {
        Fixtures.mentions(body, published: "2025-03-12").map { $0.location?.place.name ?? "-" }
    }

    @Test func aPersonsNameAfterTheTownOfIsThatTown() {
        // "Alberto" is a person's name and a place abroad; "the strategic town of Alberto in Upper Nile State" is a town there.
        let ms = Fixtures.mentions("Rebels took control of the strategic town of Alberto in Upper Nile State, South Sudan, on Monday.",
                                   published: "2025-03-12")
        #expect(ms.first?.location?.place.name == "Alberto" && ms.first?.location?.place.countryCode == "SS",
                "\(ms.map { String(describing: $0.location) })")
    }

    @Test func theFirstPartOfAHyphenatedNameIsNoPlace() {
        let p = places("Rebels said they had taken Torit in South Sudan on Monday.\n\n"
                       + "\"We control the town and have taken over their barracks in Wei-Yar-Adiu,\" a rebel commander said.")
        #expect(!p.contains { $0.hasPrefix("Wei") }, "\(p)")
    }

    @Test func theFocusIsInACountryTheArticleSpeaksFor() {
        // A lone doubtful name ("Wei", a city abroad by another name) named in passing does not become what the article
        // is about: the second clash falls back on Upper Nile, not on a city in a country nothing else speaks for.
        let p = places("Rebels clashed with the army in Upper Nile State, South Sudan, on Monday.\n\n"
                       + "Their leader was in Wei at the time, a spokesman said.\n\nThe rebels then attacked a barracks, residents said.")
        #expect(p.allSatisfy { $0 == "Upper Nile" }, "\(p)")
    }

    @Test func aPlaceGivenAsABearingIsNotTheScene() {
        // "the port city of Esmeraldas, north of Quito": Quito only says where Esmeraldas lies.
        #expect(places("Inmates in the port city of Esmeraldas, north of Quito, clashed with guards on Monday, killing a guard.") == ["Esmeraldas"])
    }

    @Test func aCountryWhoseNameEndsInAnothersKeepsItsPoliceAndItsName() {
        // "Guinea's police" is an alias of Guinea's police; inside "Papua New Guinea police" it is not, and it must not
        // hide the country's name from the gazetteer.
        let m = Fixtures.mentions("Papua New Guinea police shot dead three gunmen in Enga province on Sunday.", published: "2024-10-24").first
        #expect(m?.location?.place.countryCode == "PG", "\(String(describing: m?.location))")
        #expect(!(m?.actors.contains { $0.name.hasSuffix("of Guinea") || $0.name.hasSuffix("(Guinea)") } ?? true), "\(m?.actors ?? [])")
    }
}
