import Testing
@testable import SitrepCore

@Suite("Merging and disagreements")
struct ConsolidationTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)

    func analyse(_ docs: [(String, String, String)]) -> Analysis {
        pipeline.analyse(documents: docs.map { Fixtures.document($0.2, id: $0.0, published: $0.1, outlet: $0.0.uppercased()) })
    }

    @Test func sameStrikeFromTwoOutletsMergesAndTheTollIsDisputed() {
        let a = analyse([
            ("a", "2024-12-01", "The White Helmets said at least four people were killed on Sunday in airstrikes on Idlib city."),
            ("b", "2024-12-01", "This Sunday, warplanes launched heavy airstrikes on Idlib, where at least eight civilians were killed, rescuers said."),
        ])
        let strikes = a.events.filter { $0.subEventType == "Air/drone strike" }
        #expect(strikes.count == 1)
        #expect(strikes.first?.sourceDocs == ["a", "b"])
        #expect(strikes.first?.fatalities.map { ($0.low, $0.best, $0.high) } ?? (0, 0, 0) == (4, 4, 8))
        #expect(a.disagreements.contains { $0.field == .fatalities && Set($0.claims.map(\.doc)) == ["a", "b"] })
    }

    @Test func lookAlikeEventsStayApart() {
        let a = analyse([
            ("a", "2024-11-30", "As airstrikes intensified on Saturday, rescuers in Idlib reported that four civilians were killed."),
            ("b", "2024-11-30", "State media said shelling by rebels killed four civilians at a student residence in Aleppo on Saturday."),
        ])
        #expect(a.events.allSatisfy { $0.sourceDocs.count == 1 }, "an Idlib airstrike and Aleppo shelling are two events")
    }

    @Test func oneArticlesTwoTollsAreTwoEvents() {
        let a = analyse([("a", "2024-07-14", "Israeli airstrikes killed at least 20 people across the Gaza Strip on Sunday, health officials said. Earlier, a strike on a home in Khan Younis killed eight members of one family.")])
        #expect(a.events.filter { $0.eventType == .explosions }.count == 2)
    }

    @Test func strikesOnDifferentDaysStayApart() {
        let a = analyse([
            ("a", "2024-11-30", "Airstrikes on Idlib killed four civilians on Saturday, rescuers said."),
            ("b", "2024-12-01", "Airstrikes on Idlib killed eight civilians on Sunday, rescuers said."),
        ])
        #expect(a.events.filter { $0.eventType == .explosions }.count == 2)
    }

    @Test func captureReportedOnDifferentDaysIsOneEventWithADateDispute() {
        let a = analyse([
            ("a", "2024-11-30", "Rebel forces led by Hayat Tahrir al-Sham stormed Aleppo on Saturday."),
            ("b", "2024-11-30", "By Friday, the jihadist fighters had entered the western districts of Aleppo."),
        ])
        let capture = a.events.filter { $0.eventType == .battles && $0.sourceDocs.count == 2 }
        #expect(capture.count == 1)
        #expect(a.disagreements.contains { $0.field == .date })
    }

    @Test func assertionAgainstDenialIsAClaimDisagreement() {
        let a = analyse([
            ("a", "2024-11-30", "On Friday, state-run TV claimed that rebel forces had not entered the city of Aleppo."),
            ("b", "2024-11-30", "By Friday, rebel fighters had entered the western districts of Aleppo, residents said."),
        ])
        #expect(a.disagreements.contains { $0.field == .claim && Set($0.claims.map(\.doc)) == ["a", "b"] })
    }

    @Test func aClaimOfResponsibilityAgainstNoClaimIsADisagreement() {
        let a = analyse([
            ("a", "2025-03-03", "Gunmen killed 20 villagers in Kaya on Saturday. The attack has not been claimed by any group."),
            ("b", "2025-03-03", "Gunmen killed 20 villagers in Kaya on Saturday. JNIM claimed responsibility for the attack."),
        ])
        let d = a.disagreements.first { $0.field == .claim }
        #expect(d.map { Set($0.claims.map(\.doc)) } == ["a", "b"] && d?.summary.contains("anyone claimed it") == true,
                "\(a.disagreements.map(\.summary))")
    }

    @Test func anotherFigureAQuotedSourceGivesDisputesTheTollOfTheSameEvent() {
        let a = analyse([("a", "2025-03-06", "Police fired live rounds at crowds outside the assembly in Kisumu on Tuesday, killing five "
                          + "protesters. A paramedic said at least 10 had been shot dead.")])
        #expect(a.events.count == 1, "\(a.events.map(\.summary))")
        let d = a.disagreements.first { $0.field == .fatalities }
        #expect(d?.claims.count == 2 && d?.claims.contains { $0.claimedBy == "paramedic" } == true, "\(a.disagreements.map(\.summary))")
        #expect(a.events.first?.fatalities.map { ($0.low, $0.best, $0.high) } ?? (0, 0, 0) == (5, 5, 10))
    }

    @Test func whoWasHitCiviliansOrFightersIsADisagreement() {
        let a = analyse([
            ("a", "2024-08-21", "An airstrike on a school in Gaza City killed 12 displaced civilians on Tuesday, rescuers said."),
            ("b", "2024-08-21", "An airstrike on a school in Gaza City killed 12 Hamas militants on Tuesday, the army said."),
        ])
        let d = a.disagreements.first { $0.field == .actor && $0.claims.contains { $0.value.hasPrefix("hit ") } }
        #expect(d.map { Set($0.claims.map(\.doc)) } == ["a", "b"], "\(a.disagreements.map(\.summary))")
    }

    @Test func twoNamedSchoolsAreTwoEvents() {
        let apart = analyse([
            ("a", "2024-08-11", "An airstrike hit the Al-Amal School in Khan Younis on Saturday, killing ten people."),
            ("b", "2024-08-11", "An airstrike hit the Al-Nour School in Khan Younis on Saturday, killing ten people."),
        ])
        #expect(apart.events.filter { $0.eventType == .explosions }.count == 2, "\(apart.events.map(\.summary))")
        let same = analyse([
            ("a", "2024-08-11", "An airstrike hit the Al-Amal School in Khan Younis on Saturday, killing ten people."),
            ("b", "2024-08-11", "Warplanes struck the Al-Amal school in Khan Younis on Saturday, killing ten people."),
        ])
        #expect(same.events.filter { $0.eventType == .explosions }.count == 1, "\(same.events.map(\.summary))")
    }

    @Test func eventIDsAreStableAndOutputDeterministic() throws {
        let docs: [(String, String, String)] = [("a", "2024-11-30", "Rebels stormed Aleppo on Saturday."),
                                               ("b", "2024-11-30", "Rebels took Saraqib on Friday, residents said.")]
        let x = try JSONExport.data(analyse(docs), generator: "t"), y = try JSONExport.data(analyse(docs.reversed()), generator: "t")
        #expect(x == y)
    }

    @Test func eventIDsAreUniqueEvenWhenOneSentenceReportsTwoEvents() {
        let a = analyse([("a", "2024-12-01", "Rebels stormed Aleppo on Sunday as warplanes struck Idlib city, killing four civilians."),
                         ("b", "2024-12-01", "Airstrikes on Idlib city killed eight on Sunday, and rebels captured Aleppo, witnesses said.")])
        #expect(a.events.count >= 2)
        #expect(Set(a.events.map(\.id)).count == a.events.count)
    }

    @Test func aPerpetratorOneSourceNamesOutweighsUnnamedGunmen() {
        let a = analyse([
            ("a", "2025-03-06", "Gunmen killed nine villagers in Konduga on Tuesday, residents said."),
            ("b", "2025-03-06", "Armed men killed nine villagers in Konduga on Tuesday, police said."),
            ("c", "2025-03-07", "ISWAP fighters killed nine villagers in Konduga on Tuesday, a local official said."),
        ])
        let killing = a.events.first { $0.sourceDocs == ["a", "b", "c"] }
        #expect(killing?.actors.first { $0.role == .actor1 }?.name == "ISWAP: Islamic State West Africa Province")
        #expect(killing?.actors.contains { $0.role == .assocActor1 && $0.name.hasPrefix("Unidentified Armed Group") } == true)
    }

    @Test func anArticlesSecondStrikeIsAnotherEvent() {
        let a = analyse([("a", "2025-05-09", "Kosti was hit by a drone attack on Thursday evening, officials said. "
                          + "Earlier on Thursday, Kosti had faced a similar drone attack, with no casualties.")])
        #expect(a.events.filter { $0.subEventType == "Air/drone strike" }.count == 2, "\(a.events.map(\.summary))")
    }

    @Test func parallelExtractionEqualsSerial() throws {
        let docs = (0..<12).map { Fixtures.document("Rebels stormed Aleppo on Saturday and shelled Idlib on Friday.", id: "d\($0)") }
        let one = try JSONExport.data(pipeline.analyse(documents: docs, workers: 1), generator: "t")
        let two = try JSONExport.data(pipeline.analyse(documents: docs, workers: 2), generator: "t")
        #expect(one == two)
    }

    /// Consolidation and disagreement checks run in parallel too: many events, several of them disputed.
    @Test func parallelMergeAndDisagreementsEqualSerial() throws {
        let sentences = ["Airstrikes on Idlib killed 4 civilians on Saturday.", "Airstrikes on Idlib killed 7 civilians on Saturday.",
                         "Rebels stormed Aleppo on Friday.", "Rebels stormed Aleppo on Saturday.",
                         "Shelling of Hama killed 3 people on Sunday.", "Shelling of Hama killed 5 people on Sunday.",
                         "Protesters gathered in Homs on Thursday.", "A drone strike hit Saraqib on Wednesday, killing two."]
        let docs = (0..<40).map { Fixtures.document(sentences[$0 % sentences.count] + " " + sentences[($0 * 3 + 1) % sentences.count], id: "p\($0)") }
        let serial = pipeline.analyse(documents: docs, workers: 1)
        #expect(serial.events.count >= 4 && !serial.disagreements.isEmpty)
        #expect(try JSONExport.data(serial, generator: "t") == JSONExport.data(pipeline.analyse(documents: docs, workers: 2), generator: "t"))
    }
}

