import Testing
@testable import SitrepCore

/// Each trigger family of `Data/triggers.tsv` on an invented sentence: the event type and sub-event type it yields.
///
/// The sentences are made up for these tests (places from the gazetteer, a weekday to anchor the date).
@Suite("Trigger families")
struct TriggerFamilyTests {
    let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)

    /// (event type, sub-event type) of every mention the sentence yields.
    func kinds(_ sentence: String) -> [(EventType, String)] {
        extractor.extract(Fixtures.document(sentence, published: "2025-02-14")).mentions.map { ($0.eventType, $0.subEventType) }
    }

    static let territory = "territory"

    @Test(arguments: [
        // Battles: armed clash
        ("Soldiers and insurgents were locked in an armed confrontation near Kidal on Tuesday, officials said.", EventType.battles, "Armed clash"),
        ("Three soldiers were killed in a firefight with militants near Kidal on Tuesday.", .battles, "Armed clash"),
        ("Gunshots on Tuesday rocked the streets around the barracks in Kidal, residents said.", .battles, "Armed clash"),
        ("An army convoy came under heavy fire near Kidal on Tuesday, a military source said.", .battles, "Armed clash"),
        ("Separatist fighters laid siege to an army camp near Kidal on Tuesday.", .battles, "Armed clash"),
        ("Troops engaged in fierce fighting with rebels near Kidal on Tuesday.", .battles, "Armed clash"),
        ("A gunbattle between police and bandits near Sokoto on Tuesday left four dead.", .battles, "Armed clash"),
        ("Government troops held off a rebel assault near Kidal on Tuesday.", .battles, "Armed clash"),
        ("The militia violated the truce near Kidal on Tuesday, shelling army positions.", .battles, "Armed clash"),
        // Battles: territory
        ("Rebels seized control on Tuesday after a night of fighting near Kidal, residents said.", .battles, territory),
        ("The army drove the militants out of the town near Kidal on Tuesday.", .battles, territory),
        ("Insurgents overran an army post near Kidal on Tuesday.", .battles, territory),
        // Explosions/Remote violence
        ("A car carrying four civilians was hit by a drone near Kherson on Tuesday, the governor said.", .explosions, "Air/drone strike"),
        ("A fighter jet bombed a fuel depot near Kherson on Tuesday.", .explosions, "Air/drone strike"),
        ("Helicopters were strafing villages near Kherson on Tuesday, witnesses said.", .explosions, "Air/drone strike"),
        ("The garrison came under artillery fire near Kherson on Tuesday, the army said.", .explosions, "Shelling/artillery/missile attack"),
        ("Rebels mortared a police station near Kidal on Tuesday.", .explosions, "Shelling/artillery/missile attack"),
        ("Heavy shellfire hit a market near Kherson on Tuesday, killing two people.", .explosions, "Shelling/artillery/missile attack"),
        ("A school was hit by a missile near Kherson on Tuesday, the mayor said.", .explosions, "Shelling/artillery/missile attack"),
        ("A bomb went off at a bus station in Peshawar on Tuesday, killing three people.", .explosions, "Remote explosive/landmine/IED"),
        ("A roadside device exploded under a patrol near Kidal on Tuesday.", .explosions, "Remote explosive/landmine/IED"),
        ("A man blew himself up outside a mosque in Peshawar on Tuesday, killing six.", .explosions, "Suicide bomb"),
        ("An assailant hurled a bomb at a checkpoint in Peshawar on Tuesday.", .explosions, "Grenade"),
    ])
    func armedViolenceFamilies(sentence: String, type: EventType, sub: String) {
        let found = kinds(sentence)
        #expect(found.contains { $0.0 == type && (sub == Self.territory ? $0.1.hasSuffix("territory") : $0.1 == sub) }, "\(found)")
    }

    @Test(arguments: [
        // Violence against civilians
        ("Gunmen gunned down villagers near Djibo on Tuesday, killing nine.", EventType.violenceAgainstCivilians, "Attack"),
        ("Two people died in a knife attack at a bus stop in Leeds on Tuesday, police said.", .violenceAgainstCivilians, "Attack"),
        ("A woman was stoned to death in a village near Djibo on Tuesday, relatives said.", .violenceAgainstCivilians, "Attack"),
        ("At least six people died during a shooting in the town of Djibo on Tuesday.", .violenceAgainstCivilians, "Attack"),
        ("Armed men invaded the village near Djibo on Tuesday and killed five farmers.", .violenceAgainstCivilians, "Attack"),
        ("Armed men hijacked a bus near Djibo on Tuesday, residents said.", .violenceAgainstCivilians, "Abduction/forced disappearance"),
        // "shot" is an attack only with a person as its object (not "shot a film"): drivers, traders, teachers …
        ("Gunmen stopped a lorry near Djibo on Tuesday and they shot the driver, a relative said.", .violenceAgainstCivilians, "Attack"),
        ("Unknown assailants shot two traders at a market near Djibo on Tuesday.", .violenceAgainstCivilians, "Attack"),
        ("Gunmen seized dozens of students from a school near Sokoto on Tuesday.", .violenceAgainstCivilians, "Abduction/forced disappearance"),
        ("Armed men raided a camp sheltering migrants near Agadez on Tuesday.", .violenceAgainstCivilians, "Attack"),
        ("Bandits stormed a farm near Sokoto on Tuesday and took away no fewer than forty workers.", .violenceAgainstCivilians, "Abduction/forced disappearance"),
        ("The brigade overtook the militia's headquarters in Misrata on Tuesday.", .battles, "Government regains territory"),
        // Protests and riots
        ("Thousands of teachers marched through Kisumu on Tuesday to demand higher pay.", .protests, "Peaceful protest"),
        ("Dock workers went on strike in Mombasa on Tuesday over unpaid wages.", .protests, "Peaceful protest"),
        ("Farmers blocked the highway near Kisumu on Tuesday with tractors.", .protests, "Peaceful protest"),
        ("Police fired tear gas at students in Kisumu on Tuesday.", .protests, "Protest with intervention"),
        ("Officers threw a stun grenade at marchers in Kisumu on Tuesday.", .protests, "Protest with intervention"),
        ("Police fired live bullets at protesters in Kisumu on Tuesday, killing two.", .protests, "Excessive force against protesters"),
        ("Soldiers fired live rounds to break up a crowd in Kisumu on Tuesday.", .protests, "Excessive force against protesters"),
        ("Officers pepper-sprayed nurses outside a hospital in Kisumu on Tuesday.", .protests, "Protest with intervention"),
        ("Youths rampaged through the town centre in Leeds on Tuesday night.", .riots, "Violent demonstration"),
        ("Youths stoned police officers in Leeds on Tuesday night.", .riots, "Violent demonstration"),
        ("Violent disorder broke out in Leeds on Tuesday night, police said.", .riots, "Violent demonstration"),
        ("Protesters clashed with officers outside the town hall in Leeds on Tuesday.", .riots, "Violent demonstration"),
        ("A man accused of theft was beaten to death by an angry mob in Sokoto on Tuesday.", .riots, "Mob violence"),
        ("The sit-in outside the ministry in Accra began calmly on Monday but later turned violent.", .riots, "Violent demonstration"),
        ("The march in Accra on Monday degenerated into chaos in the afternoon.", .riots, "Violent demonstration"),
        ("Demonstrators overpowered the guards at the ministry in Accra on Monday.", .riots, "Violent demonstration"),
        ("Thousands of people gathered in the main square of Accra on Monday to demand new elections.", .protests, "Peaceful protest"),
    ])
    func civilianProtestAndRiotFamilies(sentence: String, type: EventType, sub: String) {
        let found = kinds(sentence)
        #expect(found.contains { $0.0 == type && $0.1 == sub }, "\(found)")
    }

    @Test(arguments: [
        ("The two militias agreed to a truce in Benghazi on Tuesday, mediators said.", "Agreement"),
        ("The rival factions sealed a deal in Benghazi on Tuesday to end the fighting.", "Agreement"),
        ("The army pulled back from Kidal on Tuesday, residents said.", "Non-violent transfer of territory"),
        ("Police nabbed three suspects in Sokoto on Tuesday.", "Arrests"),
        ("The opposition leader was placed under house arrest in Sokoto on Tuesday.", "Arrests"),
        ("Rebels entered the town of Kidal on Tuesday without a fight, residents said.", "Non-violent transfer of territory"),
        ("The army withdrew its forces from Kidal on Tuesday.", "Non-violent transfer of territory"),
        ("Engineers dismantled an explosive device near Kidal on Tuesday.", "Disrupted weapons use"),
        ("The militia set up a new military base near Kidal on Tuesday.", "Headquarters or base established"),
        ("Fighters dynamited a bridge near Kidal on Tuesday.", "Looting/property destruction"),
    ])
    func strategicDevelopmentFamilies(sentence: String, sub: String) {
        let found = kinds(sentence)
        #expect(found.contains { $0.0 == .strategicDevelopments && $0.1 == sub }, "\(found)")
    }

    @Test func thingsSeizedInAnElidedPassiveTakeNoTerritory() {
        // "… were killed and hundreds of rifles seized": the rifles were seized, nobody took ground.
        #expect(!kinds("At least 12 raiders were killed and hundreds of rifles seized near Sokoto on Tuesday, police said.")
            .contains { $0.1.contains("territory") })
    }

    @Test func enteringABuildingTakesNoTerritory() {
        #expect(!kinds("Gunmen entered the compound of a clinic near Sokoto on Tuesday, witnesses said.").contains { $0.1.contains("territory") })
        #expect(kinds("Rebels entered the town of Kidal on Tuesday, residents said.").contains { $0.1.contains("territory") })
    }

    @Test func shellingOrBombingCiviliansIsRemoteViolence() {
        // ACLED: civilians hit by shelling or bombs are remote violence (with civilians as the target), not an attack.
        let shelled = kinds("Rebels shelled a camp for displaced families near Kidal on Tuesday, killing six villagers.")
        #expect(shelled.contains { $0.0 == .explosions } && !shelled.contains { $0.0 == .violenceAgainstCivilians }, "\(shelled)")
        #expect(kinds("Gunmen shot dead six villagers near Kidal on Tuesday.").contains { $0.0 == .violenceAgainstCivilians })
    }

    @Test func aStrikeRepelledByAirDefencesIsNoClash() {
        // Weapons stopped by air or ground defences are disrupted weapons use; troops repelling fighters still clash.
        let drone = kinds("A drone attack on the port of Sokoto was repelled by air defences on Tuesday, officials said.")
        #expect(!drone.contains { $0.0 == .battles } && drone.contains { $0.1 == "Disrupted weapons use" }, "\(drone)")
        #expect(kinds("Rebels attacked an army post near Kidal on Tuesday but were repelled by soldiers.").contains { $0.0 == .battles })
    }

    @Test func anEventNounCarriedOutInThePassiveIsAnAct() {
        // A paragraph of its own, with no date or place to anchor it: the passive of carrying out tells the act.
        let body = "Riots shook Leeds on Tuesday night.\n\nAt least 300 arrests were made."
        let ms = extractor.extract(Fixtures.document(body, published: "2025-02-14")).mentions
        #expect(ms.contains { $0.subEventType == "Arrests" }, "\(ms.map(\.subEventType))")
        // Without a verb of carrying out the noun tells none.
        let said = extractor.extract(Fixtures.document("Riots shook Leeds on Tuesday night.\n\nArrests were condemned by residents.",
                                                       published: "2025-02-14")).mentions
        #expect(!said.contains { $0.subEventType == "Arrests" }, "\(said.map(\.subEventType))")
    }

    @Test func theExplosionTheNextSentenceNamesIsWhatTheAttackWas() {
        let body = "At least seven people were killed on Tuesday in a terror attack on a bus in Leeds.\n\n"
            + "Local media reported that the explosion took place while the bus was still at the terminal."
        let ms = extractor.extract(Fixtures.document(body, published: "2025-02-14")).mentions
        #expect(ms.count == 1 && ms.first?.eventType == .explosions, "\(ms.map { ($0.eventType, $0.subEventType) })")
        // An attack told with its means keeps it.
        let knife = extractor.extract(Fixtures.document("Two people died in a knife attack in Leeds on Tuesday.\n\n"
            + "The explosion of anger that followed shook the city.", published: "2025-02-14")).mentions
        #expect(knife.first?.eventType == .violenceAgainstCivilians, "\(knife.map { ($0.eventType, $0.subEventType) })")
    }

    @Test func aBombExplodedByItsMakersIsAnAct() {
        // A paragraph without a date or place of its own: "exploded a car bomb" tells the act, as "detonated" did.
        let body = "Rebels stormed the parliament in Leeds on Tuesday.\n\nThe rebels also exploded a car bomb outside the police headquarters."
        let ms = extractor.extract(Fixtures.document(body, published: "2025-02-14")).mentions
        #expect(ms.contains { $0.eventType == .explosions }, "\(ms.map { ($0.eventType, $0.subEventType) })")
    }

    @Test func oneShellHittingItsTargetIsAnEventOfItsOwn() {
        let body = "Rebels shelled Leeds on Tuesday.\n\nOne shell hit a school across the street, where families had sought shelter. "
            + "One shell hit the depot inside the barracks, but no one was injured."
        let ms = extractor.extract(Fixtures.document(body, published: "2025-02-14")).mentions.filter { $0.eventType == .explosions }
        let hits = ms.filter { $0.quoteText.description.hasPrefix("One shell") }
        #expect(hits.count == 2 && hits.allSatisfy(\.isAnother), "\(ms.map { ($0.quoteText.description.prefix(30), $0.isAnother) })")
    }

    @Test func shotWithoutAPersonIsNoAttack() {
        #expect(kinds("A crew shot a documentary about the women of Djibo on Tuesday.").isEmpty)
    }

    @Test func blockersStopTheShorterTriggerInside() {
        #expect(!kinds("Riot police stood guard outside the stadium in Leeds on Tuesday.").contains { $0.0 == .riots })
        #expect(kinds("Air raid sirens sounded across Kyiv on Tuesday, officials said.").isEmpty)
        #expect(!kinds("A court in Sokoto issued an arrest warrant for the governor on Tuesday.").contains { $0.1 == "Arrests" })
        #expect(kinds("Residents said the moment was captured on camera on Tuesday in a suburb of Leeds.").isEmpty)
        #expect(kinds("A man died of a heart attack in Leeds on Tuesday.").isEmpty)
        #expect(!kinds("Two men were charged with violent disorder in Leeds on Tuesday.").contains { $0.0 == .riots })
        #expect(!kinds("The minister came under fire for his remarks in Kisumu on Tuesday.").contains { $0.0 == .battles })
        #expect(kinds("Stocks rallied in Leeds on Tuesday as oil prices fell to a two-year low.").isEmpty)
        #expect(kinds("The two countries signed a trade agreement in Kisumu on Tuesday.").isEmpty)
        #expect(kinds("The bank was hit by a cyber attack in Leeds on Tuesday.").isEmpty)
        #expect(kinds("Hundreds of people gathered for the funeral of the victims in Kidal on Tuesday.").isEmpty)
        #expect(kinds("Negotiators in Benghazi are trying on Tuesday to agree to a truce.").isEmpty)
        #expect(kinds("The film shooting in Leeds was halted on Tuesday.").isEmpty)
        #expect(kinds("Video showed flames shooting out a window in Leeds on Tuesday.").isEmpty)
        #expect(kinds("Police in Leeds responded to reports of a shooting at the school on Tuesday.").isEmpty)
    }

    @Test func marchThroughIsAProtestNotAnAdvance() {
        let found = kinds("Hundreds of women marched through Kisumu on Tuesday.")
        #expect(found.contains { $0.0 == .protests } && !found.contains { $0.0 == .battles }, "\(found)")
    }
}
