import Testing
@testable import SitrepCore

/// Deaths and fights around demonstrations: who is a crowd, when a clash is a riot, and whose the dead are.
@Suite("Crowd violence")
struct CrowdViolenceTests {
    func mentions(_ body: String) -> [Mention] { Fixtures.mentions(body, published: "2024-05-20") }
    func types(_ ms: [Mention]) -> [String] { ms.map { "\($0.eventType.rawValue)/\($0.subEventType)" } }
    func actor1(_ m: Mention?) -> [String] { m?.actors.filter { $0.role == .actor1 }.map(\.name) ?? [] }

    @Test func anArmedCivilianShootingProtestersAttacksCiviliansItIsNoExcessiveForce() {
        let m = mentions("An armed man killed two protesters who were blocking the highway near Kumasi on Tuesday.").first
        #expect(m?.eventType == .violenceAgainstCivilians && m?.subEventType == "Attack", "\(types(m.map { [$0] } ?? []))")
        #expect(actor1(m).first?.hasPrefix("Unidentified Attacker") == true && m?.fatalities?.count == 2, "\(m?.actors ?? [])")
        #expect(m?.actors.contains { $0.role == .actor2 && $0.name.hasPrefix("Protesters") } == true, "\(m?.actors ?? [])")
        // The state's forces doing it use excessive force.
        let police = mentions("Police killed two protesters who were blocking the highway near Kumasi on Tuesday.").first
        #expect(police?.subEventType == "Excessive force against protesters", "\(police?.subEventType ?? "-")")
    }

    @Test func peopleKilledInAShootOutDiedInAFight() {
        // A shoot-out has two sides, however the dead are described: a battle, not an attack on civilians.
        for body in ["Nine people were killed in a shoot-out in Kumasi on Tuesday.", "Nine people were killed in a shootout in Kumasi on Tuesday."] {
            #expect(types(mentions(body)) == ["Battles/Armed clash"], "\(types(mentions(body)))")
        }
    }

    @Test func civiliansFightingPoliceOrActivistsAreRioters() {
        // Civilians are never a perpetrator, but as a side of a clash they are its crowd.
        let police = mentions("Students fought with police outside the ministry in Kumasi on Friday.")
        #expect(types(police) == ["Riots/Violent demonstration"], "\(types(police))")
        #expect(actor1(police.first).first?.hasPrefix("Rioters") == true)
        let rivals = mentions("Two people were killed in a clash between traders and party activists at the market in Tamale on Thursday.")
        #expect(rivals.contains { $0.eventType == .riots && $0.fatalities?.count == 2 }, "\(types(rivals))")
        // Civilians fighting an armed group are no crowd.
        let armed = mentions("Villagers fought with bandits near Gusau on Thursday, leaving four dead.")
        #expect(!armed.contains { $0.eventType == .riots }, "\(types(armed))")
    }

    @Test func forcesKilledByNoOneNamedAtADemonstrationFellToItsCrowd() {
        let rally = mentions("Two policemen were killed on Sunday during an attempt to disperse a protest rally in Kumasi.")
        #expect(types(rally) == ["Riots/Violent demonstration"], "\(types(rally))")
        #expect(actor1(rally.first).first?.hasPrefix("Rioters") == true, "\(actor1(rally.first))")
        // With no demonstration told it stays a battle.
        let none = mentions("Two policemen were killed on Sunday during an attempt to clear a checkpoint in Kumasi.")
        #expect(types(none) == ["Battles/Armed clash"], "\(types(none))")
    }

    @Test func unclaimedDeathsTheSameDayAsARiotElsewhereInTheCountryAreItsDeaths() {
        let lead = "Rioters clashed with police in Kinshasa on Monday.\n\n"
        let spread = mentions(lead + "Two people were killed in Bunia on Monday, the governor said.")
        #expect(spread.last?.eventType == .riots, "\(types(spread))")
        let police = mentions(lead + "Six police officers were killed in Bunia on Monday, the governor said.")
        #expect(police.last?.eventType == .riots, "\(types(police))")
        let mob = mentions(lead + "A trader was beaten to death in Bunia on Monday, the governor said.")
        #expect(mob.last?.eventType == .riots, "\(types(mob))")
        // Another day, or a killer named, is no death of the riot.
        let later = mentions(lead + "Two people were killed in Bunia on Thursday, the governor said.")
        #expect(later.last?.eventType != .riots, "\(types(later))")
        let named = mentions(lead + "Soldiers killed two people in Bunia on Monday, the governor said.")
        #expect(named.last?.eventType != .riots, "\(types(named))")
    }

