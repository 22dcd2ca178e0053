import Foundation
import Testing
@testable import SitrepCore

@Suite("TriggerLexicon")
struct TriggerLexiconTests {
    static let real: TriggerLexicon = try! TriggerLexicon.load(file: lexiconDataDirectory.appendingPathComponent("triggers.tsv"))

    func parse(_ text: String) throws -> TriggerLexicon {
        try TriggerLexicon.parse(Array(text.utf8), fileName: "triggers.tsv")
    }

    /// Normalised word tokens of a sentence, as the extractor would produce them.
    func tokens(_ s: String) -> [String] { NameKey.normalize(s).split(separator: " ").map(String.init) }

    func best(_ s: String, at i: Int = 0) -> (trigger: Trigger, length: Int)? { Self.real.match(tokens: tokens(s), at: i) }

    @Test func realFileLoadsWithBroadCoverage() {
        #expect(Self.real.count >= 1000)
        for type in EventType.allCases { #expect(Self.real.allTriggers.contains { $0.eventType == type }) }
    }

    @Test func everySubEventTypeIsCovered() {
        let used = Set(Self.real.allTriggers.map(\.subEventType))
        for type in EventType.allCases {
            for sub in type.subEventTypes where !sub.hasSuffix("territory") { #expect(used.contains(sub), "\(sub)") }
        }
    }

    @Test func matchingExamples() throws {
        let struck = try #require(best("struck at insurgents"))
        #expect(struck.trigger.phrase == "struck at" && struck.length == 2)
        #expect(best("airstrikes")?.trigger.subEventType == "Air/drone strike")
        #expect(best("air strikes")?.trigger.subEventType == "Air/drone strike")
        let cost = try #require(best("cost the regime control of the city"))
        #expect(cost.trigger.isTerritory && cost.length == 5 && cost.trigger.tokens.contains(Trigger.gap))
        let stormed = try #require(best("stormed the town"))
        #expect(stormed.trigger.eventType == .battles && stormed.trigger.isTerritory)
        #expect(best("shelling")?.trigger.subEventType == "Shelling/artillery/missile attack")
        #expect(best("barrel bombs")?.trigger.subEventType == "Air/drone strike")
        #expect(best("suicide bomber")?.trigger.eventType == .explosions)
        #expect(best("tear gas")?.trigger.subEventType == "Protest with intervention")
        #expect(best("ceasefire")?.trigger.subEventType == "Agreement")
        #expect(best("Government aircraft have carried out bombing raids", at: 3)?.trigger.subEventType == "Air/drone strike")
    }

    @Test func mostSpecificTriggerWins() throws {
        let m = try #require(best("clashed with police"))
        #expect(m.trigger.eventType == .riots && m.length == 3)
        #expect(best("clashed with rebels")?.trigger.eventType == .battles)
        #expect(best("general strike")?.trigger.eventType == .protests)
        #expect(best("opened fire on the crowd")?.trigger.subEventType == "Excessive force against protesters")
    }

    @Test func anAttackOnACivilianSiteOrOnCiviliansIsAnAttackOnCivilians() {
        for s in ["Militants carried out attacks on two villages near Mopti on Monday, killing 30.",
                  "Rebels claimed an attack on the Kessoro Secondary School near Mopti on Monday that killed 30.",
                  "An armed attack against construction workers near Mopti on Monday killed 16."] {
            let m = Fixtures.mentions(s).first { $0.fatalities != nil }
            #expect(m?.eventType == .violenceAgainstCivilians, "\(s): \(String(describing: m?.eventType))")
        }
        // The act's own target is troops: a clash, though a village is named after.
        let troops = Fixtures.mentions("An attack on troops in a village near Mopti on Monday killed 30, officials said.").first
        #expect(troops?.eventType == .battles, "\(String(describing: troops?.eventType))")
    }

    @Test func aGapNeverSkipsASubordinator() throws {
        let lex = try parse("killed * gunmen\tBattles\tArmed clash\t1\tverb\n")
        #expect(lex.match(tokens: tokens("killed two gunmen"), at: 0) != nil)
        for s in ["killed when gunmen raided", "killed as gunmen stormed", "killed after two gunmen", "killed while the gunmen"] {
            #expect(lex.match(tokens: tokens(s), at: 0) == nil, "\(s)")
        }
        let ms = Fixtures.mentions("Five villagers were killed when gunmen raided a village near Mopti on Monday.")
        #expect(ms.count == 1 && ms.first?.fatalities?.count == 5, "\(ms.map { ($0.trigger, $0.fatalities) })")
    }

    @Test func aJoiningHyphenInTextIsSkipped() throws {
        let lex = try parse("air strike\tExplosions/Remote violence\tAir/drone strike\t3\tnoun\nair * (raid|raids)\tExplosions/Remote violence\tAir/drone strike\t3\tnoun\n")
        #expect(lex.match(tokens: ["air", "-", "strike", "on"], at: 0)?.length == 3)
        #expect(lex.match(tokens: ["air", "strike"], at: 0)?.length == 2)
        #expect(lex.match(tokens: ["air", "-", "raid"], at: 0)?.trigger.phrase == "air * raid", "a gap counts the hyphen as a token")
        #expect(Self.real.match(tokens: ["machine", "-", "gunned"], at: 0)?.trigger.subEventType == "Attack")
    }

    @Test func blockersOutrankTheShorterTriggersInside() throws {
        let lex = try parse("riot\tRiots\tViolent demonstration\t3\tverb\nriot police\t-\t-\t0\t-\n")
        let m = try #require(lex.match(tokens: ["riot", "police", "fired"], at: 0))
        #expect(m.trigger.isBlocker && m.length == 2)
        #expect(lex.match(tokens: ["riot"], at: 0)?.trigger.isBlocker == false)
        #expect(Self.real.match(tokens: ["arrest", "warrant"], at: 0)?.trigger.isBlocker == true)
    }

    @Test func gapsSkipAtMostThreeTokens() throws {
        let lex = try parse("cost * control of\tBattles\tterritory\t3\tverb\n")
        #expect(lex.match(tokens: tokens("cost control of"), at: 0)?.length == 3)
        #expect(lex.match(tokens: tokens("cost the syrian regime control of"), at: 0)?.length == 6)
        #expect(lex.match(tokens: tokens("cost the old syrian regime control of"), at: 0) == nil)
        #expect(lex.triggers(startingWith: "cost").count == 1 && lex.triggers(startingWith: "control").isEmpty)
    }

    @Test func braceAlternationExpands() throws {
        let lex = try parse("(strike|strikes|struck) on\tExplosions/Remote violence\tAir/drone strike\t2\tverb\nclash(|es)\tBattles\tArmed clash\t3\tverb\n")
        #expect(lex.count == 5)
        #expect(lex.match(tokens: ["struck", "on"], at: 0)?.trigger.phrase == "struck on")
        #expect(lex.match(tokens: ["clashes"], at: 0) != nil)
    }

    @Test(arguments: [
        ("x\tBattle\tArmed clash\t2\tverb", "unknown event type 'Battle'"),
        ("x\tBattles\tAir/drone strike\t2\tverb", "not valid for 'Battles'"),
        ("x\tRiots\tterritory\t2\tverb", "not valid for 'Riots'"),
        ("x\tBattles\tArmed clash\t4\tverb", "weight '4'"),
        ("x\tBattles\tArmed clash\t2\tadverb", "class 'adverb'"),
        ("x\tBattles\tArmed clash\t2", "expected 5"),
        ("clash\tBattles\tArmed clash\t2\tverb", "duplicate trigger 'clash' (already on line 1)"),
        ("* x\tBattles\tArmed clash\t2\tverb", "gap"),
        ("x *\tBattles\tArmed clash\t2\tverb", "gap"),
        ("x * * y\tBattles\tArmed clash\t2\tverb", "two gaps"),
        ("--\tBattles\tArmed clash\t2\tverb", "empty trigger"),
        ("(x|y\tBattles\tArmed clash\t2\tverb", "unbalanced"),
        ("x\tBattles\tArmed clash\t0\tverb", "a blocker (weight 0) is not an event"),
        ("x\t-\t-\t0\tnoun", "a blocker (weight 0) is not an event"),
    ])
    func badRowsReportLine(row: String, expected: String) {
        do { _ = try parse("(clash|clashes)\tBattles\tArmed clash\t3\tverb\n" + row + "\n"); Issue.record("no error for \(row)") }
        catch let e as LexiconError { #expect(e.line == 2 && e.message.contains(expected), "\(e)") }
        catch { Issue.record("\(error)") }
    }
}
