import Foundation
import GRDB
import Testing
@testable import SitrepStore

@Suite("Index faults: damaged and foreign files")
struct FaultTests {
    /// An index file with the bundled corpus in it.
    func builtIndex() throws -> String {
        let path = Fixtures.folder().appendingPathComponent("sitrep.sqlite").path
        let (index, problem) = try IndexOpener.open(path: path)
        #expect(problem == nil)
        _ = try IndexedPipeline(pipeline: Fixtures.pipeline, index: index, fingerprint: "f").analyse(documents: Fixtures.corpus)
        return path
    }

    @Test func aTruncatedIndexIsReportedSetAsideAndRebuilt() throws {
        let path = try builtIndex()
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber).intValue
        #expect(size > 8192)
        let h = try #require(FileHandle(forWritingAtPath: path))
        try h.truncate(atOffset: UInt64(size / 3)); try h.close()
        let (index, problem) = try IndexOpener.open(path: path)
        guard case .unusable(let p, _)? = problem else { Issue.record("not detected: \(String(describing: problem))"); return }
        #expect(p == path)
        #expect(FileManager.default.fileExists(atPath: path + ".bad"))
        let (_, r) = try IndexedPipeline(pipeline: Fixtures.pipeline, index: index, fingerprint: "f").analyse(documents: Fixtures.corpus)
        #expect(r.added == Fixtures.corpus.count && r.extracted == Fixtures.corpus.count)
    }

    @Test func garbageAndAnotherProgramsDatabaseAreNotIndexes() throws {
        let dir = Fixtures.folder()
        let garbage = dir.appendingPathComponent("garbage.sqlite").path
        try Data(repeating: 0x41, count: 5000).write(to: URL(fileURLWithPath: garbage))
        let foreign = dir.appendingPathComponent("foreign.sqlite").path
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('keep me')") }
        for path in [garbage, foreign] {
            #expect(throws: IndexError.self) { _ = try CorpusIndex.open(path: path) }
            let (_, problem) = try IndexOpener.open(path: path)
            #expect(problem != nil, "\(path)")
        }
        let kept = try DatabaseQueue(path: foreign + ".bad").read { db in try String.fetchOne(db, sql: "SELECT x FROM notes") }
        #expect(kept == "keep me", "the foreign file is moved aside, not overwritten")
    }

    @Test func anIndexIsCopiedBeforeAMigration() throws {
        let path = Fixtures.folder().appendingPathComponent("old.sqlite").path
        do {
            let q = try DatabaseQueue(path: path)
            try IndexSchema.migrator.migrate(q, upTo: "v1-cache")
            try q.write { db in try MetaRecord(name: "kept", value: "yes").insert(db) }
        }
        _ = try CorpusIndex.open(path: path)
        let copy = try DatabaseQueue(path: path + ".before-v2-search")
        let (kept, search) = try copy.read { db in
            (try MetaRecord.fetchOne(db, key: "kept")?.value, try db.tableExists(ArticleTextRecord.databaseTableName))
        }
        #expect(kept == "yes" && !search)
        let migrated = try DatabaseQueue(path: path).read { db in try db.tableExists(ArticleTextRecord.databaseTableName) }
        #expect(migrated)
        let again = Fixtures.folder().appendingPathComponent("new.sqlite").path
        _ = try CorpusIndex.open(path: again); _ = try CorpusIndex.open(path: again)
        #expect(!FileManager.default.fileExists(atPath: again + ".before-v2-search"), "a new or current index is not copied")
    }

    @Test func theDefaultLocationIsTheCorpusFolderElseTheDataHome() throws {
        let corpus = Fixtures.folder()
        let inside = IndexLocation.defaultPath(corpusFolder: corpus, environment: ["XDG_DATA_HOME": "/x"])
        #expect(inside == corpus.appendingPathComponent(".sitrep/sitrep.sqlite").path)
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/articles")
        let home = IndexLocation.defaultPath(corpusFolder: missing, environment: ["XDG_DATA_HOME": "/x"])
        #expect(home.hasPrefix("/x/sitrep/articles-") && home.hasSuffix(".sqlite"))
        #expect(home != IndexLocation.defaultPath(corpusFolder: missing.appendingPathComponent("b"), environment: ["XDG_DATA_HOME": "/x"]))
    }
}
