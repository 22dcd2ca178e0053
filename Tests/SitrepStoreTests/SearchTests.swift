import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Full-text search (FTS5)")
struct SearchTests {
    static let text = "---\ntitle: Market day in Kafr Nabl\noutlet: Test\npublished: 2024-11-30\n---\n"
        + "Airstrikes killed 4 civilians in Idlib on Friday, the monitor said.\n\n"
        + "Elsewhere the old café sold zucchini and CAFE au lait as every week.\n"

    static var document: Document {
        try! CorpusLoader().document(from: Array(text.utf8), path: "market.txt").get()
    }

    func indexed() throws -> (IndexedPipeline, Analysis) {
        let p = try Fixtures.indexed()
        let (a, _) = try p.analyse(documents: [Self.document])
        return (p, a)
    }

    @Test func aWordOutsideAnyEventIsFoundAtItsBytes() throws {
        let (p, a) = try indexed()
        let d = Self.document
        let hits = try ArticleSearch(index: p.index).search("zucchini")
        let m = try #require(hits.first)
        #expect(hits.count == 1 && m.field == .body && m.key == ArticleSearch.key(of: d) && m.spans.count == 1)
        let span = ByteSpan(m.spans[0].start + d.bodyStart, m.spans[0].end + d.bodyStart)
        #expect(d.slice(span) == "zucchini")
        #expect(span.start == Array(Self.text.utf8).firstRange(of: Array("zucchini".utf8))?.lowerBound)
        let passages = a.events.flatMap(\.mentions).map(\.span)
        #expect(!passages.isEmpty && !passages.contains { $0.contains(span) }, "the word is in no event's passage")
    }

    @Test func aChangedOrRemovedArticlesOldTextIsNoLongerFound() throws {
        let (p, _) = try indexed()
        let changed = Fixtures.edited(Self.document, appending: "A quince stall opened.\n")
        _ = try p.analyse(documents: [changed])
        let search = ArticleSearch(index: p.index)
        #expect(try search.search("quince").count == 1 && search.search("zucchini").count == 1, "one row: the new text")
        let rows = try p.index.writer.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM article_text"), try Int.fetchOne(db, sql: "SELECT count(*) FROM article_row"))
        }
        #expect(rows.0 == 1 && rows.1 == 1)
        _ = try p.analyse(documents: [])
        #expect(try search.search("quince").isEmpty && search.search("zucchini").isEmpty)
        #expect(try p.index.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article_row") } == 0)
    }

    @Test func caseAndAccentsAreIgnoredAndEveryOccurrenceMarked() throws {
        let (p, _) = try indexed()
        let m = try #require(try ArticleSearch(index: p.index).search("cafe").first)
        let body = Array(Self.text.utf8.dropFirst(Self.document.bodyStart))
        #expect(m.spans.map { String(decoding: body[$0.start..<$0.end], as: UTF8.self) } == ["café", "CAFE"])
    }

    @Test func titlesAreSearchedAndQuerySyntaxIsNotInterpreted() throws {
        let (p, _) = try indexed()
        let s = ArticleSearch(index: p.index)
        let t = try #require(try s.search("nabl").first)
        #expect(t.field == .title && t.spans == [ByteSpan(19, 23)])
        #expect(try s.search("\"unbalanced AND (").isEmpty)
        #expect(try s.search("  ").isEmpty)
    }

    @Test func removedDocumentsLeaveTheSearch() throws {
        let (p, _) = try indexed()
        _ = try p.analyse(documents: Fixtures.corpus)
        #expect(try ArticleSearch(index: p.index).search("zucchini").isEmpty)
    }
}
