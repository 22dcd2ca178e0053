import Foundation
import Testing

/// `--workers` on every command, and the realistic benchmark corpus.
@Suite struct ScaleCLITests {
    @Test(arguments: ["list", "disagreements", "export", "browse"]) func workersBelowOneAreRejected(command: String) throws {
        let r = try Binary.run([command, "--workers", "0"])
        #expect(r.status == 64 && r.stderr.contains("--workers"), "\(r.stderr)")
    }

    @Test func exportIsTheSameOnOneWorkerAndOnTwo() throws {
        let one = try Binary.run(["export", "--workers", "1"]), two = try Binary.run(["export", "--workers", "2"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.data == two.data && one.data.count > 1000)
    }

    @Test func theRealisticCorpusIsDeterministicAndTimedPerStage() throws {
        let a = Binary.folder([:]), b = Binary.folder([:])
        let r = try Binary.run(["bench", "--corpus", "realistic", "--mb", "0.2", "--workers", "1", "--dump", a])
        _ = try Binary.run(["bench", "--corpus", "realistic", "--mb", "0.2", "--workers", "1", "--dump", b])
        #expect(r.status == 0, "\(r.stderr)")
        for stage in ["load", "extract", "merge", "disagreements", "JSON export", "CSV export", "disagreements report"] {
            #expect(r.stdout.contains("\n" + stage + " "), "\(stage): \(r.stdout)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        let again = try FileManager.default.contentsOfDirectory(atPath: b).sorted()
        #expect(files.count > 5 && files == again)
        for f in files {
            #expect(FileManager.default.contents(atPath: a + "/" + f) == FileManager.default.contents(atPath: b + "/" + f))
        }
        // Copies are moved in time and place: not every copy of an article says the same.
        let texts = Set(files.map { String(decoding: FileManager.default.contents(atPath: a + "/" + $0)!, as: UTF8.self) })
        #expect(texts.count == files.count)
    }

    @Test func copiesOfAnArticleThatNothingElseChangesAreStillFilesOfTheirOwn() throws {
        // Undated, no figures, no town the gazetteer knows: only the copy's address tells the copies apart.
        let article = "---\ntitle: Quiet night\noutlet: Example Times\npublished:\n---\nResidents of Zzyqville said the night was quiet.\n"
        let from = Binary.folder(["ex1_01.txt": Array(article.utf8)]), out = Binary.folder([:])
        let r = try Binary.run(["bench", "--corpus", "realistic", "--mb", "0.01", "--workers", "1", "--from", from, "--dump", out])
        #expect(r.status == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        let texts = Set(files.map { String(decoding: FileManager.default.contents(atPath: out + "/" + $0)!, as: UTF8.self) })
        #expect(files.count > 20 && texts.count == files.count)
        #expect(texts.allSatisfy { $0.contains("url: https://archive.invalid/r") && $0.hasSuffix("the night was quiet.\n") })
    }
}
