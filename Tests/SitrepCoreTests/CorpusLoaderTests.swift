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
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func sha256PadsEveryLengthAroundABlockRight() {
        // Python's hashlib of bytes (i * 7 + 3) % 256: the padding fits in the last block, or needs one more.
        let expected = [
            55: "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b",
            56: "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27",
            63: "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055",
            64: "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241",
            65: "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e",
            119: "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e",
            120: "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5",
            128: "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6",
        ]
        for (n, hex) in expected { #expect(SHA256.hex((0..<n).map { UInt8(($0 * 7 + 3) % 256) }) == hex, "\(n) bytes") }
    }
}
