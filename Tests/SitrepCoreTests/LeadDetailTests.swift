import Testing
@testable import SitrepCore

/// A lead told without its day or town, and what the sentences after it add; vague counts beside figures. Invented
/// sentences (2024-11-30 is a Saturday).
@Suite("Lead details and vague counts")
struct LeadDetailTests {
    func mentions(_ body: String, published: String = "2024-11-30") -> [Mention] { Fixtures.mentions(body, published: published) }

    @Test func aDaysDefiniteActDatesTheActToldInsteadOfTellingAnother() {
        let ms = mentions("Rebels attacked a village in the Far North region, killing 14 people, officials said. "
                          + "No group has claimed responsibility for Tuesday's raid.")
        #expect(ms.count == 1, "\(ms.map(\.trigger))")
        #expect(ms.first?.date.date?.iso == "2024-11-26" && ms.first?.date.precision == .day)
        // The next sentence, continuing the lead, places it in a village of its area; history told in between
        // ("fighting since 2015") is passed over, and the day dates the lead.
        let history = mentions("Rebels have killed 14 people in the Far North region, officials said. "
                               + "Witnesses said the assailants attacked Nkolbo village. The region has seen fighting since 2015. "
                               + "No group has claimed responsibility for Tuesday's raids.")
        #expect(history.count == 1 && history.allSatisfy { $0.date.date?.iso == "2024-11-26" && $0.location?.place.name == "Nkolbo" },
                "\(history.map { ($0.trigger, $0.date, $0.location?.place.name ?? "-") })")
        // An act with a day of its own is another event: the day's act is then told apart.
        let two = mentions("Rebels attacked a village in the Far North region on Friday, killing 14 people. "
                           + "Tuesday's raid on a market had left three dead.")
        #expect(two.contains { $0.date.date?.iso == "2024-11-29" })
    }

    @Test func aBareAttackWordWithTheSentencesOnlyDayDatesAndPlacesTheActTold() {
        let body = "Gunmen killed 40 people in two villages in Mopti region, the mayor said on Friday. "
            + "The attacks on the villages of Kessoro and Dombara on Thursday were carried out by men on motorcycles."
        let ms = mentions(body)
        #expect(ms.count == 1, "\(ms.map(\.trigger))")
        #expect(ms.first?.date.date?.iso == "2024-11-28" && ms.first?.location?.place.name == "Kessoro",
                "\(ms.map { ($0.date, $0.location?.place.name ?? "-") })")
        // A day after the one the source spoke on is not the act's: the lead keeps its day.
        let later = mentions("Gunmen killed 40 people in two villages in Mopti region, the mayor said on Thursday. "
                             + "The attacks on Friday were carried out by men on motorcycles.")
        #expect(later.first?.date.date?.iso == "2024-11-28", "\(later.map(\.date))")
    }

    @Test func aLowercaseWeekdayAfterItsPrepositionOrBeforeAPartOfTheDayIsADate() {
        let night = mentions("At least nine soldiers were killed in an ambush in Mopti region on saturday night.")
        #expect(night.first?.date.date?.iso == "2024-11-30", "\(night.map(\.date))")
        let last = mentions("Gunmen killed four farmers near Mopti last friday.")
        #expect(last.first?.date.date?.iso == "2024-11-29", "\(last.map(\.date))")
        let evening = mentions("Gunmen killed four farmers near Mopti last evening.")
        #expect(evening.first?.date.date?.iso == "2024-11-29", "\(evening.map(\.date))")
        // A weekday word on its own in lowercase is no date.
        let bare = mentions("Gunmen killed four farmers near Mopti, the sunday paper said.")
        #expect(bare.first?.date.precision != .day)
    }

    @Test func theNameBeforeVillageIsTheVillageUnlessOfFollows() {
        let named = mentions("Gunmen attacked the Nkolbo village in the Far North region on Monday, killing five.")
        #expect(named.first?.location?.place.name == "Nkolbo", "\(named.map { $0.location?.place.name ?? "-" })")
        let region = mentions("Gunmen attacked the Kessoro village of Dombara in the Far North region on Monday, killing five.")
        #expect(region.first?.location?.place.name != "Kessoro", "\(region.map { $0.location?.place.name ?? "-" })")
    }

    @Test func theNextSentencesTownAndDayPlaceAndDateTheLead() {
        let ms = mentions("Several people are feared dead after gunmen raided a village in the Far North region. "
                          + "The gunmen attacked Nkolbo village early Monday, a resident said.")
        #expect(ms.count == 2)
        #expect(ms.allSatisfy { $0.location?.place.name == "Nkolbo" && $0.date.date?.iso == "2024-11-25" },
                "\(ms.map { ($0.location?.place.name ?? "-", $0.date) })")
    }

    @Test func anotherActAfterTheLeadDoesNotPlaceIt() {
        // Set apart ("Separately, …"), or a lower toll than the lead's: another act, not the lead's details.
        for second in ["Separately, gunmen killed two farmers in Nkolbo village on Monday.",
                       "Gunmen killed two farmers in Nkolbo village on Monday."] {
            let ms = mentions("Gunmen have killed 14 people in the Far North region, officials said. " + second)
            let lead = ms.first { $0.fatalities?.count == 14 }
            #expect(lead?.location?.place.name == "Far North", "\(second): \(ms.map { $0.location?.place.name ?? "-" })")
        }
    }

    @Test func aDefiniteActPlacedInAVillageTheGazetteerLacksPlacesTheLead() {
        let ms = mentions("Eleven soldiers were killed in an attack on an army post in central Mopti region on Sunday. "
                          + "The attack took place in the village of Kessoro.")
        #expect(ms.first?.location?.place.name == "Kessoro", "\(ms.map { $0.location?.place.name ?? "-" })")
        #expect(ms.first?.location?.place.countryCode == "ML")
    }

    @Test func aVagueCountIsAFloorNotAFigure() {
        let a = Fixtures.document("Several people were killed when gunmen raided Nkolbo village in the Far North region on Monday.",
                                  id: "a", outlet: "One")
        let b = Fixtures.document("Gunmen killed 25 people in Nkolbo village in the Far North region on Monday, police said.",
                                  id: "b", outlet: "Two")
        let analysis = Pipeline(lexicon: Fixtures.lexicon).analyse(documents: [a, b])
        let e = analysis.events.first { $0.mentions.count == 2 }
        #expect(e?.fatalities?.best == 25, "\(analysis.events.map(\.fatalities))")
        #expect(!analysis.disagreements.contains { $0.field == .fatalities }, "several does not contradict 25")
        let told = mentions("Hundreds of people were killed in Mopti region on Monday.").first?.fatalities
        #expect(told?.figure == "hundreds" && told?.isVague == true)
        #expect(FatalityCount(count: 12, qualifier: "at least").isVague == false)
        // Two vague counts that differ are still told apart as a disagreement.
        let c = Fixtures.document("Dozens of people were killed when gunmen raided Nkolbo village in the Far North region on Monday.",
                                  id: "c", outlet: "Three")
        let vague = Pipeline(lexicon: Fixtures.lexicon).analyse(documents: [a, c])
        #expect(vague.disagreements.contains { $0.field == .fatalities }, "\(vague.events.map { ($0.fatalities, $0.mentions.map(\.fatalities)) })")
    }

    @Test func aStrikeWithoutItsStrikerIsTheLastStrikersThatStruckInItsCountry() {
        let ms = mentions("Hezbollah fired rockets at Metula on Thursday, killing two farmers. "
                          + "Israeli jets struck villages in southern Lebanon on Thursday. "
                          + "Later, four workers were killed by rocket fire near Kiryat Shmona.")
        let last = ms.first { $0.location?.place.countryCode == "IL" && $0.fatalities?.count == 4 }
        #expect(last?.actors.first { $0.role == .actor1 }?.name == "Hezbollah", "\(ms.map { ($0.location?.place.name ?? "-", $0.actors.map(\.name)) })")
    }

    @Test func whoDetectedTheProjectilesDidNotFireThem() {
        let ms = mentions("The army detected two projectiles crossing from Lebanon and falling near Metula on Thursday morning.")
        #expect(ms.count == 1 && ms.allSatisfy { m in !m.actors.contains { $0.name.hasPrefix("Military Forces") } },
                "\(ms.map { $0.actors.map(\.name) })")
    }

    @Test func whoseOfficialWasKilledDidNotKillHim() {
        for body in ["The Taliban's refugee minister was killed in a suicide bombing in Kabul on Wednesday.",
                     "The Taliban's refugee minister, Amir Khan, was killed in a suicide bombing in Kabul on Wednesday."] {
            let m = mentions(body, published: "2024-12-12").first
            #expect(m?.actors.first { $0.role == .actor1 }?.name.hasPrefix("Unidentified Armed Group") == true, "\(body): \(m?.actors ?? [])")
            #expect(m?.actors.contains { $0.name == "Taliban" && $0.role == .actor2 } == true)
        }
    }

    @Test func aBombingNoOneIsSaidToHaveCarriedOutIsAnUnidentifiedGroups() {
        let m = mentions("A roadside bomb killed three soldiers near Mopti on Monday.").first
        #expect(m?.eventType == .explosions && m?.actors.first { $0.role == .actor1 }?.name == "Unidentified Armed Group (Mali)",
                "\(m?.actors ?? [])")
        // An air strike without its striker stays without one: aircraft are a state's or a foreign force's.
        let strike = mentions("An air strike killed three people near Mopti on Monday.").first
        #expect(strike?.actors.contains { $0.role == .actor1 } != true, "\(strike?.actors ?? [])")
    }

    @Test func theKillingsOccurredOnADayDatesTheKillingToldBefore() {
        let ms = mentions("At least 14 civilians have been killed while fleeing Mopti, a rights group said. "
                          + "The group said on Friday that the killings occurred on Wednesday during an attack by militants.")
        let lead = ms.first { $0.fatalities?.count == 14 }
        #expect(lead?.date.date?.iso == "2024-11-27" && lead?.date.precision == .day, "\(ms.map { ($0.trigger, $0.date) })")
    }
}
