import Testing
@testable import SitrepCore

/// Extraction on small documents: one behaviour per test, with the bundled lexicons.
@Suite("Document extraction")
struct ExtractionTests {
    let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)

    func mentions(_ body: String, published: String? = "2024-11-30") -> [Mention] {
        extractor.extract(Fixtures.document(body, published: published)).mentions
    }

    @Test func aTollToldOfTheSameActNamedAgainIsItsToll() {
        let ms = mentions("Government jets carried out an airstrike on Goma, targeting a clinic. Nineteen civilians were killed in the airstrike, "
            + "which occurred before dawn on Thursday, a rights group said.")
        #expect(ms.count == 2)
        #expect(ms.allSatisfy { $0.fatalities?.count == 19 })
        // Another kind of act named in the next sentence is not the first one's toll.
        let other = mentions("Rebels attacked an army post near Goma, residents said. Three soldiers died in the ambush, which happened on Thursday night.")
        #expect(other.first?.fatalities == nil)
    }

    @Test func countryContextDisambiguatesPlaces() {
        let spain = mentions("Protesters and police clashed in the streets of Valencia in eastern Spain on Saturday, officials said.")
        #expect(spain.first?.location?.place.countryCode == "ES")
    }

    @Test func aRegionNamedInTheSentencePicksTheTownInsideIt() {
        // Another Pokrovsk (Engels) in Russia is larger; "Russian troops" names an actor, not where it happened.
        let ms = mentions("On Monday, Russian troops pressed their offensive near Pokrovsk in the eastern Donetsk region, officials said.")
        #expect(ms.first?.location?.place.countryCode == "UA")
        #expect(ms.first?.location?.place.kind.isLocal == true)
    }

    @Test func aWhereClauseHappensAtThePlaceJustNamed() {
        let ms = mentions("A drone attack on Kharkiv killed three people in Kharkiv on Tuesday, officials in Kharkiv said. "
                          + "Troops have massed near Pokrovsk in the Donetsk region, where fighting has intensified.",
                          published: "2025-03-12")
        let fighting = ms.filter { $0.trigger == "fighting" }
        #expect(fighting.count == 1)
        #expect(fighting.first?.location?.place.name == "Pokrovsk")
    }

    @Test func demandedThingsAreNotEvents() {
        let ms = mentions("Thousands of protesters marched in Tel Aviv on Saturday demanding a ceasefire deal to free hostages held in Gaza.")
        #expect(ms.map(\.eventType) == [.protests])
        #expect(ms.first?.location?.place.countryCode == "IL")
    }

    @Test func bannedOrCalledOffDemonstrationsAreNotEvents() {
        #expect(mentions("The military council has banned all demonstrations in Lyon until further notice.").isEmpty)
        #expect(mentions("Organisers called off the protest in Lyon planned for Saturday.").isEmpty)
        // A march held despite a ban is one.
        #expect(mentions("Thousands marched through Lyon on Friday despite a ban.").map(\.eventType) == [.protests])
    }

    @Test func possibleOrComingEventsAreNotEvents() {
        #expect(mentions("Further protests are possible in Lyon, the embassy said in a travel alert.").isEmpty)
        #expect(mentions("Clashes are likely in Lyon, the embassy said.").isEmpty)
        #expect(mentions("Police braced for clashes in Lyon in the coming days.").isEmpty)
        // Held ones are events, whatever is said of later ones.
        #expect(mentions("Thousands protested in Lyon on Friday.").map(\.eventType) == [.protests])
    }

    @Test func anAttackWhoseOnlyTargetsAreCiviliansIsViolenceAgainstCivilians() {
        let ms = mentions("Rapid Support Forces killed at least 56 civilians in an attack on a displacement camp near El Fasher on Friday.")
        #expect(ms.first?.eventType == .violenceAgainstCivilians && ms.first?.subEventType == "Attack")
        let clash = mentions("Rapid Support Forces clashed with the Sudanese army near El Fasher on Friday, killing 12 fighters.")
        #expect(clash.first?.eventType == .battles)
    }

    @Test func commonWordsAreNotPlaces() {
        let ms = mentions("Thank God, said Ali, as gunmen attacked a Human Rights office in May in Kharkiv on Friday.")
        #expect(ms.allSatisfy { $0.location?.place.countryCode == "UA" })
    }

    @Test func directionsNearAndCityDesignators() {
        let hama = mentions("The rebel command said its forces attacked government positions in northern Hama on Sunday.")
        #expect(hama.first?.location?.geoPrecision == 3)
        #expect(hama.first?.location?.place.name.contains("Hama") == true || hama.first?.location?.place.name.contains("Ḩamāh") == true)
        let east = mentions("Rebels captured a military base east of Aleppo on Friday.")
        #expect(east.first?.location?.geoPrecision == 2)
        #expect(east.first?.location?.place.kind == .city)
        let city = mentions("At least four people were killed on Sunday in airstrikes on Idlib city, rescuers said.")
        #expect(city.first?.location?.place.kind == .city)
    }

    @Test func transliterationNearMissResolves() {
        let ms = mentions("Rebels extended their control to Maraat al-Numan in Idlib province on Saturday.")
        let place = ms.first?.location?.place
        #expect(place?.countryCode == "SY" && place?.kind.isLocal == true)
        #expect(place?.name == "Maraat al-Numan", "a mention keeps the source's spelling")
    }

    @Test func attributionBecomesClaimedBy() {
        let ms = mentions("The White Helmets said at least four people were killed on Sunday in airstrikes on Idlib city.")
        #expect(ms.first?.claimedBy == "Syrian Civil Defence", "the canonical name of the White Helmets")
        #expect(ms.first?.fatalities == FatalityCount(count: 4, qualifier: "at least"))
        let acc = mentions("According to military sources, warplanes struck insurgents in a suburb of Aleppo on Friday.")
        #expect(acc.first?.claimedBy?.contains("military sources") == true)
    }

    @Test func aSourcesNameIsANounPhraseNeverAClauseOrAFigure() {
        // The words after an inverted verb are a clause, not its speaker: the speaker is the subject before it.
        let medic = mentions("Gunmen attacked a bus in Kisumu on Monday. A nurse, Jane Otieno, said at least 9 had been shot dead.")
        #expect(medic.allSatisfy { $0.claimedBy.map { !$0.contains("shot") && !$0.contains("9") } ?? true }, "\(medic.map(\.claimedBy))")
        // "according to the agency killed 93": the source ends before the verb.
        let agency = mentions("The shelling of the market, which according to the relief agency killed 40 traders, began at dawn in Kisumu on Monday.")
        #expect(agency.contains { $0.claimedBy == "relief agency" }, "\(agency.map(\.claimedBy))")
        // A passive "are reported" and a noun "after reports of" name no one.
        let passive = mentions("More than 20 people are reported dead after rebels attacked Kisumu on Monday.")
        #expect(passive.allSatisfy { $0.claimedBy == nil }, "\(passive.map(\.claimedBy))")
        // A verb with an object after an appositive ("X, a militia, reported control of …") is X's act, not a source after it.
        let control = mentions("The raid was not claimed, but the Kisumu Front, a local militia, reported control of a police post in Kisumu on Monday.")
        #expect(control.allSatisfy { $0.claimedBy.map { !$0.hasPrefix("control of") } ?? true }, "\(control.map(\.claimedBy))")
    }

    @Test func aSourceToldAfterTheClaimAssertsWhatCameBefore() {
        let ms = mentions("An airstrike on a market in Kassala killed at least 5 people on Monday, the health ministry said.")
        #expect(ms.first?.claimedBy?.contains("Ministry of Health") == true, "\(ms.map(\.claimedBy))")
        let agency = mentions("Nine traders were killed in the shelling of Kassala on Monday, the Kassala News Agency (KNA) reported.")
        #expect(agency.first?.claimedBy == "Kassala News Agency (KNA)", "\(agency.map(\.claimedBy))")
        // A verb with what it says after it ("said that …") asserts what follows.
        let that = mentions("The ministry said that an airstrike killed 5 people in Kassala on Monday.")
        #expect(that.first?.claimedBy != nil)
    }

    @Test func denialsAndFutureAreNotEvents() {
        #expect(mentions("On Friday, state TV claimed that rebel forces had not entered the city of Aleppo.").allSatisfy { $0.eventType != .battles })
        #expect(mentions("Russian reinforcements are expected in Aleppo in the next 72 hours.").isEmpty)
        #expect(mentions("Ministers warned that troops could storm Kharkiv next week.").isEmpty)
    }

    @Test func denialIsKeptAsAClaim() {
        let claims = extractor.extract(Fixtures.document("On Friday, state-run TV claimed that rebel forces had not entered the city of Aleppo.")).claims
        #expect(claims.contains { $0.proposition == "entry" && $0.polarity == .denied })
    }

    @Test func relativeDatesUsePublicationDate() {
        let ms = mentions("Rebel forces stormed Aleppo on Saturday.")
        #expect(ms.first?.date == .day(CalendarDate(iso: "2024-11-30")!))
        let undated = mentions("Rebel forces stormed Aleppo on Saturday.", published: nil)
        #expect(undated.first?.date.date == nil, "no publication date: never today's date")
    }

    @Test func boilerplateYieldsNothing() {
        let body = """
        Rebel forces stormed Aleppo on Saturday, residents said.

        You May Also Like

        Protesters and police clashed in the streets of Valencia in eastern Spain on Saturday, as tens of thousands...
        """
        #expect(mentions(body).count == 1)
    }

    @Test func titlePlaceIsTheFocusAndProtestsAreEvents() {
        let body = """
        TRIPOLI — Fierce clashes between rival armed groups in the capital killed at least 12 people overnight, medics said on Thursday.

        Hundreds of protesters gathered in the main square on Thursday to demand an end to the violence, chanting slogans against the militias.
        """
        var doc = Fixtures.document(body, published: "2024-08-15")
        doc.frontMatter.title = "Clashes in Tripoli kill 12 as militias fight for control of Libya's capital"
        let ms = DocumentExtractor(lexicon: Fixtures.lexicon).extract(doc).mentions
        #expect(ms.contains { $0.eventType == .battles && $0.location?.place.name == "Tripoli" && $0.location?.place.countryCode == "LY" })
        #expect(ms.contains { $0.eventType == .protests })
    }

    @Test func aStandfirstRepeatedInTheBodyCountsOnce() {
        let body = """
        The rebel military command confirmed that its forces also struck government positions in northern Hama.

        On Sunday, the rebel military command confirmed that its forces also attacked government positions in northern Hama, a major city.
        """
        let ms = mentions(body, published: "2024-12-01")
        #expect(ms.count == 1)
        #expect(ms.first?.quote.hasPrefix("On Sunday") == true)
    }

    @Test func repeatedSentenceHelpersCountSharedWordsExactly() {
        #expect(DocumentExtractor.sharedNeeded(10) == 8 && DocumentExtractor.sharedNeeded(9) == 8 && DocumentExtractor.sharedNeeded(8) == 7)
        #expect([1, 1, 2, 5, 5, 5, 9].removingAdjacentDuplicates() == [1, 2, 5, 9])
        let a: [UInt64] = [2, 4, 8, 16, 32]
        #expect(DocumentExtractor.sortedIntersect(a[...], [1, 3, 16]) && !DocumentExtractor.sortedIntersect(a[...], [0, 3, 33]))
        #expect(!DocumentExtractor.sortedIntersect(a[...], []))
        #expect(DocumentExtractor.sortedShare(a, [1, 2, 3, 4, 32], atLeast: 3) && !DocumentExtractor.sortedShare(a, [1, 2, 3, 4, 32], atLeast: 4))
        #expect(DocumentExtractor.sortedShare(a, a, atLeast: 5) && !DocumentExtractor.sortedShare(a, [], atLeast: 1))
    }

    /// The prefix filter never rejects a pair that shares enough words: checked against a full count on many pairs,
    /// each a random set and a copy with a few words changed (a linear congruential sequence keeps it deterministic).
    @Test func prefixFilterKeepsEveryPairThatSharesEnough() {
        var x: UInt64 = 7
        func next(_ bound: UInt64) -> UInt64 { x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return (x >> 33) % bound }
        var kept = 0
        for _ in 0..<2000 {
            let a = (0..<(next(12) + 8)).map { _ in next(60) }.sorted().removingAdjacentDuplicates()
            var b = a
            for _ in 0..<next(4) { b[Int(next(UInt64(b.count)))] = next(60) }
            b = b.sorted().removingAdjacentDuplicates()
            let needed = DocumentExtractor.sharedNeeded(a.count)
            guard Set(a).intersection(b).count >= needed else { continue }
            kept += 1
            #expect(b.count >= needed && DocumentExtractor.sortedIntersect(a[0..<(a.count - needed + 1)], b[0..<(b.count - needed + 1)]))
        }
        #expect(kept > 200, "the random pairs should include many that share enough")
    }

    /// The distinct-word count matches a set's, and the signature filter never rejects a pair that shares enough words.
    @Test func signatureFilterKeepsEveryPairThatSharesEnough() {
        var x: UInt64 = 11
        func next(_ bound: UInt64) -> UInt64 { x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return (x >> 33) % bound }
        var distinct = DistinctWords(), kept = 0
        for _ in 0..<2000 {
            let a = (0..<(next(12) + 8)).map { _ in next(60) &* 0x9e37_79b9 }
            var b = a
            for _ in 0..<next(4) { b[Int(next(UInt64(b.count)))] = next(60) &* 0x9e37_79b9 }
            distinct.reset(to: a, capacity: a.count)
            let (n, sa) = (distinct.count, distinct.signature)
            distinct.reset(to: b, capacity: b.count)
            let (m, sb) = (distinct.count, distinct.signature)
            #expect(n == Set(a).count && m == Set(b).count)
            let needed = DocumentExtractor.sharedNeeded(n)
            guard Set(a).intersection(b).count >= needed else { continue }
            kept += 1
            #expect(sa.missing(from: sb) <= n - needed && sb.missing(from: sa) <= m - needed)
        }
        #expect(kept > 200, "the random pairs should include many that share enough")
    }

    @Test func followUpTollJoinsThePreviousMention() {
        let ms = mentions("Government planes conducted airstrikes on a school in the rebel-held region of Idlib on Saturday. These attacks resulted in the deaths of four civilians.")
        #expect(ms.count == 1)
        #expect(ms.first?.fatalities?.count == 4)
    }
}

