import Testing
@testable import SitrepCore

/// Places that need support: common words, names, titles, demonyms, qualifiers, small places abroad.
@Suite("Place support")
struct PlaceSupportTests {
    let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)

    func mentions(_ body: String) -> [Mention] { extractor.extract(Fixtures.document(body)).mentions }

    func countries(_ body: String) -> Set<String> { Set(mentions(body).compactMap { $0.location?.place.countryCode }) }

    @Test func aPartOfTheCountryHoldingTheArticlesPlaceIsThatPlace() {
        // The story's place (Bergen, in Norway's west) is where "in western Norway" happened; not "in eastern Norway".
        func lede(_ side: String) -> String? {
            mentions("""
                A riot broke out at a prison in \(side) Norway on Monday, leaving three inmates dead, police said.

                Inmates of the prison in Bergen had complained of crowding for months, lawyers in Bergen said.
                """).first?.location?.place.name
        }
        #expect(lede("western") == "Bergen")
        #expect(lede("eastern") == "Norway")
    }

    @Test func aTargetOfTheArticlesOwnCountryIsAtTheArticlesPlace() {
        // "a Norwegian hotel" in a story from Bergen is in Bergen; a foreign target stays in its country
        // (ClauseReadingTests: "struck two Russian oil refineries").
        let ms = mentions("""
            A gunman opened fire at a Norwegian hotel on Friday, killing five guests, police said.

            Guests at the hotel in Bergen had just sat down to dinner, witnesses in Bergen said.
            """)
        #expect(ms.first?.location?.place.name == "Bergen", "\(ms.map { $0.location?.place.name ?? "-" })")
    }

    @Test func aPlaceDescribingThePlaceBeforeItStandsForIt() {
        // An appositive telling where the place before it lies names no place of the act.
        for text in ["In Drammen, a city 40 km west of Oslo, rioters attacked the town hall on Monday.",
                     "Masked men attacked Drammen, a city about 40 kilometres (25 miles) west of Oslo, on Sunday, killing two guards."] {
            let ms = mentions(text)
            #expect(ms.first?.location?.place.name == "Drammen", "\(text): \(ms.map { $0.location?.place.name ?? "-" })")
        }
        // Without a place before it to describe, a place so told stays the act's.
        let alone = mentions("Rioters attacked a police station 40 km west of Oslo on Monday.")
        #expect(alone.first?.location?.place.name == "Oslo", "\(alone.map { $0.location?.place.name ?? "-" })")
    }

    @Test func aCapitalInAPhraseIsAPlaceNotItsGovernment() {
        // "protesters in central Madrid defied …": the capital is where, not the government that defied (as "Madrid
        // rejected the demands" would be).
        let ms = mentions("Thousands marched in Seville on Thursday.\n\nProtesters in central Madrid clashed with police on Friday.")
        #expect(ms.last?.location?.place.name == "Madrid", "\(ms.map { $0.location?.place.name ?? "-" })")
    }

    @Test func aSeaIsTheWaterNotAProvinceNamedAfterIt() {
        let ms = mentions("Yemeni rebels fired missiles at a cargo ship in the Red Sea on Monday, wounding two sailors, the Yemeni coast guard said.")
        let p = ms.first?.location?.place
        #expect(p?.name == "Red Sea" && p?.countryCode == "YE", "\(String(describing: p))")
        let state = mentions("Gunmen killed four herders in Red Sea State on Monday, Sudanese officials said.")
        #expect(state.first?.location?.place.countryCode == "SD", "\(String(describing: state.first?.location))")
    }

    @Test func aDivisionOfAnotherCountryThatSharesTheQualifiersNameQualifiesNothing() {
        // "Beni territory" is a Congolese district; Bolivia's El Beni shares the name, and the article says nothing of Bolivia.
        let body = "Fighting between the Congolese army and rebels near Goma killed five people on Monday.\n\n"
            + "ADF militants killed 11 farmers near Mavivi in Beni territory on Tuesday, a local official said."
        #expect(countries(body) == ["CD"], "\(mentions(body).map { $0.location?.place.key ?? "-" })")
    }

    @Test func theCountryAcrossABorderIsNotWhereItHappened() {
        let body = "Gunmen killed a teacher and two farmers on Monday night in Kwendo, near the country's northern border with Niger, "
            + "Nigerian police said."
        #expect(countries(body) == ["NG"], "\(mentions(body).map { $0.location?.place.key ?? "-" })")
        #expect(countries("Jihadists attacked a customs post in Burkina on Sunday, bordering Mali, killing four gendarmes.") == ["BF"])
    }

    @Test func aCountryBeforeBorderNamesTheLineAndAPlaceLocatedInIsAPlace() {
        let body = "Jihadists overran a military base located in Tessit, close to the Niger border, on Monday, killing 20 soldiers, "
            + "Malian officials said."
        let p = mentions(body).first?.location?.place
        #expect(p?.name == "Tessit" && p?.countryCode == "ML", "\(String(describing: p))")
    }

    @Test func anotherSpellingOfATownInsideALongerNameIsThatName() {
        // "Lone" is another spelling of Loni, a large Indian city; here it is a word of a militia's name.
        let body = "The junta's air force bombed villages in Myanmar's Sagaing region on Monday.\n\n"
            + "Forty soldiers have been killed in a week, according to the Kyauk Lone Gyi Defence Force."
        #expect(!countries(body).contains("IN"), "\(mentions(body).map { $0.location?.place.key ?? "-" })")
    }

    @Test func aSmallTownAbroadIsNotTheSceneBecauseItsOwnNameMadeItsCountryTheMain() {
        // "Amba" is an alternate name of a Kazakh town; the article is about Cameroon.
        let body = "Three killed in Amba attack\n\nSeparatists killed a soldier and two civilians on the Ndu road on Monday, "
            + "Cameroon's army said."
        #expect(!countries(body).contains("KZ"), "\(mentions(body).map { $0.location?.place.key ?? "-" })")
    }

    @Test func aVillageQualifiedByARegionIsNotATownOfAnotherRegionSpeltAlike() {
        // The gazetteer has a town "Nyaung Gon" in Yangon; "Nyaung Gon village in the northern Magway region" is another place.
        let ms = mentions("A jet bombed Nyaung Gon village in the northern Magway region on Tuesday, killing ten civilians, residents said.")
        let p = ms.first?.location?.place
        #expect(p?.name == "Nyaung Gon" && p?.isUnresolved == true && p?.admin1 == "Magway", "\(String(describing: p))")
    }

    @Test func aNameOrWordIsNoPlaceWithoutItsCountry() {
        let ms = mentions("Gunmen killed five people at a Taylor concert hall near Maiduguri on Monday, the Nigerian army said.")
        #expect(ms.allSatisfy { $0.location?.place.countryCode == "NG" })
        #expect(countries("Troops clashed with militants in the Area near Maiduguri on Monday, killing 12.") == ["NG"])
    }

    @Test func aSizeableTownOfOneCountryIsTheSceneEvenInAnArticleAboutAnother() {
        // An article mostly about Chad: a town only Sudan has, said as the scene, is in Sudan (not the article's main place).
        let body = "Gunmen attacked a market near Abéché in eastern Chad on Tuesday, killing three traders.\n\n"
            + "Chadian troops clashed with bandits near Moundou on Wednesday, Chad's army said.\n\n"
            + "Fighting between the army and the RSF continued in El Fasher on Monday, killing 12 civilians, residents said."
        let fighting = mentions(body).filter { $0.quote.contains("El Fasher") }
        #expect(!fighting.isEmpty && fighting.allSatisfy { $0.location?.place.countryCode == "SD" }, "\(fighting.map(\.location))")
        // The start of a longer name the gazetteer lacks is not that town.
        let market = mentions("Soldiers clashed with the Moundou Kebir-based militia on Monday, Sudanese residents of Nyala said.")
        #expect(market.allSatisfy { $0.location?.place.countryCode == "SD" }, "\(market.map(\.location))")
    }

    @Test func aPersonsNameIsNoPlace() {
        let ms = mentions("Troops clashed with militants on Monday, said Paris Hilton, after Carmelo Guerrero fled to Maiduguri.")
        #expect(ms.allSatisfy { $0.location?.place.countryCode != "FR" && $0.location?.place.countryCode != "MX" })
    }

    @Test func demonymsAndTitlesAreNeverPlacesOrSkeletons() {
        let tokens = Fixtures.tokens("Colombian and Palestinian officials met the President on Friday.")
        let hits = PlaceFinder(lexicon: Fixtures.lexicon).hits(in: 0..<tokens.count, tokens: tokens, blocked: [])
        #expect(hits.allSatisfy { $0.weak || $0.places.first?.kind == .country })
        #expect(!hits.contains { $0.fuzzy })
    }

    @Test func aDemonymBeforeANounIsAnAdjectiveAndTheCapitalIsTheCitys() {
        // "Somali" is also a region of Ethiopia; before a lowercase noun it only qualifies the noun.
        let ms = mentions("A truck bomb went off near a market in the Somali capital on Friday, killing seven people.")
        #expect(ms.first?.location?.place.name == "Mogadishu" && ms.first?.location?.place.countryCode == "SO")
        let tokens = Fixtures.tokens("The Somali government and Somali troops met in the Somali region.")
        let hits = PlaceFinder(lexicon: Fixtures.lexicon).hits(in: 0..<tokens.count, tokens: tokens, blocked: [])
        let named = hits.map { TokenText.join(tokens[$0.tokens]) + "@\($0.tokens.lowerBound)" }
        #expect(named == ["Somali@9"], "only the region names a place: \(named)")
    }

    @Test func aPlaceSufferingAPassiveVerbIsWhereItHappened() {
        // Not the country of the appositive: the subject was struck.
        let ms = mentions("Kosti, in southern Sudan, was shelled by the rebels on Monday, killing four people.")
        #expect(ms.first?.location?.place.name == "Kosti", "\(ms.map { $0.location?.place.name ?? "-" })")
    }

    @Test func wherePeopleComeFromIsNotTheScene() {
        let ms = mentions("Near Diffa, gunmen raided a camp sheltering refugees from nearby Chad on Sunday, killing six people.")
        #expect(ms.first?.location?.place.countryCode == "NE", "\(ms.map { $0.location?.place.name ?? "-" })")
        let fighters = mentions("Around Diffa, fighters from Chad attacked an army post on Sunday, killing six soldiers.")
        #expect(fighters.first?.location?.place.countryCode == "NE", "\(fighters.map { $0.location?.place.name ?? "-" })")
    }

    @Test func congoIsTheCountryTheArticleIsAbout() {
        // "Congo" names both countries; alone, or in a Kivu story, the larger; beside Brazzaville, the republic.
        #expect(countries("Fighting between rebels and the army broke out near Goma in eastern Congo on Monday, killing nine.") == ["CD"])
        #expect(countries("Police clashed with militiamen in Brazzaville, Congo, on Monday, killing three.") == ["CG"])
        #expect(Fixtures.lexicon.gazetteer.countryCode(forDemonym: "congolese") == "CD")
    }

    @Test func aCountryQualifierDecides() {
        #expect(countries("Rioters clashed with police outside a mosque in Southport, UK, on Tuesday night.") == ["GB"])
        let tokens = Fixtures.tokens("in Southport, UK, on Tuesday")
        let hits = PlaceFinder(lexicon: Fixtures.lexicon).hits(in: 0..<tokens.count, tokens: tokens, blocked: [])
        #expect(hits.contains { $0.places.first?.countryCode == "GB" && $0.places.first?.kind == .country })
    }

    @Test func aProvinceQualifierOutranksThePlaceAbroad() {
        let ms = mentions("Militants attacked Springfield in Borno State on Monday, killing four soldiers.")
        #expect(ms.first?.location?.place.countryCode == "NG")
        #expect(ms.first?.location?.place.isUnresolved == true && ms.first?.location?.place.admin1 == "Borno",
                "the name is a place in the qualifier that the gazetteer lacks")
        #expect(ms.first?.location?.geoPrecision == 3)
    }

    @Test func aQualifierInThePlacesOwnCountryIsNoReasonToDropIt() {
        let ms = mentions("Rebels held their ground on Monday close to Aleppo in the Idlib region, killing four soldiers.")
        #expect(ms.allSatisfy { $0.location?.place.isUnresolved != true })
    }

    @Test func aSmallPlaceAbroadGivesWayToTheArticlesCountry() {
        let ms = mentions("The Nigerian army said militants killed four soldiers in Springfield on Monday. Maiduguri residents fled.")
        #expect(ms.allSatisfy { $0.location?.place.countryCode == "NG" })
    }

    @Test func streetsAndHyphenatedNamesAreNotTheirParts() {
        let tokens = Fixtures.tokens("Rioters gathered on Pool Street and at Kawo-Gora near the Sokoto-Abuja Expressway.")
        let hits = PlaceFinder(lexicon: Fixtures.lexicon).hits(in: 0..<tokens.count, tokens: tokens, blocked: [])
        let names = hits.map { TokenText.join(tokens[$0.tokens]) }
        #expect(!names.contains("Pool") && !names.contains("Gora") && !names.contains("Abuja"), "\(names)")
        let route = Fixtures.tokens("The Maiduguri-to-Yola bus was attacked.")
        let routeHits = PlaceFinder(lexicon: Fixtures.lexicon).hits(in: 0..<route.count, tokens: route, blocked: [])
        #expect(routeHits.map { TokenText.join(route[$0.tokens]) } == ["Maiduguri"], "a route names no place at its end")
    }
}
