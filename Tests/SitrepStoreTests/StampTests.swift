import Foundation
import GRDB
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Index: file stamps and the binary format's migration")
struct StampTests {
    @Test func stampsAreRememberedForTheNextRun() throws {
        let p = try Fixtures.indexed()
        let docs = Fixtures.corpus
        let stamp = FileStamp(size: 1, modified: 2, changed: 3, inode: 4, device: 5)
        _ = try p.analyse(documents: docs, stamps: [docs[0].path: stamp])
        let known = try p.index.knownFiles().byPath
        #expect(known == [docs[0].path: KnownFile(stamp: stamp, sha256: docs[0].sha256)], "files without a stamp are not known")
        // A new stamp alone (the same bytes) is recorded too.
        let later = FileStamp(size: 1, modified: 9, changed: 9, inode: 4, device: 5)
        let (_, r) = try p.analyse(documents: docs, stamps: [docs[0].path: later])
        #expect(r.consolidationCached && r.unchanged == docs.count)
        #expect(try p.index.knownFiles().byPath[docs[0].path]?.stamp == later)
    }

    @Test func theBinaryMigrationDropsJSONRowsAndKeepsTheRest() throws {
        let path = Fixtures.folder().appendingPathComponent("json.sqlite").path
        do {
            let q = try DatabaseQueue(path: path)
            try IndexSchema.migrator.migrate(q, upTo: "v2-search")
            try q.write { db in
                try ExtractionRecord(key: "k", payload: Data("{\"mentions\":[],\"claims\":[]}".utf8)).insert(db)
                try AnalysisRecord(key: "a", payload: Data("{}".utf8)).insert(db)
                try db.execute(sql: "INSERT INTO document (path, docID, sha256) VALUES ('a.txt', 'a', 'h')")
            }
        }
        let index = try CorpusIndex.open(path: path)
        let (extractions, analyses, docs) = try index.writer.read { db in
            (try ExtractionRecord.fetchCount(db), try AnalysisRecord.fetchCount(db), try DocumentRecord.fetchAll(db))
        }
        #expect(extractions == 0 && analyses == 0)
        #expect(docs == [DocumentRecord(path: "a.txt", docID: "a", sha256: "h", stamp: nil)])
        #expect(try index.knownFiles().byPath.isEmpty)
    }
}