    @Test func anEntryByForceIsARiotOrABattle() {
        let crowd = mentions("Demonstrators burst into the regional administration building in Kumasi on Monday.")
        #expect(types(crowd) == ["Riots/Violent demonstration"], "\(types(crowd))")
        let armed = mentions("Gunmen forced their way into the prison in Kumasi on Monday.")
        #expect(types(armed) == ["Battles/Armed clash"], "\(types(armed))")
    }

    @Test func aCrowdsViolenceIsAnActWithoutADateTollOrPlace() {
        // A second paragraph gives no date, toll or place of its own: the crowd doing violence makes it an act told.
        let lead = "Thousands marched through Kumasi on Friday to demand lower fuel prices.\n\n"
        let began = mentions(lead + "Marchers began attacking a police convoy.")
        #expect(types(began) == ["Protests/Peaceful protest", "Riots/Violent demonstration"], "\(types(began))")
        // "The" belongs to the subject before the verb of beginning, not to the act: no reference to an act told before.
        let subject = mentions(lead + "The protesters began stoning the police convoy.")
        #expect(types(subject) == ["Protests/Peaceful protest", "Riots/Violent demonstration"], "\(types(subject))")
        let joined = mentions(lead + "Some rioters started smashing windows and looting kiosks.")
        #expect(types(joined).last == "Riots/Violent demonstration", "\(types(joined))")
        let coordinated = mentions(lead + "Demonstrators blocked the bridge and destroyed two police kiosks.")
        #expect(types(coordinated).last == "Riots/Violent demonstration", "\(types(coordinated))")
        // Not violence, not done, or done by no crowd: nothing more than the march.
        for quiet in ["Protesters began singing outside the ministry.", "Protesters said they would attack the ministry.",
                      "Protesters said villagers attacked the ministry."] {
            #expect(types(mentions(lead + quiet)) == ["Protests/Peaceful protest"], "\(quiet): \(types(mentions(lead + quiet)))")
        }
    }

    @Test func whoTellsOfAFightIsNoSideOfIt() {
        let told = mentions("Residents of Wa reported heavy fighting between soldiers and rebels on Friday.")
        #expect(!told.contains { $0.eventType == .riots }, "\(types(told))")
    }

    @Test func policeClashingWithRiotersIsARiot() {
        let ms = mentions("Police clashed with rioting youths in Techiman on Saturday.")
        #expect(types(ms) == ["Riots/Violent demonstration"], "\(types(ms))")
    }

    @Test func aProtestParticipleMakesItsPeopleACrowd() {
        // "protesting farmers" are protesters (one actor, not also a protest event of its own).
        let ms = mentions("Protesting farmers clashed with market guards in Bolgatanga on Monday, leaving one man dead.")
        #expect(types(ms) == ["Riots/Violent demonstration"], "\(types(ms))")
        #expect(ms.first?.fatalities?.count == 1)
    }

    @Test func anActorThatIsAlsoTheEventWordIsNamedWithIt() {
        // An actor ending inside the event words (a word read both as people and as the act) used to make an invalid
        // range and trap; it is a side named with the act.
        let tokens = Fixtures.tokens("Gunmen freed hostages near the plant.")
        let word = tokens.firstIndex { $0.word == "hostages" }!
        let actor = ActorMatch(tokens: word..<(word + 1), names: ["Civilians (Algeria)"], inter: 7, kind: "civilians")
        let trigger = Trigger(tokens: [tokens[word].key], phrase: tokens[word].key, eventType: .violenceAgainstCivilians,
                              subEventType: "Abduction/forced disappearance", weight: 2, isNoun: true)
        let hit = TriggerHit(trigger: trigger, tokens: word..<(word + 1), negated: false, irrealis: false, definite: false)
        #expect(DocumentExtractor.fightsIn(actor, hit, tokens))
        let wider = ActorMatch(tokens: (word - 1)..<(word + 1), names: ["Civilians (Algeria)"], inter: 7, kind: "civilians")
        #expect(DocumentExtractor.fightsIn(wider, hit, tokens))
    }

