import Testing
@testable import SitrepCore

/// Names that are no scene (a sports club, the side after "anti-", a demonym before "city"), football crowds, a
/// person's assault, a South Asian "encounter" and a suspect's surrender (invented sentences).
@Suite("Clubs, crowds and surrenders")
struct ClubsCrowdsAndSurrendersTests {
    @Test func aDemonymBeforeASettlementWordIsNoTown() {
        let m = Fixtures.mentions("Three people were killed in an attack in the western German city of Passau on Friday.").first
        #expect(m?.location?.place.name == "Passau", "\(String(describing: m?.location?.place.name))")
    }

    @Test func aClubNamedAsOpponentOrByItsFansIsNoPlace() {
        for body in ["Hooligans attacked fans after a match against Leeds on Friday.",
                     "Hooligans attacked Leeds supporters on Friday."] {
            let m = Fixtures.mentions(body).first
            #expect(m != nil && m?.location == nil, "\(body): \(String(describing: m?.location?.place.name))")
        }
        // The town where it happened is still found.
        let m = Fixtures.mentions("Hooligans attacked fans in Kumasi after a match against Leeds on Friday.").first
        #expect(m?.location?.place.name == "Kumasi")
    }

    @Test func theSideAfterAntiOrProIsNoPlace() {
        let m = Fixtures.mentions("Rioters chanting anti-Moscow slogans torched cars on Friday.").first
        #expect(m != nil && m?.location == nil, "\(String(describing: m?.location?.place.name))")
    }

    @Test func hooligansAttackingFansAreMobViolence() {
        let m = Fixtures.mentions("Hooligans attacked visiting fans in Kumasi on Friday.").first
        #expect(m?.eventType == .riots && m?.subEventType == "Mob violence", "\(String(describing: m?.subEventType))")
    }

    @Test func aSeriousAssaultOnAPersonIsAnAttackNotABattle() {
        let m = Fixtures.mentions("Police received reports of a serious assault near a school in Kumasi on Friday.").first
        #expect(m?.eventType == .violenceAgainstCivilians, "\(String(describing: m?.eventType))")
        // An armed group's assault on a base stays a battle.
        let base = Fixtures.mentions("Rebels launched a violent assault on the army base in Kidal on Friday.").first
        #expect(base?.eventType == .battles)
    }

    @Test func anEncounterBetweenForcesIsAFight() {
        let m = Fixtures.mentions("An encounter broke out between soldiers and rebels near Kidal on Friday.").first
        #expect(m?.eventType == .battles, "\(String(describing: m?.eventType))")
        let killed = Fixtures.mentions("Two rebels were killed in an encounter with police near Kidal on Friday.").first
        #expect(killed?.eventType == .battles && killed?.fatalities?.count == 2)
        #expect(Fixtures.mentions("The minister had a chance encounter with voters in Kidal on Friday.").isEmpty)
    }

    @Test func aSuspectTurningHimselfInIsAnArrest() {
        for body in ["A 30-year-old man turned himself in to police in Kumasi on Friday.",
                     "The suspect handed himself over to police in Kumasi on Friday."] {
            let m = Fixtures.mentions(body).first
            #expect(m?.subEventType == "Arrests", "\(body): \(String(describing: m?.subEventType))")
        }
    }

    @Test func partySupportersAttackingAreACrowd() {
        for body in ["Ruling party supporters attacked the opposition camp in Kumasi on Friday.",
                     "KANU supporters attacked the opposition camp in Kumasi on Friday."] {
            let m = Fixtures.mentions(body).first
            #expect(m?.eventType == .riots, "\(body): \(String(describing: m?.eventType))")
        }
        // "terrorists and their supporters": no crowd.
        let m = Fixtures.mentions("Terrorists and their supporters were arrested in Kumasi on Friday.").first
        #expect(m?.actors.contains { $0.name.hasPrefix("Protesters") } == false)
    }

    @Test func aClashBetweenPoliceAndYouthsIsARiot() {
        let m = Fixtures.mentions("On Friday night, violent clashes broke out between youths and police in Kumasi.").first
        #expect(m?.eventType == .riots, "\(String(describing: m?.eventType))")
        let battle = Fixtures.mentions("Soldiers clashed with rebels near Kidal on Friday.").first
        #expect(battle?.eventType == .battles)
    }

    @Test func firingAtOrAttackingAPlaceOfWorshipIsAnAttackOnCivilians() {
        for body in ["Gunmen attacked a synagogue in Kumasi on Friday.",
                     "Gunmen opened fire at a mosque in Kumasi on Friday.",
                     "Gunmen opened fire on places of worship in Kumasi on Friday.",
                     "In Kumasi, both a synagogue and a church were attacked on Friday."] {
            let m = Fixtures.mentions(body).first
            #expect(m?.eventType == .violenceAgainstCivilians, "\(body): \(String(describing: m?.eventType))")
        }
        let base = Fixtures.mentions("Rebels attacked the army base near Kidal on Friday.").first
        #expect(base?.eventType == .battles)
    }

