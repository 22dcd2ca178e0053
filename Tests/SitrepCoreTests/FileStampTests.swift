import Foundation
import Testing
@testable import SitrepCore

@Suite("Corpus loader: file stamps spare hashing unchanged files")
struct FileStampTests {
    func folder(_ text: String) throws -> (dir: String, file: String) { try Fixtures.oneArticleFolder(text) }

    func loader(known: [String: KnownFile] = [:]) -> CorpusLoader {
        var l = CorpusLoader()
        l.settled = 0; l.known = known
        return l
    }

    @Test func anUnchangedStampTakesTheKnownHashAndAChangedOneIsHashedAgain() throws {
        let (dir, file) = try folder("Rebels stormed the town.")
        let first = loader().load(paths: [dir])
        let stamp = try #require(first.stamps[file])
        let real = try #require(first.documents.first?.sha256)
        #expect(stamp.size == 24)
        // The same stamp: the hash recorded is taken as it is (here a marker, to show the bytes were not hashed).
        let known = [file: KnownFile(stamp: stamp, sha256: "known")]
        #expect(loader(known: known).load(paths: [dir]).documents.first?.sha256 == "known")
        // The same size, other bytes and another modification time: read and hashed again.
        try Data("Rebels stormed the city.".utf8).write(to: URL(fileURLWithPath: file))
        let later = Date(timeIntervalSince1970: Double(stamp.modified) / 1e9 - 5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: file)
        let again = loader(known: known).load(paths: [dir])
        #expect(again.stamps[file]?.size == stamp.size && again.stamps[file] != stamp)
        #expect(again.documents.first?.sha256 == SHA256.hex(Array("Rebels stormed the city.".utf8)))
        #expect(again.documents.first?.sha256 != real)
    }

    @Test func aFileChangedInTheLastSecondGetsNoStamp() throws {
        let (dir, file) = try folder("Rebels stormed the town.")
        #expect(CorpusLoader().load(paths: [dir]).stamps[file] == nil, "a change within the clock's tick would not show")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: file)
        #expect(CorpusLoader().load(paths: [dir]).stamps[file] == nil, "setting the time changed the status time")
    }

    @Test func stampsReadBackFromTheirText() {
        let s = FileStamp(size: 12, modified: 1_796_542_753_250_245_029, changed: -5, inode: UInt64.max, device: 7)
        #expect(FileStamp(s.description) == s)
        #expect(FileStamp("12 3 4") == nil && FileStamp("a b c d e") == nil)
    }
}