    @Test func eventWordsInsideAStrikesOwnWordsAreNoNounAfterIt() {
        // A fight word starting inside the strike's phrase used to make an invalid range and trap.
        let tokens = Fixtures.tokens("Jets carried out deadly air strikes on the camp.")
        let sentence = Sentence(span: ByteSpan(0, 48), tokens: 0..<tokens.count, block: 0)
        let strike = TriggerHit(trigger: Trigger(tokens: [tokens[1].key], phrase: "carried out deadly air strikes", eventType: .explosions,
                                                 subEventType: "Air/drone strike", weight: 3, isNoun: false),
                                tokens: 1..<6, negated: false, irrealis: false, definite: false)
        let inside = TriggerHit(trigger: Trigger(tokens: [tokens[3].key], phrase: "deadly", eventType: .battles,
                                                 subEventType: "Armed clash", weight: 1, isNoun: true),
                                tokens: 3..<4, negated: false, irrealis: false, definite: false)
        let facts = SentenceFacts(sentence: sentence, tokens: tokens, keys: tokens.map(\.word), dates: [], places: [], fatalities: [],
                                  actors: [], attributions: [], triggers: [strike, inside])
        #expect(!DocumentExtractor.restatesTheStrike(inside, after: strike, facts))
    }

    @Test func aMassacreOfArmedMenIsABattle() {
        // However strong the word, a killing whose victims are all armed is a battle; of villagers, an attack on them.
        #expect(types(mentions("Militiamen massacred 30 soldiers at an army post near Yendi on Sunday.")) == ["Battles/Armed clash"])
        #expect(types(mentions("Militiamen massacred 30 villagers near Yendi on Sunday.")) == ["Violence against civilians/Attack"])
    }

    @Test func theDeadATollCountsAreNotTheSideFought() {
        // Before, the people in the toll were read as the target: an attack on civilians.
        let ms = mentions("Heavy clashes on Sunday in Yendi left six people dead.")
        #expect(types(ms) == ["Battles/Armed clash"], "\(types(ms))")
        #expect(ms.first?.fatalities?.count == 6)
        #expect(!ms.contains { $0.actors.contains { $0.name.hasPrefix("Civilians") } }, "\(ms.map(\.actors))")
        // Civilians the fight is not said to be fought with fell in it.
        let border = mentions("Soldiers of the two states clashed along the border near Kurmuk on Thursday in a battle that killed nine people, most of them civilians.")
        #expect(border.first?.eventType == .battles, "\(types(border))")
        // A side named as the object of the fight is still the side fought.
        let sides = mentions("Gunmen clashed with villagers in Yendi on Sunday.")
        #expect(sides.first?.eventType == .violenceAgainstCivilians, "\(types(sides))")
    }

    @Test func unclaimedDeathsWhereARiotIsToldAreTheRiots() {
        let ms = mentions("""
            Rioters torched the court building in Sunyani on Tuesday after the verdict.

            Five people were killed on Tuesday in Sunyani, the regional police commander said.
            """)
        let dead = ms.first { $0.fatalities?.count == 5 }
        #expect(dead?.eventType == .riots, "\(types(ms))")
        // Another day: not that riot's dead.
        let other = mentions("""
            Rioters torched the court building in Sunyani on Tuesday after the verdict.

            Five people were killed on Saturday in Sunyani.
            """)
        #expect(other.first { $0.fatalities?.count == 5 }?.eventType == .violenceAgainstCivilians, "\(types(other))")
        // An act of its own kind, told where the riot is, stays what it is.
        let stabbing = mentions("""
            Rioters torched the court building in Sunyani on Tuesday after the verdict.

            A knife attack in Sunyani on Tuesday left two people dead.
            """)
        #expect(stabbing.first { $0.fatalities?.count == 2 }?.eventType == .violenceAgainstCivilians, "\(types(stabbing))")
    }