@Suite("Actors")
struct ActorTests {
    @Test func templatesNeverLeakPlaceholders() {
        let doc = Fixtures.document("The White House said on Friday that gunmen attacked a village in May, killing four.")
        let ms = DocumentExtractor(lexicon: Fixtures.lexicon).extract(doc).mentions
        #expect(!ms.isEmpty)
        #expect(ms.allSatisfy { $0.actors.allSatisfy { !$0.name.contains("{") } })
        #expect(ms.allSatisfy { $0.location == nil }, "White House and May are not places")
    }

    @Test func whoeverAnnouncesAnAgreementIsItsParty() {
        func actor1(_ text: String) -> [String] {
            DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(text)).mentions
                .flatMap { $0.actors.filter { $0.role == .actor1 }.map(\.name) }
        }
        #expect(actor1("The rebels declared a unilateral truce around Idlib on Friday.") == ["Rebels (Syria)"])
        // A speaker who reports someone else's act stays a source.
        #expect(!actor1("The army said rebels attacked a checkpoint near Idlib on Friday.").contains { $0.hasPrefix("Military") })
    }

    @Test func theGroupIsTheArmedGroupTheArticleIsAbout() {
        func actor1(_ text: String) -> [String] {
            DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(text)).mentions
                .flatMap { $0.actors.filter { $0.role == .actor1 }.map(\.name) }
        }
        let named = actor1("Al-Shabaab fighters attacked a base near Baidoa on Monday. On Tuesday the group declared a truce in the region.")
        #expect(named.filter { $0.hasPrefix("Al Shabaab") }.count == 2, "\(named)")
        // Without a named armed group, "the group" stays whoever it was (here the protesters).
        #expect(actor1("Protesters gathered in Baidoa on Monday. The group marched to the town hall, residents said.")
            .allSatisfy { $0.hasPrefix("Protesters") })
    }

    @Test func civilianClothesAreNoCivilians() {
        let ms = DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(
            "The militants fought in civilian clothes near Idlib on Friday, a monitor said.")).mentions
        #expect(ms.first?.eventType == .battles)
        #expect(ms.allSatisfy { $0.actors.allSatisfy { !$0.name.hasPrefix("Civilians") } })
        let hit = DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(
            "A civilian was killed near Idlib on Friday when militants shelled the town.")).mentions
        #expect(hit.contains { $0.actors.contains { $0.name.hasPrefix("Civilians") } })
    }

    @Test func civiliansAreTargetsNotPerpetrators() {
        let doc = Fixtures.document("At least four civilians were killed on Sunday in Russian airstrikes on Idlib city, rescuers said.")
        let ms = DocumentExtractor(lexicon: Fixtures.lexicon).extract(doc).mentions
        #expect(!ms.isEmpty)
        #expect(ms.allSatisfy { m in m.actors.filter { $0.inter == 7 }.allSatisfy { $0.role == .actor2 } })
    }

    @Test func aliasesAndDemonymsResolve() {
        let doc = Fixtures.document("HTS fighters and Syrian and Russian jets clashed near Saraqib on Friday, killing ten.")
        let names = Set(DocumentExtractor(lexicon: Fixtures.lexicon).extract(doc).mentions.flatMap { $0.actors.map(\.name) })
        #expect(names.contains("HTS: Hayat Tahrir al-Sham"))
        #expect(names.contains { $0.contains("Russia") } && names.contains { $0.contains("Syria") })
    }

    @Test func sayingWhoOfTheDeadSomeoneWasTellsNoOtherActAndNoOtherToll() {
        let body = "Soldiers killed eight people in a raid on the town of Kalmeni on Monday, health officials said. "
            + "A local doctor, Samir Haddad, was among those killed, his family said. A nurse was among the dead."
        let ms = DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(body)).mentions
        #expect(ms.count == 3 && ms.dropFirst().allSatisfy { $0.restates == ms[0].span && $0.fatalities == nil }, "\(ms.map { ($0.eventType, $0.fatalities?.count) })")
        #expect(ms.first?.fatalities?.count == 8)
    }

    @Test func aClauseSettingTheEventAgainstAnOlderOneTellsNoneOfItsFacts() {
        func mentions(_ body: String) -> [Mention] { DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(body)).mentions }
        let superlative = mentions("Rebels ambushed an army convoy near Gao on Sunday, killing 12 soldiers. The ambush was the deadliest since "
            + "militants seized Timbuktu two years ago, leading to a siege that claimed more than 900 lives.")
        #expect(!superlative.isEmpty && superlative.allSatisfy { $0.fatalities?.count != 900 && $0.location?.place.name != "Timbuktu" },
                "\(superlative.map { ($0.location?.place.name, $0.fatalities?.count) })")
        let monthsAfter = mentions("Gunmen attacked two churches in Gao on Sunday, killing six people. The attacks come three months after "
            + "militants stormed a market in Timbuktu that claimed more than 140 lives.")
        #expect(!monthsAfter.isEmpty && monthsAfter.allSatisfy { $0.fatalities?.count != 140 && $0.location?.place.name != "Timbuktu" },
                "\(monthsAfter.map { ($0.location?.place.name, $0.fatalities?.count) })")
        let opening = mentions("Two years after the siege of Timbuktu, militants attacked a market in Gao on Sunday, killing five people.")
        #expect(opening.count == 1 && opening.first?.location?.place.name == "Gao" && opening.first?.fatalities?.count == 5)
        // A date alone after "since", and a period since an act (no superlative): the sentence's own facts.
        let dated = Fixtures.tokens("The ambush, the deadliest since 2019, killed 30 soldiers in Gao on Sunday.")
        #expect(DocumentExtractor.foreground(0..<dated.count, tokens: dated) == 0..<dated.count)
        let clause = Fixtures.tokens("The ambush was the deadliest since rebels seized the town, leading to a long siege.")
        #expect(DocumentExtractor.foreground(0..<clause.count, tokens: clause) == 0..<5)
        let period = mentions("Since the clashes began in Gao on Thursday, 40 people have been killed, a monitor said.")
        #expect(period.first?.fatalities?.count == 40 && period.first?.location?.place.name == "Gao")
    }

    @Test func theDayAStatementWasMadeInIsOnlyTheLatestTheActCanBe() {
        let body = "Militants attacked an army post near Kirkuk, killing two officers, the defence ministry said in a statement on Sunday. "
            + "The attack took place late on Saturday, it said."
        let ms = DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(body, published: "2023-06-12")).mentions
        #expect(!ms.isEmpty && ms.allSatisfy { $0.date.date == CalendarDate(year: 2023, month: 6, day: 10) }, "\(ms.map(\.date))")
    }

    @Test func bodiesHandedOverAndACrackdownOnAnArmedGroupAreNoTransferAndNoForceAgainstProtesters() {
        func types(_ body: String) -> [String] {
            DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(body)).mentions.map(\.subEventType)
        }
        #expect(!types("The bodies of the slain soldiers were handed over to their families in Gao on Thursday.")
            .contains("Non-violent transfer of territory"))
        #expect(types("The rebels handed over the town of Gao to the army on Thursday.").contains("Non-violent transfer of territory"))
        #expect(!types("The army has cracked down on Islamic State cells near Kirkuk during the last month.")
            .contains("Excessive force against protesters"))
    }

    @Test func anActToldADayAfterTheSentencesDayIsThatManyDaysEarlier() {
        let body = "Police fired tear gas at students in Dhaka on Wednesday, a day after clashes between rival groups left six people dead."
        let ms = DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.document(body, published: "2024-07-18")).mentions
        let deadly = ms.first { $0.fatalities?.count == 6 }
        #expect(deadly?.date.date == CalendarDate(year: 2024, month: 7, day: 16) && deadly?.date.precision == .day,
                "\(ms.map { ($0.subEventType, $0.date) })")
    }
}
