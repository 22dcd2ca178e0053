import Testing
@testable import SitrepCore

/// Share bars and link bars at the top of a story, and tolls told at two towns in one sentence.
@Suite("Top bars and tolls at two towns")
struct TopBarsAndSplitTollsTests {
    func mentions(_ body: String) -> [Mention] { Fixtures.mentions(body, published: "2024-05-20") }
    func roles(_ body: String) -> [BlockRole] { TextLayout(document: Fixtures.document(body), lexicon: Fixtures.lexicon).roles }

    @Test func aShareBarUnderTheCaptionIsNotTheEndOfTheStory() {
        let body = """
            Farmers march in Tamale during a rally on May 2, 2024.

            Share this story with your friends

            Gunmen killed six farmers in a village near Tamale on Sunday, police said, in the third attack this month.

            The attackers fled on motorbikes before soldiers arrived, and residents said they had buried the dead on Monday morning.
            """
        #expect(roles(body) == [.prose, .boilerplate, .prose, .prose])
        #expect(mentions(body).contains { $0.fatalities?.count == 6 })
    }

    @Test func aShareBarAfterTheStoryStillEndsIt() {
        // After a paragraph of prose, or with less prose below than above, the marker ends the story as before.
        let long = """
            Gunmen killed six farmers in a village near Tamale on Sunday, police said, in the third attack on farmers this month, and residents said they had buried the dead on Monday.

            Share this story

            Soldiers were deployed to the district after gunmen attacked a market there last year, killing nine traders and wounding many others in the afternoon.
            """
        #expect(roles(long) == [.prose, .boilerplate, .boilerplate])
        let short = """
            Gunmen killed six farmers near Tamale on Sunday, police said.

            Share this story

            Read the full report here.
            """
        #expect(roles(short) == [.prose, .boilerplate, .boilerplate])
    }

    @Test func aKillingAtAnotherTownInAClauseOfItsOwnIsAnotherEvent() {
        let ms = mentions("The minister said on Sunday that two people were shot dead in Tamale, while four others were killed in the town of Yendi.")
        let places = Set(ms.compactMap { $0.location?.place.name })
        #expect(places.isSuperset(of: ["Tamale", "Yendi"]), "\(places)")
        #expect(ms.first { $0.location?.place.name == "Yendi" }?.fatalities?.count == 4)
        // One act told with its toll, and the victims' town after it, stays one event.
        let one = mentions("Police shot dead two protesters in Tamale on Sunday, killing one more later in hospital.")
        #expect(one.count == 1, "\(one.map { $0.location?.place.name ?? "-" })")
        // Deaths at the same town in the second clause are the first act's.
        let same = mentions("Two people were shot dead in Tamale on Sunday, while four others were killed in the city.")
        #expect(same.count == 1, "\(same.map { $0.location?.place.name ?? "-" })")
    }
}

/// Demonyms of several words: "South Sudanese" is not "Sudanese", and "Sierra Leoneans" names no town called Sierra.
@Suite("Demonyms of several words")
struct CompoundDemonymTests {
    func mentions(_ body: String) -> [Mention] { Fixtures.mentions(body, published: "2024-05-20") }
    func actor1(_ m: Mention?) -> [String] { m?.actors.filter { $0.role == .actor1 }.map(\.name) ?? [] }

    @Test func theFirstWordOfADemonymIsNoPlace() {
        let ms = Fixtures.mentions("""
            Protesters clashed with police in Freetown on Wednesday.

            “These individuals have embarked on a violent protest which has led to the loss of lives of innocent Sierra Leoneans including police officers,” the minister said on Wednesday.
            """, published: nil)
        #expect(!ms.isEmpty)
        #expect(ms.allSatisfy { $0.location?.place.countryCode == "SL" }, "\(ms.map { ($0.location?.place.name ?? "-", $0.location?.place.countryCode ?? "-") })")
    }

