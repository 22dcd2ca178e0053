import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Index: a refresh gives what a fresh run gives")
struct IncrementalTests {
    /// An article from its text, as the loader reads it.
    func doc(_ id: String, _ published: String?, _ body: String) throws -> Document {
        let head = "---\noutlet: \(id.uppercased())\n" + (published.map { "published: \($0)\n" } ?? "") + "---\n"
        return try CorpusLoader().document(from: Array((head + body).utf8), path: id + ".txt").get()
    }

    func same(_ a: Analysis, _ docs: [Document]) throws {
        let plain = try Fixtures.exports(Fixtures.pipeline.analyse(documents: docs))
        let got = try Fixtures.exports(a)
        #expect(got.0 == plain.0 && got.1 == plain.1)
    }

    @Test func addingChangingAndRemovingArticlesGivesAFreshRunsOutput() throws {
        let dated = try doc("dated", "2025-03-06", "Gunmen killed nine villagers in Konduga on Tuesday, residents said.")
        let undated = try doc("undated", nil, "Gunmen killed nine villagers in Konduga on Tuesday. On Saturday, soldiers arrested four suspects in Bama.")
        let lone = try doc("lone", nil, "Rebels shelled the market in Goma on Friday, killing three traders.")
        let p = try Fixtures.indexed()
        let v1 = Fixtures.corpus + [dated, undated, lone]
        let (a1, _) = try p.analyse(documents: v1)
        try same(a1, v1)
        #expect(a1.documents.contains { $0.frontMatter.publishedInferred })
        // The dated article changes (the undated one's evidence moves), one is added and one removed.
        let moved = try doc("dated", "2025-03-13", "Gunmen killed nine villagers in Konduga on Tuesday, residents said.")
        let added = try doc("later", nil, "Rebels shelled the market in Goma on Friday, killing three traders. Residents fled.")
        let v2 = Fixtures.corpus + [moved, undated, added]
        let (a2, r2) = try p.analyse(documents: v2)
        #expect(r2.extracted == 2 && r2.changed == 1 && r2.added == 1 && r2.removed == 1)
        try same(a2, v2)
        // Back to the first corpus: the two articles dropped since are extracted again, the rest kept.
        let (a3, r3) = try p.analyse(documents: v1)
        #expect(r3.extracted == 2)
        try same(a3, v1)
        let (_, r4) = try p.analyse(documents: v1)
        #expect(r4.consolidationCached)
    }

    /// An undated article's stored reading quotes its text by reference; once the article is gone or shorter, the
    /// reading cannot be cut from the texts, which is no damage: the refresh goes on and gives a fresh run's output.
    @Test func removingOrShorteningAReadArticleIsNoDamage() throws {
        let dated = try doc("dated", "2025-03-06", "Gunmen killed nine villagers in Konduga on Tuesday, residents said.")
        let undated = try doc("undated", nil, "Residents said on Wednesday that gunmen had killed nine villagers in Konduga on Tuesday. "
                                + "Soldiers later arrested four suspects in Bama, the army said in a statement.")
        let p = try Fixtures.indexed()
        let v1 = Fixtures.corpus + [dated, undated]
        let (a1, _) = try p.analyse(documents: v1)
        #expect(a1.documents.contains { $0.id == "undated" && $0.frontMatter.publishedInferred })
        let shorter = try doc("undated", nil, "Gunmen killed nine.")
        let v2 = Fixtures.corpus + [dated, shorter]
        let (a2, _) = try p.analyse(documents: v2)
        try same(a2, v2)
        let (a3, _) = try p.analyse(documents: v1)
        try same(a3, v1)
        let v4 = Fixtures.corpus + [dated]
        let (a4, _) = try p.analyse(documents: v4)
        try same(a4, v4)
    }

    /// Invented reports of events in several places: a new article about one of them leaves the others' merge parts
    /// as they were.
    func spread() throws -> [Document] {
        try [doc("k1", "2025-03-06", "Gunmen killed nine villagers in Konduga on Tuesday, residents said."),
             doc("k2", "2025-03-07", "Nine villagers were killed by gunmen in Konduga on Tuesday, police said."),
             doc("g1", "2025-03-08", "Rebels shelled the market in Goma on Friday, killing three traders."),
             doc("m1", "2025-04-02", "Protesters marched in Mombasa on Monday against new taxes.")]
    }

    @Test func aRefreshClustersOnlyThePartsAChangeTouched() throws {
        let p = try Fixtures.indexed()
        let v1 = Fixtures.corpus + (try spread())
        let (_, r1) = try p.analyse(documents: v1)
        #expect(r1.mergeParts > 3 && r1.partsKept == 0)
        let v2 = v1 + [try doc("g2", "2025-03-08", "Three traders died when rebels shelled a market in Goma on Friday.")]
        let (a2, r2) = try p.analyse(documents: v2)
        try same(a2, v2)
        #expect(r2.partsKept > 0 && r2.partsKept < r2.mergeParts, "\(r2.summary)")
        #expect(r2.summary.contains("merge parts kept"))
        let stored = try p.index.writer.read { db in try MergePartRecord.fetchCount(db) }
        #expect(stored == r2.mergeParts)
    }

    /// A part stored by the last refresh is taken as it is: cut its clusters into single mentions and the next refresh
    /// shows them apart.
    @Test func aStoredPartIsTakenAsItIs() throws {
        let p = try Fixtures.indexed()
        let v1 = Fixtures.corpus + (try spread())
        let (a1, _) = try p.analyse(documents: v1)
        let cut = try p.index.writer.write { db -> Int in
            let parts = try MergePartRecord.all(db).parts
            guard let (key, clusters) = parts.first(where: { $0.value.contains { $0.count > 1 } }) else { return 0 }
            try MergePartRecord(key: key, payload: Data(MergePartRecord.bytes(of: clusters.flatMap { c in c.map { [$0] } }))).save(db)
            return clusters.map { $0.count - 1 }.reduce(0, +)
        }
        #expect(cut > 0)
        let v2 = v1 + [try doc("m2", "2025-05-20", "Police fired tear gas at protesters in Kisumu on Monday.")]
        let (a2, _) = try p.analyse(documents: v2)
        let fresh = try Fixtures.pipeline.analyse(documents: v2)
        #expect(a2.events.count == fresh.events.count + cut, "\(a1.events.count) \(a2.events.count) \(fresh.events.count)")
        // A damaged part is clustered again, not trusted.
        try p.index.writer.write { db in
            for var r in try MergePartRecord.fetchAll(db) { r.payload = Data(MergePartRecord.bytes(of: [[0, 5000]])); try r.update(db) }
        }
        let v3 = v2 + [try doc("m3", "2025-05-21", "Police arrested twelve protesters in Kisumu on Tuesday.")]
        let (a3, _) = try p.analyse(documents: v3)
        try same(a3, v3)
        let damaged = Data(MergePartRecord.bytes(of: [[0, 5000]]))
        #expect(try p.index.writer.read { db in try MergePartRecord.fetchAll(db).allSatisfy { $0.payload != damaged } })
    }

    @Test func mergePartsReadBackAsWritten() throws {
        let clusters = [[0, 3, 4], [1], [2, 70000]]
        #expect(try MergePartRecord.clusters(from: MergePartRecord.bytes(of: clusters)) == clusters)
        #expect(throws: BinaryReader.Damaged.self) { try MergePartRecord.clusters(from: [5, 1]) }
    }
}
