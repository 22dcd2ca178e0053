import Foundation
import TestScratch
import Testing
@testable import SitrepCore

@Suite("Corpus loader and bad input")
struct CorpusLoaderTests {
    func temp(_ files: [String: [UInt8]]) -> String {
        let dir = TestScratch.directory.appendingPathComponent("sitrep-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, bytes) in files { FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(bytes)) }
        return dir.path
    }

    @Test func frontMatterIsParsedAndBodyOffsetKept() throws {
        let text = "---\ntitle: T\noutlet: CNN\npublished: 2024-12-01\nauthor: X\n---\nBody"
        let r = try FrontMatterParser.parse(Array(text.utf8), path: "a.txt").get()
        #expect(r.frontMatter.outlet == "CNN" && r.frontMatter.published == CalendarDate(iso: "2024-12-01"))
        #expect(r.frontMatter.extra["author"] == "X")
        #expect(String(decoding: Array(text.utf8)[r.bodyStart...], as: UTF8.self) == "Body")
    }

    @Test func eachBadFileGetsItsOwnProblemAndTheRestLoad() {
        let dir = temp([
            "good.txt": Array("---\npublished: 2024-11-30\n---\nRebels stormed the town.".utf8),
            "empty.txt": [],
            "binary.md": [0x89, 0x50, 0x4E, 0x47, 0, 0, 1],
            "latin1.txt": Array("caf".utf8) + [0xE9, 0x20, 0x20],
            "unclosed.txt": Array("---\ntitle: x\nno end".utf8),
            "baddate.txt": Array("---\npublished: yesterday\n---\ntext".utf8),
            "notes.csv": Array("ignored".utf8),
        ])
        let loaded = CorpusLoader().load(paths: [dir, dir + "/missing.txt"])
        #expect(loaded.documents.map(\.id) == ["good", "latin1"], "Latin-1 is read, as Windows-1252")
        let kinds = Set(loaded.problems.map(\.kind))
        #expect(kinds == [.emptyFile, .binaryFile, .notUTF8, .malformedFrontMatter, .missingPath])
        let warning = loaded.problems.first { $0.kind == .notUTF8 }!
        #expect(warning.description.hasPrefix("Warning: ") && warning.description.contains("latin1.txt:1")
                && warning.description.contains("Help:"))
        #expect(Set(loaded.problems.map(\.kind.exitCode)).count == kinds.count)
        #expect(loaded.problems.first { $0.path.hasSuffix("baddate.txt") }?.line == 2)
    }

    @Test func aFileGivenTwiceOrTwoCopiesCountOnce() {
        let body = Array("---\npublished: 2024-11-30\n---\nRebels stormed the town.".utf8)
        let dir = temp(["a.txt": body, "b.txt": body, "c.txt": Array("---\npublished: 2024-11-30\n---\nOther text.".utf8)])
        let loaded = CorpusLoader().load(paths: [dir, dir + "/a.txt", dir + "/./a.txt"])
        #expect(loaded.documents.map(\.id) == ["a", "c"], "\(loaded.documents.map(\.id))")
        let notes = loaded.problems.filter { $0.kind == .duplicate }
        #expect(notes.count == 1 && notes[0].path.hasSuffix("b.txt") && notes[0].kind.exitCode == 0, "\(loaded.problems)")
    }

    @Test func emptyDirectoryAndOversizedFile() {
        let empty = temp([:])
        #expect(CorpusLoader().load(paths: [empty]).problems.first?.kind == .emptyDirectory)
        let big = temp(["big.txt": Array(repeating: 65, count: 2_000)])
        #expect(CorpusLoader(maxFileBytes: 1_000).load(paths: [big]).problems.first?.kind == .tooLarge)
    }

    @Test func missingPublishedStaysUnknown() {
        let dir = temp(["a.txt": Array("Rebels stormed the town on Saturday.".utf8)])
        let doc = CorpusLoader().load(paths: [dir]).documents[0]
        #expect(doc.frontMatter.published == nil)
    }

    @Test func emptyFrontMatterValuesAreAbsentValues() {
        let dir = temp(["a.txt": Array("---\ntitle: T\noutlet:\npublished:   \n---\nRebels stormed the town on Saturday.".utf8)])
        let plain = CorpusLoader().load(paths: [dir])
        #expect(plain.problems.isEmpty)
        #expect(plain.documents.first?.frontMatter.published == nil)
        #expect(plain.documents.first?.frontMatter.outlet == nil)
        let dated = CorpusLoader(defaultPublished: CalendarDate(iso: "2024-03-09")).load(paths: [dir])
        #expect(dated.documents.first?.frontMatter.published == CalendarDate(iso: "2024-03-09"))
    }

    @Test func sha256MatchesKnownVector() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
