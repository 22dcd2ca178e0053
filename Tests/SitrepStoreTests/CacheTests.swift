import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Index cache: hits, misses, invalidation")
struct CacheTests {
    @Test func theCorpusKeyHashesTheExtractionKeysOnePerLine() {
        for docs in [[], Array(Fixtures.corpus.prefix(1)), Fixtures.corpus] {
            let lines = docs.map(CacheKeys.extraction).joined(separator: "\n")
            #expect(CacheKeys.analysis(docs, fingerprint: "f") == SHA256.hex(Array((CacheKeys.format + "f\n" + lines).utf8)))
        }
    }

    @Test func aSecondRunExtractsNothingAndReusesTheMerge() throws {
        let p = try Fixtures.indexed()
        let (_, first) = try p.analyse(documents: Fixtures.corpus)
        #expect(first.added == Fixtures.corpus.count && first.extracted == Fixtures.corpus.count && !first.consolidationCached)
        let (_, second) = try p.analyse(documents: Fixtures.corpus)
        #expect(second.unchanged == Fixtures.corpus.count && second.extracted == 0 && second.consolidationCached)
        #expect(second.added == 0 && second.changed == 0 && second.removed == 0)
    }

    @Test func aChangedFileIsExtractedAgainAloneAndARemovedOneDropped() throws {
        let p = try Fixtures.indexed()
        _ = try p.analyse(documents: Fixtures.corpus)
        var docs = Fixtures.corpus
        docs[0] = Fixtures.edited(docs[0], appending: "\nA closing line without events.\n")
        let (_, changed) = try p.analyse(documents: docs)
        #expect(changed.changed == 1 && changed.extracted == 1 && changed.unchanged == docs.count - 1 && !changed.consolidationCached)
        let (_, removed) = try p.analyse(documents: Array(docs.dropFirst()))
        #expect(removed.removed == 1 && removed.extracted == 0 && !removed.consolidationCached)
        let rows = try p.index.writer.read { db in try ExtractionRecord.fetchCount(db) }
        #expect(rows == docs.count - 1)
        let (_, back) = try p.analyse(documents: docs)
        #expect(back.added == 1 && back.extracted == 1)
    }

    @Test func aNewFingerprintExtractsEverythingAgain() throws {
        let p = try Fixtures.indexed(fingerprint: "old")
        _ = try p.analyse(documents: Fixtures.corpus)
        let q = IndexedPipeline(pipeline: Fixtures.pipeline, index: p.index, fingerprint: "new")
        let (_, r) = try q.analyse(documents: Fixtures.corpus)
        #expect(r.lexiconChanged && r.extracted == Fixtures.corpus.count && r.unchanged == Fixtures.corpus.count)
    }

    @Test func aPublicationDateGivenOnTheCommandLineIsPartOfTheKey() throws {
        let p = try Fixtures.indexed()
        _ = try p.analyse(documents: Fixtures.corpus)
        var docs = Fixtures.corpus
        docs[0].frontMatter.published = CalendarDate(iso: "2020-01-01")
        let (_, r) = try p.analyse(documents: docs)
        #expect(r.extracted == 1 && r.unchanged == docs.count)
    }

    @Test func theFingerprintFollowsTheDataFilesAndTheBuild() throws {
        let dir = Fixtures.folder()
        try Data("a\tb\n".utf8).write(to: dir.appendingPathComponent("actors.tsv"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("articles"), withIntermediateDirectories: true)
        let a = try LexiconFingerprint.compute(dataDirectory: dir, build: "1")
        try Data("x".utf8).write(to: dir.appendingPathComponent("articles/new.txt"))
        #expect(try LexiconFingerprint.compute(dataDirectory: dir, build: "1") == a, "articles are not data files")
        #expect(try LexiconFingerprint.compute(dataDirectory: dir, build: "2") != a)
        try Data("a\tc\n".utf8).write(to: dir.appendingPathComponent("actors.tsv"))
        #expect(try LexiconFingerprint.compute(dataDirectory: dir, build: "1") != a)
    }
}

@Suite("Lexicon fingerprint memo")
struct FingerprintMemoTests {
    @Test func theFingerprintIsHashedOncePerStamp() throws {
        let index = try CorpusIndex.inMemory()
        var calls = 0
        let a = try index.fingerprint(stamp: "s1") { calls += 1; return "f1" }
        let b = try index.fingerprint(stamp: "s1") { calls += 1; return "other" }
        let c = try index.fingerprint(stamp: "s2") { calls += 1; return "f2" }
        #expect(a == "f1" && b == "f1" && c == "f2" && calls == 2)
    }

    @Test func theStampFollowsSizesAndTimes() throws {
        let dir = Fixtures.folder()
        let file = dir.appendingPathComponent("cues.tsv")
        try Data("a".utf8).write(to: file)
        let s1 = try LexiconFingerprint.stamp(dataDirectory: dir, build: "b")
        #expect(try LexiconFingerprint.stamp(dataDirectory: dir, build: "b") == s1)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: file.path)
        #expect(try LexiconFingerprint.stamp(dataDirectory: dir, build: "b") != s1)
        #expect(try LexiconFingerprint.stamp(dataDirectory: dir, build: "c") != s1)
    }
}
