import Foundation
import Testing
@testable import SitrepCore

/// `Data/inflections.tsv` and the `<lemma>` markers of the trigger lexicon.
@Suite("Inflections")
struct InflectionTests {
    static let real: Inflections = try! Inflections.load(file: lexiconDataDirectory.appendingPathComponent("inflections.tsv"))

    /// A small table: one regular verb, one irregular, one noun.
    static let small = """
        # lemma\tpos\tbase\ts\tpast\tparticiple\ting
        march\tv\tmarch\tmarches\tmarched\tmarched\tmarching
        take\tv\ttake\ttakes\ttook\ttaken\ttaking
        hostage\tn\thostage\thostages\t-\t-\t-
        """

    func verb(_ lemma: String) -> Set<String> { Set(Self.real.forms(of: lemma, as: .verb, slots: Inflections.Slot.allCases) ?? []) }
    func noun(_ lemma: String) -> Set<String> { Set(Self.real.forms(of: lemma, as: .noun, slots: [.base, .s]) ?? []) }

    func lexicon(_ rows: String) throws -> TriggerLexicon {
        let table = try Inflections.parse(Array(Self.small.utf8), fileName: "inflections.tsv")
        return try TriggerLexicon.parse(Array(rows.utf8), fileName: "triggers.tsv", inflections: table)
    }

    @Test func regularAndDoubledConsonantVerbs() {
        #expect(verb("attack") == ["attack", "attacks", "attacked", "attacking"])
        #expect(verb("kidnap").isSuperset(of: ["kidnap", "kidnaps", "kidnapped", "kidnaped", "kidnapping"]))
        #expect(verb("repel") == ["repel", "repels", "repelled", "repelling"])
    }

    @Test func irregularVerbsComeFromTheData() {
        #expect(verb("fight") == ["fight", "fights", "fought", "fighting"])
        #expect(verb("take") == ["take", "takes", "took", "taken", "taking"])
        #expect(verb("shoot") == ["shoot", "shoots", "shot", "shooting"])
        #expect(verb("lay").contains("laid") && verb("withdraw").isSuperset(of: ["withdrew", "withdrawn"]))
        #expect(!verb("strike").contains("stricken"), "an adjective in news ('conflict-stricken'), excluded by the build script")
    }

    @Test func eStemsDropTheirE() {
        #expect(verb("seize") == ["seize", "seizes", "seized", "seizing"])
        #expect(verb("capture").isSuperset(of: ["captured", "capturing"]))
    }

    @Test func nounPluralsAndCompounds() {
        #expect(noun("hostage") == ["hostage", "hostages"])
        #expect(noun("rally") == ["rally", "rallies"])
        #expect(noun("airstrike") == ["airstrike", "airstrikes"], "an unknown compound is inflected like its tail")
        #expect(noun("cease-fire") == ["cease-fire", "cease-fires"])
    }

    @Test func markersExpandAtLoad() throws {
        let lex = try lexicon("<take> <hostage:n>\tViolence against civilians\tAbduction/forced disappearance\t3\tverb\n"
                              + "<march:ed,ing>\tProtests\tPeaceful protest\t1\tverb\n")
        #expect(lex.count == 12)
        #expect(lex.match(tokens: ["took", "hostages"], at: 0)?.trigger.phrase == "took hostages")
        #expect(lex.match(tokens: ["taken", "hostage"], at: 0) != nil)
        #expect(lex.match(tokens: ["marching"], at: 0) != nil && lex.match(tokens: ["march"], at: 0) == nil,
                "selectors keep the month name out")
    }

    @Test func theRealLexiconHasEveryForm() {
        let real = TriggerLexiconTests.real
        for form in ["kidnapped", "kidnaping", "fought", "seizing", "overran", "retook", "laid down arms"] {
            #expect(real.match(tokens: form.split(separator: " ").map(String.init), at: 0) != nil, "\(form)")
        }
    }

    @Test(arguments: [
        ("<kidnapx>\tBattles\tArmed clash\t2\tverb", "unknown lemma '<kidnapx>' (no verb entry in inflections.tsv); run python3 Data/build/build_inflections.py"),
        ("<march:n>\tBattles\tArmed clash\t2\tverb", "no noun entry"),
        ("<march:past>\tBattles\tArmed clash\t2\tverb", "unknown selector 'past'"),
        ("<march:ed,n>\tBattles\tArmed clash\t2\tverb", "mixes verb and noun"),
        ("x<march>\tBattles\tArmed clash\t2\tverb", "malformed lemma marker"),
        ("<>\tBattles\tArmed clash\t2\tverb", "malformed lemma marker"),
        ("<take:ed> over\tBattles\tArmed clash\t2\tverb\ntook over\tBattles\tArmed clash\t2\tverb", "duplicate trigger 'took over' (already on line 2)"),
    ])
    func badMarkersReportTheirLine(rows: String, expected: String) {
        do { _ = try lexicon("clash\tBattles\tArmed clash\t3\tverb\n" + rows + "\n"); Issue.record("no error for \(rows)") }
        catch let e as LexiconError {
            #expect(e.file == "triggers.tsv" && e.line == (rows.contains("\n") ? 3 : 2) && e.message.contains(expected), "\(e)")
        } catch { Issue.record("\(error)") }
    }

    @Test(arguments: [
        ("raid\tv\traid\traids\traided\traided", "expected 7"),
        ("raid\tx\traid\traids\traided\traided\traiding", "part of speech 'x'"),
        ("raid\tv\traids\traids\traided\traided\traiding", "base column must be the lemma"),
        ("raid\tv\traid\traids\t-\traided\traiding", "all five form columns"),
        ("raid\tn\traid\traids\traided\t-\t-", "base and s only"),
        ("march\tv\tmarch\tmarches\tmarched\tmarched\tmarching", "duplicate lemma 'march' (v), already on line 2"),
        ("raid\tv\traid\traids|\traided\traided\traiding", "empty or multi-word form"),
    ])
    func badTableRowsReportTheirLine(row: String, expected: String) {
        let text = "# header\nmarch\tv\tmarch\tmarches\tmarched\tmarched\tmarching\n" + row + "\n"
        do { _ = try Inflections.parse(Array(text.utf8), fileName: "inflections.tsv"); Issue.record("no error for \(row)") }
        catch let e as LexiconError { #expect(e.description.hasPrefix("inflections.tsv:3: ") && e.message.contains(expected), "\(e)") }
        catch { Issue.record("\(error)") }
    }

    @Test func everyTableEntryIsUsedByADataFile() throws {
        let text = try String(contentsOf: lexiconDataDirectory.appendingPathComponent("triggers.tsv"), encoding: .utf8)
        for key in Self.real.entries.keys {
            let parts = key.split(separator: "/")
            let used = parts[1] == "n" ? text.contains("<\(parts[0]):n>") || text.contains("<\(parts[0]):pl>")
                                       : text.contains("<\(parts[0])>") || text.contains("<\(parts[0]):")
            #expect(used, "\(key) is stale: run python3 Data/build/build_inflections.py")
        }
    }
}