/// The overlap index behind campaign tolls finds exactly what a scan with `EventDate.overlaps` finds.
@Suite struct OverlapIndexTests {
    @Test func findsWhatAFullScanFinds() {
        var x: UInt64 = 11
        func next(_ bound: Int) -> Int { x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int((x >> 33) % UInt64(bound)) }
        let base = CalendarDate(year: 2024, month: 1, day: 1)!
        func randomDate() -> EventDate {
            switch next(4) {
            case 0: return .unknown
            case 1: return .day(base.adding(days: next(60)))
            default:
                let a = base.adding(days: next(60))
                return EventDate(date: a, earliest: a, latest: a.adding(days: next(2) == 0 ? 6 : 30), precision: .week)
            }
        }
        let dates = (0..<200).map { _ in randomDate() }
        let index = OverlapIndex(dates.enumerated().map { ($0.offset, $0.element) })
        for _ in 0..<300 {
            let q = randomDate()
            #expect(index.overlapping(q) == dates.indices.filter { dates[$0].overlaps(q) })
        }
    }
}

/// The cluster index finds a cluster on the days it was registered on, including after its dates widen past the
/// 400-day cap and leave a gap.
@Suite struct ClusterIndexTests {
    static func mention(_ date: EventDate) -> Mention {
        Mention(doc: "d", span: ByteSpan(0, 1), quote: "q", trigger: "clashes", eventType: .battles,
                subEventType: "Armed clash", date: date, location: nil, actors: [], fatalities: nil, claimedBy: nil)
    }

