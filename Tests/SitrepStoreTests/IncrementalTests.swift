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
}
