import Testing
@testable import SitrepCore

/// Places the gazetteer lacks, named by the text as places: kept with the source's name inside their known area.
@Suite("Local places")
struct LocalPlaceTests {
    let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)

    func mentions(_ body: String) -> [Mention] { extractor.extract(Fixtures.document(body)).mentions }

    func place(_ body: String) -> Location? { mentions(body).first?.location }

    func area(_ name: String) -> Place { Fixtures.lexicon.gazetteer.places(forKey: NameKey.normalize(name)).first { $0.kind == .admin1 }! }

    @Test func aDesignatedNameIsPlacedInItsQualifier() throws {
        let l = try #require(place("Gunmen abducted 40 pupils in Zarumbo village, Kaduna State, on Thursday."))
        #expect(l.place.name == "Zarumbo" && l.place.isUnresolved && l.place.kind == .town)
        #expect(l.place.admin1 == "Kaduna" && l.place.countryCode == "NG" && l.geoPrecision == 3)
        #expect(l.place.isWithin(area("Kaduna State")))
        #expect(l.place.isWithin(Fixtures.lexicon.gazetteer.country(code: "NG")!))
    }

    @Test func designatorsGiveKinds() {
        #expect(place("Troops clashed with militants in Balochistan's Tarvesh district on Tuesday, killing six.")?.place.kind == .district)
        let lga = place("Bandits killed nine farmers in Gidanwa Local Government Area of Katsina State on Monday.")?.place
        #expect(lga?.name == "Gidanwa" && lga?.kind == .admin2 && lga?.admin1 == "Katsina")
        #expect(place("Militants killed 12 villagers in the Tarvesh area of Balochistan on Friday.")?.place.name == "Tarvesh")
    }

    @Test func theTownOfAndAppositionsNamePlaces() {
        let town = place("Militants killed 12 civilians around the town of Dorbeli in northern Burkina Faso on Saturday.")?.place
        #expect(town?.name == "Dorbeli" && town?.countryCode == "BF")
        let village = place("Up to 30 people were killed on Monday in an attack on Kelvani, a village in Burkina Faso.")?.place
        #expect(village?.name == "Kelvani" && village?.countryCode == "BF")
    }

    @Test func aKnownAreaQualifiesANameAfterALocative() {
        let p = place("Bandits attacked worshippers at Marobi, Zamfara State, on Sunday, killing four.")?.place
        #expect(p?.name == "Marobi" && p?.admin1 == "Zamfara")
        let chain = place("Gunmen abducted 40 pupils in Zarumbo town, Gidanwa Local Government Area, Katsina State, on Thursday.")?.place
        #expect(chain?.name == "Zarumbo" && chain?.admin1 == "Katsina")
    }

    @Test func theSameNameInTwoArticlesIsOnePlace() {
        let a = place("Gunmen abducted 40 pupils in Zarumbo village, Kaduna State, on Thursday.")?.place
        let b = place("The Nigerian army said gunmen stormed Zarumbo village in Kaduna on Thursday, abducting pupils.")?.place
        #expect(a != nil && a?.key == b?.key)
    }

    @Test func laterUsesOfTheNameAreThePlace() {
        let ms = mentions("Gunmen stormed Zarumbo village in Kaduna State on Monday.\n\nOn Tuesday, bandits abducted 20 farmers in Zarumbo. Musa Zarumbo, a farmer, said he fled.")
        #expect(ms.count >= 2 && ms.allSatisfy { $0.location?.place.name == "Zarumbo" && $0.location?.place.admin1 == "Kaduna" })
    }

    @Test func aNameRunsOverDoubtfulWordsBeforeAKnownName() {
        // "Lin" is a common word and "Ta Lu" a gazetteer name abroad: the village is all three words.
        let p = place("A Myanmar military air strike on the monastery in Lin Ta Lu village, in Sagaing region, killed 20 people on Friday. Mandalay residents fled.")?.place
        #expect(p?.name == "Lin Ta Lu" && p?.admin1 == "Sagaing", "\(String(describing: p))")
    }

    @Test func anAddressNamesThePlaceBeforeItsArea() {
        let p = place("Police arrested a kidnapper at Tudun quarters, Marobi, Gidanwa Local Government Area of Kano State on Monday.")?.place
        #expect(p?.name == "Marobi" && p?.admin1 == "Kano")
    }

    @Test func aCopulaCallingANameTheVillageWhereLocatesTheEvent() {
        let ms = mentions("Gunmen stormed Zarumbo village in Kaduna State on Monday.\n\nZarumbo was the same village where a teacher was killed a month ago.")
        #expect(ms.count == 2 && ms.last?.location?.place.name == "Zarumbo")
    }

    @Test func aDistrictInANamedTownTakesTheTown() throws {
        let l = try #require(place("Palestinian medics said an Israeli air strike hit a school in the Tarvesh neighbourhood in western Gaza City on Monday, killing 12 people."))
        #expect(l.place.name == "Tarvesh" && l.place.countryCode == "PS" && l.geoPrecision == 2)
    }

    @Test func aDesignatedNameOnTheWayIsNoTownQualifier() {
        let p = place("Militants blew up the railway track in the Tarvesh area of Springfield Pass, Balochistan, on Tuesday, killing two.")?.place
        #expect(p?.name == "Tarvesh" && p?.admin1 == "Balochistan")
    }

    @Test func anUnresolvedPlaceMayBeAnywhereInItsArea() {
        let village = Place.unresolved(name: "Zarumbo", kind: .town, in: area("Kaduna State"))
        let other = Place.unresolved(name: "Marobi", kind: .town, in: area("Kaduna State"))
        let lga = Place.unresolved(name: "Gidanwa", kind: .admin2, in: area("Kaduna State"))
        let kaduna = Fixtures.lexicon.gazetteer.places(forKey: "kaduna").first { $0.kind == .city }!
        #expect(village.mayOverlap(kaduna) && kaduna.mayOverlap(village) && village.mayOverlap(lga))
        #expect(!village.mayOverlap(other) && !village.mayOverlap(area("Katsina State")))
    }

    @Test func aTownKnownOnlyByItsAirportTakesTheAirportsPlace() throws {
        let l = try #require(place("Gunmen killed six soldiers in the town of Dirkou, Niger, on Monday."))
        let airport = try #require(Fixtures.lexicon.gazetteer.places(forKey: "dirkou airport").first)
        #expect(l.place.name == "Dirkou" && l.place.admin1 == airport.admin1 && l.place.lat == airport.lat && l.geoPrecision == 2)
    }

    @Test func theTitleUsesNamesTheTextFound() {
        let doc = Fixtures.document("Gunmen stormed Zarumbo village in Kaduna State on Monday.", title: "Night of terror for Zarumbo residents")
        let ctx = DocumentContext(document: doc, lexicon: Fixtures.lexicon)
        #expect(ctx.title.contains { $0.place.name == "Zarumbo" })
    }

    @Test func nearAnUnresolvedPlaceIsPrecisionTwo() {
        #expect(place("Gunmen attacked farmers on the outskirts of Zarumbo village, Kaduna State, on Thursday.")?.geoPrecision == 2)
    }

    @Test func aNameTheGazetteerHasOnlyAbroadBecomesLocal() {
        let p = place("The Nigerian army said militants killed four soldiers in Springfield village on Monday. Maiduguri residents fled.")?.place
        #expect(p?.name == "Springfield" && p?.countryCode == "NG" && p?.isUnresolved == true)
    }

    @Test func commonNounsAndRunOnNamesAreNoLocalPlaces() {
        for body in ["Gunmen raided a Fulani village in Kaduna State on Monday, killing four.",
                     "A knife attack left three girls dead in the Kaduna town on Monday.",
                     "Rioters clashed with police in Southport, North West Ambulance Service said on Tuesday.",
                     "Gunmen killed four worshippers in the Christian quarter of Kaduna on Monday.",
                     "Protesters clashed with police in the Central Business District of Nairobi on Tuesday.",
                     "Gunmen attacked the UN camp near Maiduguri on Monday, killing two guards."] {
            #expect(mentions(body).allSatisfy { $0.location?.place.isUnresolved != true }, "\(body)")
        }
    }

    @Test func filtersHoldUnresolvedPlacesInTheirArea() throws {
        let doc = Fixtures.document("Gunmen abducted 40 pupils in Zarumbo village, Kaduna State, on Thursday.")
        let events = Pipeline(lexicon: Fixtures.lexicon).analyse(documents: [doc]).events
        let e = try #require(events.first)
        #expect(EventFilter(places: [area("Kaduna State")]).matches(e, outlets: [:]))
        #expect(!EventFilter(places: [area("Katsina State")]).matches(e, outlets: [:]))
    }
}
