import Foundation
import TestScratch
import Testing
@testable import SitrepCore

/// Corpus folders as users have them: links, loops, pipes, odd names, byte-order marks, long or huge files.
@Suite("Corpus loader on the file system")
struct CorpusFileSystemTests {
    static let article = Array("---\npublished: 2024-11-30\n---\nGunmen killed five people in Saraqib on Saturday.\n".utf8)

    /// A fresh temporary folder.
    static func folder() -> String {
        let dir = TestScratch.directory.appendingPathComponent("sitrep-fs-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ path: String, _ bytes: [UInt8] = article) {
        try! FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
    }

    @Test func directoryLinksAreFollowedOnceAndLoopsReported() throws {
        let root = Self.folder(), elsewhere = Self.folder()
        Self.write(root + "/a/one.txt"); Self.write(elsewhere + "/two.txt", Self.article + Array("Another line.\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: root + "/a/linked", withDestinationPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: root + "/a/back", withDestinationPath: "..")
        let loaded = CorpusLoader().load(paths: [root])
        #expect(loaded.documents.map(\.id) == ["one", "two"])
        #expect(loaded.problems.map(\.kind) == [.directoryLoop] && loaded.problems.first?.path == root + "/a/back")
        let viaLink = CorpusLoader().load(paths: [root + "/a/linked"])
        #expect(viaLink.documents.map(\.id) == ["two"] && viaLink.problems.isEmpty, "a link given as the path is read")
    }

    @Test func pipesBrokenLinksAndDirectoriesNamedLikeArticles() throws {
        let root = Self.folder()
        Self.write(root + "/folder.txt/inside.txt")
        #expect(mkfifo(root + "/pipe.txt", 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/gone.txt", withDestinationPath: root + "/nowhere.txt")
        let loaded = CorpusLoader().load(paths: [root])
        #expect(loaded.documents.map(\.id) == ["inside"], "a directory named .txt is a directory")
        let byPath = Dictionary(uniqueKeysWithValues: loaded.problems.map { (($0.path as NSString).lastPathComponent, $0) })
        #expect(byPath["pipe.txt"]?.kind == .notAFile && byPath["pipe.txt"]?.message.contains("named pipe") == true)
        #expect(byPath["gone.txt"]?.kind == .missingPath && byPath["gone.txt"]?.message.contains("symbolic link") == true)
        #expect(CorpusLoader().load(paths: [root + "/pipe.txt"]).problems.map(\.kind) == [.notAFile], "given as the path, never opened")
    }

    @Test func aFileNameThatIsNotUTF8IsRead() {
        let root = Self.folder()
        let name = Array((root + "/caf").utf8) + [0xE9] + Array(".txt".utf8)
        let raw = name.map { CChar(bitPattern: $0) } + [0]
        let f = raw.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
        #expect(f >= 0)
        _ = Self.article.withUnsafeBytes { Foundation.write(f, $0.baseAddress!, $0.count) }
        close(f)
        let loaded = CorpusLoader().load(paths: [root])
        #expect(loaded.problems.isEmpty, "\(loaded.problems)")
        #expect(loaded.documents.map(\.id) == ["caf\u{FFFD}"])
    }

    @Test func filesComeInPathOrderSoDuplicateIdsAreNumberedAsBefore() {
        let root = Self.folder()
        // Three different articles (a byte copy would be one source).
        for (i, name) in ["/a/x.txt", "/a-b/x.txt", "/a-b.txt"].enumerated() { Self.write(root + name, Self.article + Array("Copy \(i).\n".utf8)) }
        let loaded = CorpusLoader().load(paths: [root])
        #expect(loaded.documents.map(\.path) == [root + "/a-b.txt", root + "/a-b/x.txt", root + "/a/x.txt"])
        #expect(loaded.documents.first { $0.path.hasSuffix("/a-b/x.txt") }?.id == "x")
        #expect(loaded.documents.first { $0.path.hasSuffix("/a/x.txt") }?.id == "x-2")
    }

    @Test func byteOrderMarkBeforeFrontMatterIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.article
        let r = try FrontMatterParser.parse(bytes, path: "bom.txt").get()
        #expect(r.frontMatter.published == CalendarDate(iso: "2024-11-30") && r.bodyStart == 3 + "---\npublished: 2024-11-30\n---\n".utf8.count)
        let bare = try FrontMatterParser.parse([0xEF, 0xBB, 0xBF] + Array("Text".utf8), path: "b.txt").get()
        #expect(bare.bodyStart == 3)
    }

    @Test func frontMatterTooLongIsNotNeverClosed() {
        let long = "---\n" + String(repeating: "key: value\n", count: 250) + "---\nBody\n"
        let open = "---\n" + String(repeating: "key: value\n", count: 250) + "Body\n"
        guard case .failure(let tooLong) = FrontMatterParser.parse(Array(long.utf8), path: "a"),
              case .failure(let unclosed) = FrontMatterParser.parse(Array(open.utf8), path: "b") else {
            Issue.record("both must fail"); return
        }
        #expect(tooLong.message.contains("longer than 200 lines"))
        #expect(unclosed.message.contains("never closed"))
    }

    @Test func sizeIsCheckedFirstAndANulAnywhereIsBinary() {
        let root = Self.folder()
        Self.write(root + "/spaces.txt", Array(repeating: 32, count: 5_000))
        Self.write(root + "/late-nul.txt", Self.article + Array(repeating: 65, count: 20_000) + [0] + [65])
        let loaded = CorpusLoader(maxFileBytes: 1_000).load(paths: [root + "/spaces.txt"])
        #expect(loaded.problems.map(\.kind) == [.tooLarge], "too large, not empty")
        #expect(CorpusLoader().load(paths: [root + "/late-nul.txt"]).problems.map(\.kind) == [.binaryFile])
    }
}
