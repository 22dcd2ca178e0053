import Testing
@testable import SitrepCore

/// Places and actors that depend on which country the article is about.
@Suite("Country of places and actors")
struct CountryOfPlacesAndActorsTests {
    let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)

    func mentions(_ body: String) -> [Mention] { extractor.extract(Fixtures.document(body)).mentions }

    @Test func aCountryListedAfterBorderWithIsNotWhereTheTownIs() {
        let body = "Niger's army said jihadists killed 12 soldiers on Thursday in Dangoula, a town near the border with Mali and "
            + "Burkina Faso."
        let ms = mentions(body)
        #expect(!ms.isEmpty && ms.allSatisfy { $0.location?.place.countryCode == "NE" }, "\(ms.map { $0.location?.place.key ?? "-" })")
    }

    @Test func aTownOfADivisionNamedBeforeItIsALocalPlace() {
        let body = "Jihadists on motorcycles attacked soldiers in the Tillaberi region town of Koutougou on Thursday, the army said."
        let p = mentions(body).first?.location?.place
        #expect(p?.name == "Koutougou" && p?.countryCode == "NE" && p?.admin1 == "Tillaberi", "\(String(describing: p))")
    }

    @Test func theJuntaIsTheMilitaryOfTheArticlesCountry() {
        let body = "The junta said gunmen killed 12 soldiers near Ayorou in western Niger on Thursday. "
            + "Junta troops later killed 30 attackers, it said."
        let names = Set(mentions(body).flatMap(\.actors).map(\.name))
        #expect(names.contains("Military Forces of Niger") && !names.contains { $0.contains("Myanmar") }, "\(names)")
    }

    @Test func aMixedCaseAbbreviationIsMatchedOnlyAsWritten() {
        // "LeT" is an abbreviation; "let" is a verb.
        func actors(_ body: String) -> [String] {
            DocumentContext(document: Fixtures.document(body), lexicon: Fixtures.lexicon).actors.flatMap(\.names)
        }
        #expect(!actors("Police killed two protesters on Tuesday. \"We will not let our brothers' blood go in vain,\" a student said.")
            .contains("Lashkar-e-Taiba"))
        #expect(actors("LeT gunmen killed three soldiers in Kupwara on Tuesday, police said.").contains("Lashkar-e-Taiba"))
        #expect(ActorDictionary.isAbbreviation("LeT") && ActorDictionary.isAbbreviation("PressTV") && !ActorDictionary.isAbbreviation("Hamas"))
    }

    @Test func whereAMinistrySpeaksFromIsNotTheScene() {
        let body = "The health ministry in Ramallah said Israeli troops killed six people on Tuesday during a raid, which began at dawn in Tubas."
        let p = mentions(body).first?.location?.place
        #expect(p?.countryCode == "PS" && p?.name != "Ramallah", "\(String(describing: p))")
        // Residents speak from where they live, which is where it happened.
        let residents = mentions("Residents in Tubas said Israeli troops killed six people on Tuesday.")
        #expect(residents.first?.location?.place.name.contains("bās") == true, "\(residents.map { $0.location?.place.name ?? "-" })")
    }

    @Test func aNameBeforeAMovableThingNamesTheThingNotAPlace() {
        // Molotov is also a town's other name (Perm, Russia); Derbent is the scene.
        let ms = mentions("Rioters attacked a synagogue in Derbent on Sunday. During the attack, Molotov cocktails were thrown at the "
            + "building, setting it ablaze.")
        #expect(!ms.isEmpty && ms.allSatisfy { $0.location?.place.name == "Derbent" }, "\(ms.map { $0.location?.place.name ?? "-" })")
    }

    @Test func aCountryNameWithAndInsideIsOneName() {
        // "Trinidad and Tobago" is the country, not the island of Tobago; "Sao Tome and Principe" not the capital.
        let trinidad = mentions("Gunmen killed four men in Trinidad and Tobago on Saturday, police said.").first?.location?.place
        #expect(trinidad?.kind == .country && trinidad?.countryCode == "TT", "\(String(describing: trinidad))")
        let saoTome = mentions("Soldiers repelled an attack on a barracks in Sao Tome and Principe on Friday. A South African "
            + "mercenary group was blamed.").first?.location?.place
        #expect(saoTome?.countryCode == "ST", "\(String(describing: saoTome))")
    }

    @Test func aLanguageAdjectiveNamesNoCountry() {
        // "Portuguese-speaking" says what is spoken there; the capital of Sao Tome is meant, not a village in Portugal.
        let p = mentions("Soldiers repelled an attack on a barracks in Sao Tome on Friday. The Portuguese-speaking archipelago "
            + "has seen several coup attempts.").first?.location?.place
        #expect(p?.countryCode == "ST", "\(String(describing: p))")
    }

    @Test func whereANamedVictimComesFromIsNotTheScene() {
        let body = "Gunmen killed 20 tourists near Gulmarg on Tuesday.\n\nOne of the victims, Ravi from Tumkur, was on holiday with "
            + "his wife. She said her husband was shot dead in front of her."
        let ms = mentions(body)
        #expect(ms.count >= 2 && ms.allSatisfy { $0.location?.place.name == "Gulmarg" }, "\(ms.map { $0.location?.place.name ?? "-" })")
        let aged = mentions("Gunmen killed 20 tourists near Gulmarg on Tuesday. A 34-year-old from Tumkur was among those shot dead.")
        #expect(aged.allSatisfy { $0.location?.place.name == "Gulmarg" }, "\(aged.map { $0.location?.place.name ?? "-" })")
    }

    @Test func aClauseOfOneMoreDeathElsewhereIsAnotherEvent() {
        let ms = mentions("Three people were shot dead in Kumasi, and another was killed in the capital Accra, the government said on Wednesday.")
        let found = ms.map { ($0.location?.place.name ?? "-", $0.fatalities?.count ?? 0) }.sorted { $0.0 < $1.0 }
        #expect(found.map(\.0) == ["Accra", "Kumasi"] && found.map(\.1) == [1, 3], "\(found)")
    }

    @Test func aWireDatelineAbroadIsNotWhatTheArticleIsAbout() {
        // Filed from Nairobi about a clash in Somalia: the dateline's country is no evidence of the article's.
        let body = "NAIROBI, KENYA -- Gunmen killed five soldiers in an ambush in Somalia on Tuesday, officials said.\n\n"
            + "The soldiers were patrolling a road when they came under fire."
        let ctx = DocumentContext(document: Fixtures.document(body), lexicon: Fixtures.lexicon)
        #expect(ctx.countries.main == "SO" && ctx.countries.weights["KE"] == nil, "\(Array(ctx.countries.weights))")
    }

    @Test func theTailOfAnUnknownDivisionsNameIsNoTown() {
        // "Zorvath Kumasi province" (invented) is no province the gazetteer has; its last word is a city's name, and the
        // designator says a division is meant: the event is not placed in that city.
        let m = mentions("Gunmen attacked a police post in Zorvath Kumasi province in Ghana on Sunday, killing four officers.").first
        #expect(m != nil && m?.location?.place.name != "Kumasi", "\(String(describing: m?.location))")
        #expect(mentions("Gunmen killed four officers near Kumasi on Sunday.").first?.location?.place.name == "Kumasi")
    }

    @Test func aStatesMissionLiesAbroad() {
        let ms = mentions("Rebels shelled Kumasi on Monday.\n\nOne shell killed 25 people when it hit an American diplomatic compound.")
        #expect(ms.count == 2 && ms.allSatisfy { $0.location?.place.countryCode == "GH" }, "\(ms.map { $0.location?.place.name ?? "-" })")
        // A country's own facilities lie in that country.
        let r = mentions("Drones struck two Russian oil refineries on Monday, officials in Kumasi said.").first
        #expect(r?.location?.place.countryCode == "RU", "\(String(describing: r?.location))")
    }

    @Test func theCapitalOfACountryIsItsCapitalCity() {
        for (body, city) in [("Gunmen killed four soldiers in the capital of Mali on Tuesday.", "Bamako"),
                             ("Gunmen killed four soldiers in the capital city of Niger on Tuesday.", "Niamey")] {
            // (The country's name is no spelling of the city's: the name stays the gazetteer's.)
            let m = mentions(body).first
            #expect(m?.location?.place.name == city && m?.location?.place.kind == .city, "\(String(describing: m?.location))")
        }
        // The country itself, named otherwise, stays the country.
        #expect(mentions("Gunmen killed four soldiers in Mali on Tuesday.").first?.location?.place.kind == .country)
    }
}