    @Test func destructionWithDeadIsARiot() {
        let ms = mentions("At least 30 people died in the looting of warehouses in Tema on Monday, officials said.")
        #expect(types(ms) == ["Riots/Violent demonstration"], "\(types(ms))")
        // Without dead it stays property destruction; with another act told beside it the toll is that act's.
        #expect(types(mentions("Youths looted warehouses in Tema on Monday.")) == ["Strategic developments/Looting/property destruction"])
        // A word of taking ground ("as the protests entered their second week") owns no toll.
        let arson = mentions("At least four people died in arson attacks on shops in Tema on Monday, as the protests entered their second week.")
        #expect(arson.contains { $0.eventType == .riots && $0.fatalities?.count == 4 }, "\(types(arson))")
        let beside = mentions("Gunmen attacked the market in Tema on Monday, which left two dead and a warehouse set ablaze.")
        #expect(!beside.contains { $0.eventType == .riots }, "\(types(beside))")
    }

    @Test func theFightADayBeforeHasItsOwnSides() {
        // The clashes' sides are not the police and students of the clause around "a day after".
        let ms = mentions("Police fired tear gas at students in Ho on Wednesday, a day after violent clashes left four people dead.")
        let clash = ms.first { $0.fatalities?.count == 4 }
        #expect(clash?.eventType == .battles, "\(types(ms))")
        #expect(clash.map { actor1($0).isEmpty } == true, "\(clash?.actors ?? [])")
    }

    @Test func aTollOfClashesBetweenTwoSidesHasItsFigure() {
        // "and" inside "between … and" does not cut the toll's subject off from its figure.
        let ms = mentions("The death toll from Friday's clashes between herders and farmers in Bawte has risen to 14.")
        #expect(ms.contains { $0.fatalities?.count == 14 }, "\(ms.map { $0.fatalities?.count ?? -1 })")
    }

    @Test func supportersOfSomeoneNamedAreACrowdAndFiringOnThemIsExcessiveForce() {
        let fired = mentions("Soldiers opened fire on supporters of former President Kaboré in Koudougou on Friday, killing six people.")
        #expect(types(fired) == ["Protests/Excessive force against protesters"], "\(types(fired))")
        // Fighting them both ways is a riot.
        let fought = mentions("Supporters of the opposition leader Ndayishimiye clashed with police in Gitega on Friday.")
        #expect(types(fought) == ["Riots/Violent demonstration"], "\(types(fought))")
        // "government supporters" are a crowd, not the government: their attack on protesters is no force of the state.
        let followers = mentions("Government supporters attacked protesters with sticks in Muyinga on Monday.")
        #expect(!followers.contains { $0.subEventType == "Excessive force against protesters" }, "\(types(followers))")
        #expect(!followers.contains { $0.actors.contains { $0.name.hasPrefix("Government of") } }, "\(followers.map(\.actors))")
        // "their supporters" of no one named are no crowd.
        let theirs = mentions("Troops attacked the rebels and their supporters near Bubanza on Friday, killing nine.")
        #expect(!theirs.contains { $0.actors.contains { $0.name.hasPrefix("Protesters") } }, "\(theirs.map(\.actors))")
    }

    @Test func touristsVisitorsAndWorkersAreCivilians() {
        // Gunmen firing on people the dictionary did not know as civilians was a battle with no one on the other side.
        let tourists = mentions("Gunmen opened fire on a group of tourists near Lamu on Tuesday, killing 11 of them.")
        #expect(tourists.first?.eventType == .violenceAgainstCivilians, "\(types(tourists))")
        let workers = mentions("Rebels attacked construction workers at a camp near Beni on Sunday, killing seven.")
        #expect(workers.first?.eventType == .violenceAgainstCivilians, "\(types(workers))")
    }
}