    @Test func candidatesFollowTheRegisteredDays() {
        let a = CalendarDate(year: 2020, month: 1, day: 1)!
        let wide = EventDate(date: a, earliest: a, latest: a.adding(days: 1000), precision: .year)
        let cluster = Cluster(Self.mention(wide), index: 0)
        var index = ClusterIndex()
        index.register(0, cluster)
        #expect(index.candidates(for: Self.mention(.day(a.adding(days: 100))), window: 0) == [0])
        #expect(index.candidates(for: Self.mention(.day(a.adding(days: 500))), window: 0).isEmpty, "past the cap")
        // A mention far earlier that does not overlap widens the cluster: its new first 400 days lie before the old ones.
        let early = a.adding(days: -1200)
        cluster.add(Self.mention(.day(early)), index: 1)
        index.register(0, cluster)
        #expect(index.candidates(for: Self.mention(.day(early.adding(days: 10))), window: 0) == [0])
        #expect(index.candidates(for: Self.mention(.day(a.adding(days: -300))), window: 0).isEmpty, "the gap stays unregistered")
        #expect(index.candidates(for: Self.mention(.day(a.adding(days: 100))), window: 0) == [0])
        // A mention inside the interval narrows it to a day in the gap: that day must be registered now.
        let inGap = a.adding(days: -500)
        cluster.add(Self.mention(.day(inGap)), index: 2)
        index.register(0, cluster)
        #expect(index.candidates(for: Self.mention(.day(inGap)), window: 0) == [0])
    }
}