    @Test func arrestsOfPeopleOfDifferentAgesAreTwoArrests() {
        let pipeline = Pipeline(lexicon: Fixtures.lexicon)
        func arrests(_ second: String) -> Int {
            let docs = [Fixtures.document("A 26-year-old man turned himself in to police in Kumasi on Sunday.", id: "a", published: "2024-05-20", outlet: "A"),
                        Fixtures.document(second, id: "b", published: "2024-05-20", outlet: "B")]
            return pipeline.analyse(documents: docs).events.filter { $0.subEventType == "Arrests" }.count
        }
        #expect(arrests("A 15-year-old boy was arrested in Kumasi on Sunday.") == 2)
        #expect(arrests("A 26-year-old man was arrested in Kumasi on Sunday.") == 1)
    }

    @Test func stAndSaintSpellTheSameTown() {
        for body in ["A blast hit a metro train in St Petersburg on Monday, killing 11 people.",
                     "A blast hit a metro train in St. Petersburg on Monday, killing 11 people."] {
            let m = Fixtures.mentions(body).first
            #expect(m?.location?.place.countryCode == "RU", "\(body): \(String(describing: m?.location?.place.country))")
        }
    }

    @Test func countriesAreNamedAsACLEDNamesThem() {
        let m = Fixtures.mentions("Gunmen killed three people in Brno on Monday.").first
        #expect(m?.location?.place.country == "Czech Republic", "\(String(describing: m?.location?.place.country))")
    }

    @Test func anIslamistExtremistIsAnArmedActorAndALockdownAheadNoEvent() {
        let ms = Fixtures.mentions("An Islamic extremist rampaged through a Kumasi district hours ahead of a coronavirus lockdown on "
                                   + "Monday, leaving four people dead.")
        #expect(ms.count == 1 && ms.first?.eventType == .violenceAgainstCivilians, "\(ms.map(\.subEventType))")
        #expect(ms.first?.actors.first { $0.role == .actor1 }?.name.hasPrefix("Jihadists") == true)
    }

    @Test func aStockPhotoCreditLineIsNoEvent() {
        let body = "Police Respond To Shooting At Kumasi High School Kofi Mensah/Unsplash.\n\nThe minister spoke on Monday."
        #expect(Fixtures.mentions(body).isEmpty, "\(Fixtures.mentions(body).map(\.quote))")
    }

    @Test func whatBefellTheAttackerAfterwardsTakesNoPartInTheAttack() {
        for body in ["A gunman attacked a bar in Kumasi on Friday, leaving four people dead before being killed by police.",
                     "A gunman attacked a bar in Kumasi on Friday, leaving four people dead before being arrested by police."] {
            let attack = Fixtures.mentions(body).first { $0.eventType == .violenceAgainstCivilians }
            let actor1 = attack?.actors.first { $0.role == .actor1 }?.name ?? "none"
            #expect(actor1.hasPrefix("Unidentified Attacker"), "\(body): \(actor1)")
        }
    }

    @Test func aPlaceStruckByTragedyIsNoStrike() {
        #expect(Fixtures.mentions("Kumasi was struck by a horrifying incident on Friday.").isEmpty)
        let m = Fixtures.mentions("The village was struck by a drone on Friday, killing four people.").first
        #expect(m?.subEventType == "Air/drone strike")
    }

    @Test func whereSomeoneFledToIsNoScene() {
        let body = "Soldiers were deployed in Kumasi on Thursday.\n\nThe prime minister fled to Togo on Friday after troops seized police stations."
        let m = Fixtures.mentions(body).first { $0.quote.contains("fled") }
        #expect(m?.location?.place.countryCode == "GH", "\(String(describing: m?.location?.place.name))")
        let taken = Fixtures.mentions("Gunmen attacked Tamale on Friday and the wounded were taken to Kumasi.").first
        #expect(taken?.location?.place.name == "Tamale", "\(String(describing: taken?.location?.place.name))")
    }

    @Test func seizingABuildingOfTheStateIsAFightNotGround() {
        let m = Fixtures.mentions("Troops seized police stations in Kumasi on Friday in a coup attempt.").first
        #expect(m?.eventType == .battles && m?.subEventType == "Armed clash", "\(String(describing: m?.subEventType))")
        let town = Fixtures.mentions("Rebels seized the town of Kidal on Friday.").first
        #expect(town?.subEventType == "Non-state actor overtakes territory")
    }

    @Test func whoRespondsToAnActDidNotCommitIt() {
        for body in ["Kumasi police swiftly responded to the tragic shooting of two fans in Kumasi on Friday.",
                     "Police are investigating the shooting of two fans in Kumasi on Friday."] {
            let m = Fixtures.mentions(body).first
            let actor1 = m?.actors.first { $0.role == .actor1 }?.name ?? "none"
            #expect(m != nil && !actor1.hasPrefix("Police"), "\(body): \(actor1)")
        }
    }

    @Test func andBeforeAnOpenerStartsAClauseOfItsOwn() {
        let body = "Protests in Kumasi have continued since the police shooting of a man on Sunday and as of Tuesday night, two people "
            + "have been killed in the unrest."
        let killing = Fixtures.mentions(body, published: "2024-05-22").first { $0.quote.contains("two people") }
        #expect(killing != nil && killing?.quote.contains("police shooting") == false, "\(String(describing: killing?.quote))")
    }
}
