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
        let l = try #require(place("Gunmen abducted 40 pupils in Zarumbo village, Sokoto State, on Thursday."))
        #expect(l.place.name == "Zarumbo" && l.place.isUnresolved && l.place.kind == .town)
        #expect(l.place.admin1 == "Sokoto" && l.place.countryCode == "NG" && l.geoPrecision == 3)
        #expect(l.place.isWithin(area("Sokoto State")))
        #expect(l.place.isWithin(Fixtures.lexicon.gazetteer.country(code: "NG")!))
    }

    @Test func anArabicArticleOpensTheName() {
        // "al-" in lowercase, joined by a hyphen, is part of the village's name, wherever the name is found.
        #expect(place("Gunmen killed seven worshippers in the village of al-Tarvesh, Sindh, on Friday.")?.place.name == "al-Tarvesh")
        #expect(place("Gunmen killed seven worshippers in al-Tarvesh village, Sindh, on Friday.")?.place.name == "al-Tarvesh")
    }

    @Test func aNameADistanceFromAKnownPlaceDescribesIsAPlace() {
        // "in X, about 40 km north of Y": X is where it happened, in Y's country; Y only says where X lies.
        let l = place("Gunmen killed seven people in Tarvesh, about 40 km north of Karachi, on Friday.")
        #expect(l?.place.name == "Tarvesh" && l?.place.isUnresolved == true && l?.place.countryCode == "PK", "\(String(describing: l?.place.name))")
        let miles = place("Gunmen killed seven people near Tarvesh, 25 miles from the city of Karachi, on Friday.")
        #expect(miles?.place.name == "Tarvesh", "\(String(describing: miles?.place.name))")
        // Without a distance it is no such description.
        #expect(place("Gunmen killed seven people in Tarvesh, north of Karachi, on Friday.")?.place.name != "Tarvesh")
    }

    @Test func designatorsGiveKinds() {
        #expect(place("Troops clashed with militants in Sindh's Tarvesh district on Tuesday, killing six.")?.place.kind == .district)
        let lga = place("Bandits killed nine farmers in Gidanwa Local Government Area of Katsina State on Monday.")?.place
        #expect(lga?.name == "Gidanwa" && lga?.kind == .admin2 && lga?.admin1 == "Katsina")
        #expect(place("Militants killed 12 villagers in the Tarvesh area of Sindh on Friday.")?.place.name == "Tarvesh")
    }

    @Test func theTownOfAndAppositionsNamePlaces() {
        let town = place("Militants killed 12 civilians around the town of Dorbeli in northern Sudan on Saturday.")?.place
        #expect(town?.name == "Dorbeli" && town?.countryCode == "SD")
        let village = place("Up to 30 people were killed on Monday in an attack on Kelvani, a village in Sudan.")?.place
        #expect(village?.name == "Kelvani" && village?.countryCode == "SD")
    }

    @Test func aKnownAreaQualifiesANameAfterALocative() {
        let p = place("Bandits attacked worshippers at Marobi, Zamfara State, on Sunday, killing four.")?.place
        #expect(p?.name == "Marobi" && p?.admin1 == "Zamfara")
        let chain = place("Gunmen abducted 40 pupils in Zarumbo town, Gidanwa Local Government Area, Katsina State, on Thursday.")?.place
        #expect(chain?.name == "Zarumbo" && chain?.admin1 == "Katsina")
    }

    @Test func theSameNameInTwoArticlesIsOnePlace() {
        let a = place("Gunmen abducted 40 pupils in Zarumbo village, Sokoto State, on Thursday.")?.place
        let b = place("The Nigerian army said gunmen stormed Zarumbo village in Sokoto on Thursday, abducting pupils.")?.place
        #expect(a != nil && a?.key == b?.key)
    }

    @Test func laterUsesOfTheNameAreThePlace() {
        let ms = mentions("Gunmen stormed Zarumbo village in Sokoto State on Monday.\n\nOn Tuesday, bandits abducted 20 farmers in Zarumbo. Musa Zarumbo, a farmer, said he fled.")
        #expect(ms.count >= 2 && ms.allSatisfy { $0.location?.place.name == "Zarumbo" && $0.location?.place.admin1 == "Sokoto" })
    }

    @Test func aNameRunsOverDoubtfulWordsBeforeAKnownName() {
        // "Alma" is a common word and "Dalu" a gazetteer name abroad: the village is both words.
        let p = place("A Burmese military air strike on the monastery in Alma Dalu village, in Magway region, killed 20 people on Friday. Magway residents fled.")?.place
        #expect(p?.name == "Alma Dalu" && p?.admin1 == "Magway", "\(String(describing: p))")
    }

    @Test func anAddressNamesThePlaceBeforeItsArea() {
        let p = place("Police arrested a kidnapper at Tudun quarters, Marobi, Gidanwa Local Government Area of Katsina State on Monday.")?.place
        #expect(p?.name == "Marobi" && p?.admin1 == "Katsina")
    }

    @Test func aCopulaCallingANameTheVillageWhereLocatesTheEvent() {
        let ms = mentions("Gunmen stormed Zarumbo village in Sokoto State on Monday.\n\nZarumbo was the same village where a teacher was killed a month ago.")
        #expect(ms.count == 2 && ms.last?.location?.place.name == "Zarumbo")
    }

    @Test func aDistrictInANamedTownTakesTheTown() throws {
        let l = try #require(place("Syrian medics said a Russian air strike hit a school in the Tarvesh neighbourhood in western Aleppo on Monday, killing 12 people."))
        #expect(l.place.name == "Tarvesh" && l.place.countryCode == "SY" && l.geoPrecision == 2)
    }

    @Test func aDesignatedNameOnTheWayIsNoTownQualifier() {
        let p = place("Militants blew up the railway track in the Tarvesh area of Springfield Pass, Sindh, on Tuesday, killing two.")?.place
        #expect(p?.name == "Tarvesh" && p?.admin1 == "Sindh")
    }

    @Test func anUnresolvedPlaceMayBeAnywhereInItsArea() {
        let village = Place.unresolved(name: "Zarumbo", kind: .town, in: area("Sokoto State"))
        let other = Place.unresolved(name: "Marobi", kind: .town, in: area("Sokoto State"))
        let lga = Place.unresolved(name: "Gidanwa", kind: .admin2, in: area("Sokoto State"))
        let sokoto = Fixtures.lexicon.gazetteer.places(forKey: "sokoto").first { $0.kind == .city }!
        #expect(village.mayOverlap(sokoto) && sokoto.mayOverlap(village) && village.mayOverlap(lga))
        #expect(!village.mayOverlap(other) && !village.mayOverlap(area("Katsina State")))
    }

    @Test func aTownKnownOnlyByItsAirportTakesTheAirportsPlace() throws {
        let l = try #require(place("Gunmen killed six soldiers in the town of Heglig, Sudan, on Monday."))
        let airport = try #require(Fixtures.lexicon.gazetteer.places(forKey: "heglig airport").first)
        #expect(l.place.name == "Heglig" && l.place.admin1 == airport.admin1 && l.place.lat == airport.lat && l.geoPrecision == 2)
    }

    @Test func theTitleUsesNamesTheTextFound() {
        let doc = Fixtures.document("Gunmen stormed Zarumbo village in Sokoto State on Monday.", title: "Night of fear for Zarumbo residents")
        let ctx = DocumentContext(document: doc, lexicon: Fixtures.lexicon)
        #expect(ctx.title.contains { $0.place.name == "Zarumbo" })
    }

    @Test func nearAnUnresolvedPlaceIsPrecisionTwo() {
        #expect(place("Gunmen attacked farmers on the outskirts of Zarumbo village, Sokoto State, on Thursday.")?.geoPrecision == 2)
    }

    @Test func aNameTheGazetteerHasOnlyAbroadBecomesLocal() {
        let p = place("The Nigerian army said militants killed four soldiers in Springfield village on Monday. Maiduguri residents fled.")?.place
        #expect(p?.name == "Springfield" && p?.countryCode == "NG" && p?.isUnresolved == true)
    }

    @Test func aNameQualifiedByADirectionAndACountryIsATownThere() {
        let l = place("Militants attacked a church compound in Kessoro, eastern Mali, early on Sunday, killing nine.")
        #expect(l?.place.name == "Kessoro" && l?.place.countryCode == "ML", "\(String(describing: l))")
    }

    @Test func aDesignatorRunningOnIntoAnInstitutionsNameNamesNoPlace() {
        // "Tarvel State University" is a university, not a state; "the predominantly Islamic city of X" is X.
        let ms = mentions("A bomb exploded at Tarvel State University in the predominantly Islamic city of Kessoro, Mopti region, on Sunday, killing four.")
        #expect(ms.first?.location?.place.name == "Kessoro", "\(ms.map { $0.location?.place.name ?? "-" })")
        #expect(!ms.contains { $0.location?.place.name == "Tarvel" || $0.location?.place.name == "Islamic" })
    }

    @Test func commonNounsAndRunOnNamesAreNoLocalPlaces() {
        for body in ["Gunmen raided a Fulani village in Sokoto State on Monday, killing four.",
                     "A knife attack left three girls dead in the Sokoto town on Monday.",
                     "Rioters clashed with police in Maiduguri, North East Rescue Service said on Tuesday.",
                     "Gunmen killed four worshippers in the Christian quarter of Sokoto on Monday.",
                     "Protesters clashed with police in the Central Tarvesh District of Lagos on Tuesday.",
                     "Gunmen attacked the UN camp near Maiduguri on Monday, killing two guards."] {
            #expect(mentions(body).allSatisfy { $0.location?.place.isUnresolved != true }, "\(body)")
        }
    }

    @Test func filtersHoldUnresolvedPlacesInTheirArea() throws {
        let doc = Fixtures.document("Gunmen abducted 40 pupils in Zarumbo village, Sokoto State, on Thursday.")
        let events = Pipeline(lexicon: Fixtures.lexicon).analyse(documents: [doc]).events
        let e = try #require(events.first)
        #expect(EventFilter(places: [area("Sokoto State")]).matches(e, outlets: [:]))
        #expect(!EventFilter(places: [area("Katsina State")]).matches(e, outlets: [:]))
    }
}

/// Where a source spoke is not where the event was (invented sentences).
@Suite("Where a source spoke")
struct WhereASourceSpokeTests {
    @Test func thePlaceOfAPressConferenceIsNoEventsPlace() {
        // A sentence anchored only by where its speaker spoke tells no act there.
        let ms = Fixtures.mentions("The president told reporters in Kinshasa that he had ordered the army to arrest the perpetrators.",
                                   published: "2024-05-20")
        #expect(ms.allSatisfy { $0.location?.place.name != "Kinshasa" }, "\(ms.map { $0.location?.place.name ?? "-" })")
        // A declaration made in a place is made there.
        let declared = Fixtures.mentions("A state of emergency was declared in Kinshasa on Monday.", published: "2024-05-20")
        #expect(declared.first?.location?.place.name == "Kinshasa", "\(declared.map { $0.location?.place.name ?? "-" })")
    }
}