@Suite("Counts that are not deaths")
struct PeopleCountConsolidationTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)

    @Test func outletsDisagreeingOnHowManyWereWoundedIsAWoundedDisagreement() {
        let a = pipeline.analyse(documents: [
            Fixtures.document("Rioters threw bricks at police in Harwich on Monday night; 12 officers were injured.", id: "a",
                              published: "2024-03-05", outlet: "A"),
            Fixtures.document("In Harwich, a riot broke out on Monday night, and 31 police officers were injured, the ambulance service said.",
                              id: "b", published: "2024-03-05", outlet: "B"),
        ])
        let riot = a.events.first { $0.eventType == .riots }
        #expect(riot?.sourceDocs == ["a", "b"], "\(a.events.map(\.summary))")
        #expect(riot?.counts.map { ($0.kind, $0.range.low, $0.range.high) }.first.map { $0 == (.wounded, 12, 31) } == true)
        #expect(a.disagreements.contains { $0.field == .wounded && Set($0.claims.map(\.doc)) == ["a", "b"] },
                "\(a.disagreements.map(\.summary))")
    }

    @Test func anUnknownTollIsEmptyInTheCSV() throws {
        let a = pipeline.analyse(documents: [
            Fixtures.document("Protesters marched through Harwich on Monday.", id: "a", published: "2024-03-05", outlet: "A"),
        ])
        let row = try #require(a.events.first.map { CSVExport.row($0, outlets: [:]) })
        #expect(Array(row.suffix(5)) == ["", "", "", "1", ""], "\(row)")
    }
}

@Suite("Who the side that struck says it hit")
struct ArmedTargetClaimTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)

    @Test func theStrikersClaimOfAnArmedTargetDisputesCivilianVictims() {
        let a = pipeline.analyse(documents: [
            Fixtures.document("""
            An airstrike hit a school sheltering displaced families in Khan Younis on Monday, killing nine civilians, rescuers said.

            The Israeli army said the school was targeted because Hamas militants used it as a command centre.
            """, id: "a", published: "2024-03-05", outlet: "A"),
        ])
        let strike = a.events.first { $0.eventType == .explosions }
        #expect(strike?.mentions.count == 2, "\(a.events.map(\.summary))")
        let d = a.disagreements.first { $0.field == .actor && $0.claims.contains { $0.value.hasPrefix("hit ") } }
        #expect(d?.claims.contains { $0.quote.contains("command centre") } == true, "\(a.disagreements.map(\.summary))")
    }

    @Test func aSentenceWithoutAReferenceBackOrAStrikingSpeakerIsNoSuchClaim() {
        let a = pipeline.analyse(documents: [
            Fixtures.document("""
            An airstrike hit a school sheltering displaced families in Khan Younis on Monday, killing nine civilians, rescuers said.

            Residents said Hamas militants had left the area weeks ago.
            """, id: "a", published: "2024-03-05", outlet: "A"),
        ])
        #expect(a.events.first { $0.eventType == .explosions }?.mentions.count == 1, "\(a.events.map { $0.mentions.map(\.quote) })")
    }
}

@Suite("Villages the gazetteer lacks")
struct UnresolvedVillageTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)

    @Test func twoVillagesNamedDifferentlyAreTwoEvents() {
        let a = pipeline.analyse(documents: [
            Fixtures.document("""
            Gunmen killed five people on Monday in Mopti region, officials said.

            Three of the victims were farmers from Kalobougou village, who were shot dead in their fields on Monday.

            Two herders were shot dead near Sirakoro village on Monday.
            """, id: "a", published: "2024-06-18", outlet: "A"),
        ])
        let kalo = a.events.first { $0.mentions.contains { $0.quote.contains("Kalobougou") } }
        #expect(kalo != nil && !(kalo!.mentions.contains { $0.quote.contains("Sirakoro") }), "\(a.events.map { $0.mentions.map(\.quote) })")
    }
}

