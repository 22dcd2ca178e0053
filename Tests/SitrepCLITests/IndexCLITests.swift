import Foundation
import Testing

@Suite("sitrep index and the corpus index in every command")
struct IndexCLITests {
    @Test func indexReportsWhatChangedAndExportsStayTheSame() throws {
        let corpus = try Binary.corpusCopy(), index = Binary.folder([:]) + "/i.sqlite"
        let first = try Binary.run(["index", "--index", index, corpus])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("5 added, 0 changed, 0 removed, 0 unchanged; 5 extracted"), "\(first.stdout)")
        let again = try Binary.run(["index", "--index", index, corpus])
        #expect(again.stdout.contains("0 added, 0 changed, 0 removed, 5 unchanged; 0 extracted; events from the index"), "\(again.stdout)")
        let name = try #require(FileManager.default.contentsOfDirectory(atPath: corpus).sorted().first)
        FileHandle(forWritingAtPath: corpus + "/" + name).map { h in h.seekToEndOfFile(); h.write(Data("\nOne more line.\n".utf8)); h.closeFile() }
        let changed = try Binary.run(["index", "--index", index, corpus])
        #expect(changed.stdout.contains("0 added, 1 changed, 0 removed, 4 unchanged; 1 extracted; events merged again"), "\(changed.stdout)")
        for format in ["json", "csv"] {
            let plain = try Binary.run(["export", "--format", format, "--no-index", corpus])
            let cached = try Binary.run(["export", "--format", format, "--index", index, corpus])
            #expect(cached.status == 0 && !plain.data.isEmpty && cached.data == plain.data, "\(format)")
        }
    }

    @Test func theDefaultIndexIsInTheCorpusFolder() throws {
        let corpus = try Binary.corpusCopy()
        let r = try Binary.run(["index", corpus], env: ["SITREP_INDEX": ""])
        #expect(r.status == 0 && r.stdout.contains(".sitrep/sitrep.sqlite"), "\(r.stdout) \(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: corpus + "/.sitrep/sitrep.sqlite"))
        let list = try Binary.run(["list", corpus], env: ["SITREP_INDEX": ""])
        #expect(list.status == 0 && list.stderr.isEmpty, "other commands refresh silently: \(list.stderr)")
    }

    @Test func aCorpusFolderThatCannotHoldTheIndexSendsItToTheDataHome() throws {
        let corpus = try Binary.corpusCopy(), home = Binary.folder([:])
        FileManager.default.createFile(atPath: corpus + "/.sitrep", contents: Data("not a folder".utf8))
        let r = try Binary.run(["index", corpus], env: ["SITREP_INDEX": "", "XDG_DATA_HOME": home])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: home + "/sitrep")
        #expect(files.contains { $0.hasPrefix("articles-") && $0.hasSuffix(".sqlite") }, "\(files)")
        #expect(r.stdout.contains(home + "/sitrep/articles-"), "\(r.stdout)")
    }

    @Test func aDamagedIndexIsNamedSetAsideAndRebuiltWithTheSameOutput() throws {
        let corpus = try Binary.corpusCopy(), index = Binary.folder([:]) + "/i.sqlite"
        try Data(repeating: 0x58, count: 9000).write(to: URL(fileURLWithPath: index))
        let plain = try Binary.run(["list", "--no-index", corpus])
        let r = try Binary.run(["list", "--index", index, corpus])
        #expect(r.status == 80, "\(r.stderr)")
        #expect(r.stderr.contains(index) && r.stderr.contains("not a usable sitrep index") && r.stderr.contains(index + ".bad"), "\(r.stderr)")
        #expect(r.stdout == plain.stdout)
        let again = try Binary.run(["list", "--index", index, corpus])
        #expect(again.status == 0 && again.stderr.isEmpty && again.stdout == plain.stdout, "\(again.stderr)")
    }

    @Test func twoProcessesOnOneIndexBothFinishWithTheSameOutput() throws {
        let corpus = try Binary.corpusCopy(), index = Binary.folder([:]) + "/i.sqlite"
        let both = try Binary.runShell("""
            "$SITREP" export --index '\(index)' '\(corpus)' > '\(index).a' & "$SITREP" export --index '\(index)' '\(corpus)' > '\(index).b'; \
            s=$?; wait $!; echo "$s $?"
            """)
        #expect(both.stdout == "0 0\n", "\(both.stderr)")
        let plain = try Binary.run(["export", "--no-index", corpus]).data
        #expect(FileManager.default.contents(atPath: index + ".a") == plain && FileManager.default.contents(atPath: index + ".b") == plain)
        let check = try Binary.run(["index", "--index", index, corpus])
        #expect(check.status == 0 && check.stdout.contains("5 unchanged; 0 extracted"), "\(check.stdout)")
    }

    @Test func anIndexThatCannotBeWrittenIsNamedAndTheRunGoesOn() throws {
        let corpus = try Binary.corpusCopy()
        let blocker = Binary.folder(["file": Array("x".utf8)]) + "/file"
        let r = try Binary.run(["list", "--index", blocker + "/i.sqlite", corpus])
        #expect(r.status == 81, "\(r.stderr)")
        #expect(r.stderr.contains(blocker + "/i.sqlite") && r.stderr.contains("--no-index"), "\(r.stderr)")
        #expect(r.stdout == (try Binary.run(["list", "--no-index", corpus])).stdout)
        let both = try Binary.run(["list", "--index", "x.sqlite", "--no-index", corpus])
        #expect(both.status == 64 && both.stderr.contains("exclude each other"))
    }
}

@Suite("sitrep search")
struct SearchCLITests {
    static let article = Array(("---\noutlet: Test\npublished: 2024-11-30\n---\n"
        + "Airstrikes killed 4 civilians in Idlib on Friday, the monitor said.\n\n"
        + "The \u{1B}[31mmarket sold zucchini as every week.\n").utf8)

    @Test func aMatchOutsideEventsIsPrintedWithItsOffsetsAndSanitised() throws {
        let dir = Binary.folder(["a.txt": Self.article])
        let at = Self.article.firstRange(of: Array("zucchini".utf8))!.lowerBound
        for extra in [["--no-index"], ["--index", dir + "/i.sqlite"]] {
            let r = try Binary.run(["search", "zucchini", dir] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasPrefix("a  bytes \(at)–\(at + 8)  no event  "), "\(r.stdout)")
            #expect(r.stdout.contains("«zucchini»") && r.stdout.contains("\u{FFFD}[31m") && !r.stdout.contains("\u{1B}"), "\(r.stdout)")
        }
        let inEvent = try Binary.run(["search", "airstrikes", dir, "--no-index"])
        let strike = Self.article.firstRange(of: Array("Airstrikes".utf8))!.lowerBound
        #expect(inEvent.stdout.hasPrefix("a  bytes \(strike)–\(strike + 10)  ev-"), "\(inEvent.stdout)")
        let none = try Binary.run(["search", "nothing-here", dir, "--no-index"])
        #expect(none.status == 0 && none.stdout == "no match for “nothing-here”\n")
    }
}