    @Test func aDemonymOfSeveralWordsNamesItsOwnCountry() {
        let ms = mentions("South Sudanese shelling hit a market in Yei on Monday, killing seven people.")
        #expect(actor1(ms.first) == ["Military Forces of South Sudan"], "\(ms.map(\.actors))")
        // The plural and the one-word demonym still work.
        let one = mentions("Sudanese shelling hit a market in Nyala on Monday, killing seven people.")
        #expect(actor1(one.first) == ["Military Forces of Sudan"], "\(one.map(\.actors))")
        let g = Fixtures.lexicon.gazetteer
        let toks = Fixtures.tokens("many Sri Lankans fled")
        #expect(g.demonym(endingAt: 2, tokens: toks, from: 0)?.cc == "LK")
        #expect(g.demonym(endingAt: 2, tokens: toks, from: 0)?.start == 1)
    }
}

/// Acts told in words the lexicon lacked: a person "shot by" someone, an "anti-terrorist operation".
@Suite("Passive shootings and counter-terror operations")
struct ShootingsAndOperationsTests {
    func mentions(_ body: String) -> [Mention] { Fixtures.mentions(body, published: "2024-05-20") }

    @Test func aPersonShotBySomeoneIsAnAct() {
        let ms = mentions("A 19-year-old student was shot by police in Kenema on Tuesday, his family said.")
        #expect(ms.count == 1, "\(ms.map(\.eventType))")
        #expect(ms.first?.actors.contains { $0.role == .actor1 && $0.name.hasPrefix("Police Forces") } == true, "\(ms.map(\.actors))")
        // "shot" of a film or a photograph is no act.
        #expect(mentions("The footage was shot in Kenema on Tuesday by a local journalist.").isEmpty)
    }

    @Test func arrestsMadeAreAnAct() {
        let ms = mentions("""
            Riots broke out in Nantes on Thursday night.

            “Following my orders, they made 140 arrests,” the minister said.
            """)
        #expect(ms.contains { $0.subEventType == "Arrests" }, "\(ms.map(\.subEventType))")
    }

    @Test func anAntiTerroristOperationIsABattle() {
        let ms = mentions("Security forces launched an anti-terrorist operation against armed men in Kenema on Tuesday.")
        #expect(ms.first?.eventType == .battles, "\(ms.map(\.eventType))")
    }
}

/// Names that end a longer name ("the Nemiga Metro station", "Carlos Mora"), say a kind of country ("the Balkan
/// country") or a side ("pro-X"), or are one name repeated in an article about another country, are no towns abroad.
@Suite("Names that are no towns abroad")
struct NoTownsAbroadTests {
    func countries(_ body: String) -> Set<String> {
        Set(Fixtures.mentions(body, published: "2024-05-20").compactMap { $0.location?.place.countryCode })
    }