@Suite("A toll a source revised")
struct RevisedTollTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)

    /// The ministry's first telling of a strike (Monday, 5 dead) and `laterTelling`, published the next day.
    func analyseStrike(laterTelling: String) -> (Analysis, Event?) {
        let a = pipeline.analyse(documents: [
            Fixtures.document("An airstrike on a market in Kassala killed at least 5 people on Monday, the health ministry said.",
                              id: "a", published: "2024-03-04", outlet: "A"),
            Fixtures.document(laterTelling, id: "b", published: "2024-03-05", outlet: "B"),
        ])
        return (a, a.events.first { $0.eventType == .explosions })
    }

    @Test func aSourcesLaterFigureIsTheBestAndTheHistoryReadsInOrder() {
        let (a, strike) = analyseStrike(laterTelling: "The toll of Monday's airstrike on a market in Kassala rose to 9 dead, the health ministry said on Tuesday.")
        #expect(strike?.fatalities.map { ($0.low, $0.best, $0.high) } ?? (0, 0, 0) == (5, 9, 9), "\(String(describing: strike?.fatalities))")
        let d = a.disagreements.first { $0.field == .fatalities }
        #expect(d?.summary.contains("at least 5 killed (Ministry of Health of Sudan, Mon 4 Mar 2024) → 9 killed") == true
                || d?.summary.contains("→") == true, "\(String(describing: d?.summary))")
    }

    @Test func twoSourcesKeepTheMostConservativeFigure() {
        let (_, strike) = analyseStrike(laterTelling: "An airstrike on a market in Kassala killed 9 people on Monday, local activists said.")
        #expect(strike?.fatalities.map { ($0.low, $0.best, $0.high) } ?? (0, 0, 0) == (5, 5, 9), "\(String(describing: strike?.fatalities))")
    }
}

@Suite("Who leads a change of territory")
struct TerritoryLeadTests {
    @Test func theTakerOfTheSubEventsKindLeads() {
        let voted = [ActorRef(name: "Military Forces of Mali", role: .actor1, inter: 1),
                     ActorRef(name: "JNIM: Jama'at Nusrat al-Islam wal-Muslimin", role: .assocActor1, inter: 2)]
        let out = EventConsolidator.takerLeads(voted, subEventType: "Non-state actor overtakes territory")
        #expect(out.first { $0.role == .actor1 }?.inter == 2 && out.contains { $0.role == .assocActor1 && $0.inter == 1 })
        // Already right, or no one of the right kind: unchanged.
        #expect(EventConsolidator.takerLeads(voted, subEventType: "Government regains territory") == voted)
        #expect(EventConsolidator.takerLeads(Array(voted.prefix(1)), subEventType: "Non-state actor overtakes territory") == Array(voted.prefix(1)))
    }

    @Test func aNameMostTellingsGiveAsTheTargetDoesNotBecomeThePerpetrator() {
        let unknown = ActorRef(name: "Unidentified Armed Group (Chad)", role: .actor1, inter: 3)
        let police = ActorRef(name: "Police Forces of Chad", role: .actor2, inter: 1)
        // Two tellings: unknown gunmen shot a policeman; one telling (misread or about the pursuit) has the police act.
        let lists = [[unknown, police], [unknown, police], [ActorRef(name: police.name, role: .actor1, inter: 1)]]
        let actors = EventConsolidator.actors(lists)
        #expect(actors.first { $0.role == .actor1 }?.name == unknown.name, "\(actors)")
        // A group one telling names still outweighs the unnamed attackers of the others.
        let named = ActorRef(name: "Boko Haram", role: .actor1, inter: 2)
        let civilians = ActorRef(name: "Civilians (Chad)", role: .actor2, inter: 7)
        let claimed = EventConsolidator.actors([[unknown, civilians], [unknown, civilians], [named, civilians]])
        #expect(claimed.first { $0.role == .actor1 }?.name == "Boko Haram", "\(claimed)")
    }
}