    @Test func theEndOfALongerNameIsNoTownAbroad() {
        #expect(countries("""
            Police in Belarus detained dozens of protesters in Minsk on Sunday.

            Protesters blocked the avenue near the Nemiga Metro station on Monday evening, and police used stun grenades to disperse them.
            """) == ["BY"])
        #expect(countries("""
            A riot broke out at a prison near Tegucigalpa on Tuesday.

            According to Carlos Mora, the police spokesman, twelve inmates were killed in the riot.
            """) == ["HN"])
    }

    @Test func aRegionBeforeCountryIsAKindOfCountry() {
        #expect(countries("""
            Gunmen attacked a police station in Struga on Saturday, police said.

            Eight officers have been killed in two days of clashes in the north of the Balkan country.
            """) == ["MK"])
        // "Gulf" is also a province of Papua New Guinea.
        #expect(countries("""
            Police dispersed protesters in Kuwait City on Friday.

            The unrest in the Gulf kingdom has alarmed its neighbours.

            Hundreds rallied again in the Gulf kingdom on Saturday.
            """) == ["KW"])
    }

    @Test func oneRepeatedNameDoesNotOutweighANamedCountry() {
        // "Brixton" here is a district of Lusaka the gazetteer lacks, not the town in England.
        #expect(countries("""
            Zambian police clashed with traders in Brixton, a market district of Lusaka, on Monday.

            Traders in Brixton said officers beat them and seized their goods.

            Residents of Brixton protested on Tuesday, blocking roads in Brixton with burning tyres.
            """) == ["ZM"])
    }

    @Test func aNameAfterProOrAntiIsASideNotAPlace() {
        let ms = Fixtures.mentions("One other person was killed in the pro-Mensah town of Kintampo on Saturday, an official said.", published: "2024-05-20")
        #expect(ms.first?.location?.place.name == "Kintampo", "\(ms.map { $0.location?.place.name ?? "-" })")
    }
}

/// Crowds that kill police or try to storm buildings riot; armed men who storm attack.
@Suite("Violent crowds and armed storming")
struct ViolentCrowdsTests {
    func mentions(_ body: String) -> [Mention] { Fixtures.mentions(body, published: "2024-05-20") }

    @Test func policeAmongAProtestsDeadMakeItARiot() {
        let ms = mentions("Two police officers and one civilian died after a day of anti-government protests in Lilongwe on Wednesday, a mortuary worker said.")
        #expect(ms.first?.eventType == .riots, "\(ms.map(\.eventType))")
        // Protesters killed by the police are the police's force, as before.
        let shot = mentions("Police shot dead three protesters during anti-government protests in Lilongwe on Wednesday.")
        #expect(shot.first?.eventType == .protests, "\(shot.map(\.eventType))")
    }

    @Test func anAssaultTriedIsAnAssaultMade() {
        let crowd = mentions("Protesters tried to storm the parliament building in Lilongwe on Thursday.")
        #expect(crowd.first?.eventType == .riots, "\(crowd.map(\.eventType))")
        let armed = mentions("Armed men tried to storm into the presidential palace in Lilongwe on Wednesday, police said.")
        #expect(armed.first?.eventType == .battles, "\(armed.map(\.eventType))")
        #expect(armed.first?.actors.contains { $0.role == .actor1 && $0.name.hasPrefix("Unidentified Armed Group") } == true)
        // What one only means or plans to do is no act.
        #expect(mentions("Protesters plan to storm the parliament building in Lilongwe on Thursday.").allSatisfy { $0.eventType != .riots })
    }

    @Test func anAttemptOnALifeIsAnAttack() {
        let hurt = mentions("The district commissioner was wounded in an apparent attempt to kill him in Zomba on Monday.")
        #expect(hurt.map(\.eventType) == [.violenceAgainstCivilians], "\(hurt.map(\.eventType))")
        let tried = mentions("Gunmen tried to kill the district commissioner in Zomba on Monday.")
        #expect(tried.map(\.eventType) == [.violenceAgainstCivilians], "\(tried.map(\.eventType))")
        // "In an attempt to …" says what another act was for; what is only meant or expected is no act.
        let purpose = mentions("In an attempt to capture the town, rebels shelled Zomba on Monday, killing four people.")
        #expect(purpose.allSatisfy { !$0.trigger.hasPrefix("capture") }, "\(purpose.map(\.trigger))")
        #expect(mentions("Rebels are expected to try to kill the district commissioner in Zomba.").isEmpty)
    }
}

/// ACLED's country list: Hong Kong and Macau are divisions of China.
@Suite("ACLED's countries")
struct ACLEDCountriesTests {
    @Test func hongKongIsADivisionOfChina() {
        let ms = Fixtures.mentions("Police fired tear gas at protesters in Kwun Tong, Hong Kong, on Tuesday.", published: "2024-05-20")
        #expect(ms.first?.location?.place.countryCode == "CN", "\(ms.map { $0.location?.place.countryCode ?? "-" })")
        let g = Fixtures.lexicon.gazetteer
        #expect(g.places(forKey: "hong kong").contains { $0.kind == .admin1 && $0.countryCode == "CN" })
        // ACLED's country names where GeoNames' differ; GeoNames' name still finds the country.
        #expect(g.country(code: "PS")?.name == "Palestine")
        #expect(g.places(forKey: "palestinian territory").contains { $0.kind == .country && $0.countryCode == "PS" })
        #expect(g.country(code: "HK") == nil && g.country(code: "MO") == nil)
    }
}

/// A capture whose subject is left out ("…, but was captured") takes ground only when the sentence opens with a place.
@Suite("Captures with the subject left out")
struct ElidedCaptureTests {
    @Test func aPersonCapturedTakesNoGround() {
        let ms = Fixtures.mentions("The gang leader slipped out of the district disguised as a woman on Monday, but was captured and extradited to Miami.", published: "2024-05-20")
        #expect(!ms.contains { $0.eventType == .battles }, "\(ms.map(\.subEventType))")
        let town = Fixtures.mentions("Kidal was shelled for days and was captured by the rebels on Monday.", published: "2024-05-20")
        #expect(town.contains { $0.subEventType == "Non-state actor overtakes territory" }, "\(town.map(\.subEventType))")
    }
}

/// A place given as the bearing of another ("X, located 250 km northeast of the capital Y") is not where it happened.
@Suite("Bearings")
struct BearingTests {
    @Test func aCapitalGivenAsABearingIsNoScene() {
        let ms = Fixtures.mentions("""
            At least 11 people were killed on Friday in clashes when police tried to evict farmers from a ranch, officials said.

            Farmers march in Harare on June 3, demanding land.

            The minister said the deaths occurred near Chinhoyi, located 115 kilometers (71 miles) northwest of the capital Harare.

            Another official in Chinhoyi said dozens of people had been hurt.
            """, published: "2024-06-14")
        #expect(ms.first?.location?.place.name == "Chinhoyi", "\(ms.map { $0.location?.place.name ?? "-" })")
    }
}

/// A place abroad named once, in passing, is no article's focus while the article names its own country.
@Suite("Focus abroad")
struct FocusAbroadTests {
    @Test func aPlaceAbroadNamedOnceIsNoFocus() {
        let ms = Fixtures.mentions("""
            Mauritanian troops stormed the gas plant on Saturday, ending a four-day siege, officials in Mauritania said.

            At least 20 hostages were killed during the assault, the officials said.

            Aircraft evacuated some survivors to an airbase in Sardinia.
            """, published: "2024-06-14")
        let violent = ms.filter { $0.eventType != .strategicDevelopments }
        #expect(!violent.isEmpty && violent.allSatisfy { $0.location?.place.countryCode == "MR" }, "\(ms.map { $0.location?.place.name ?? "-" })")
    }
}

/// "X put the death toll at N": X states a figure for the event just told; it does no killing.
@Suite("Toll statements")
struct TollStatementTests {
    @Test func whoPutsTheTollAtAFigureStatesIt() {
        let ms = Fixtures.mentions("""
            Gunmen attacked a village near Kaduna on Sunday, killing 12 people, police said.

            The state governor put the death toll at 18.
            """, published: "2024-06-14")
        let restated = ms.first { $0.fatalities?.count == 18 }
        #expect(restated != nil, "\(ms.map { $0.fatalities?.count ?? -1 })")
        #expect(restated?.claimedBy != nil)
        #expect(restated?.eventType == .violenceAgainstCivilians)
        #expect(!ms.contains { $0.actors.contains { $0.role == .actor1 && $0.name.hasPrefix("Military Forces") } }, "\(ms.map(\.actors))")
    }
}

/// "This April 19, 2005, photo shows …": a photo's date is no day of an undated story.
@Suite("Photo dates")
struct PhotoDateTests {
    @Test func aPhotosDateIsNoDayOfTheStory() {
        let ms = Fixtures.mentions("""
            This March 3, 2009, photo released by the company shows the refinery near Skikda.

            Gunmen attacked the refinery on Thursday, killing two guards, officials said.
            """, published: nil)
        let attack = ms.first { $0.fatalities?.count == 2 }
        #expect(attack != nil)
        #expect(attack?.date.date?.year != 2009, "\(ms.map { $0.date.date?.iso ?? "-" })")
    }
}
