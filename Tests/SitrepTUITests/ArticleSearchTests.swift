import SitrepCore
import Testing
@testable import SitrepTUI

@Suite("/ also finds words in articles outside every event")
struct ArticleSearchTests {
    /// Every occurrence of `query` in the fixture documents' bodies (a stand-in for the index's full-text search).
    static let substringSearch: @Sendable (String) -> [ArticleHit] = { query in
        Fixtures.analysis.documents.flatMap { d -> [ArticleHit] in
            let text = Array(d.text.utf8), q = Array(query.utf8)
            guard !q.isEmpty, text.count >= q.count else { return [] }
            return (d.bodyStart...(text.count - q.count)).filter { text[$0...].starts(with: q) }
                .map { ArticleHit(doc: d.id, span: ByteSpan($0, $0 + q.count)) }
        }
    }

    func state(_ query: String) -> AppState {
        var s = fixtureState(120, 40)
        s.articleSearch = Self.substringSearch
        for a in [Action.key(.char("/"))] + typing(query) + [.key(.enter)] { s.apply(a) }
        return s
    }

    /// A word of some article body that no event passage covers.
    func wordOutsideEvents() -> String? {
        let passages = Fixtures.analysis.events.flatMap(\.mentions)
        for d in Fixtures.analysis.documents {
            for w in d.text.utf8.dropFirst(d.bodyStart).split(separator: 32).map({ String(decoding: $0, as: UTF8.self) })
            where w.count > 6 && w.allSatisfy(\.isLetter) && Self.substringSearch(w).allSatisfy({ h in
                !passages.contains { $0.doc == h.doc && $0.span.contains(h.span) } }) && !Self.substringSearch(w).isEmpty {
                return w
            }
        }
        return nil
    }

    @Test func aMatchOutsideEventsOpensTheArticleAtIt() throws {
        let word = try #require(wordOutsideEvents(), "no word outside events in the fixtures")
        let s = state(word)
        let hits = try #require(s.search?.articleHits)
        #expect(!hits.isEmpty && s.search?.matches.isEmpty == true)
        let c = try #require(s.sourceContent(width: 60))
        #expect(c.position == -2 && c.passage.span == hits[0].span && c.document?.slice(c.passage.span) == word)
        #expect(c.passageLine == c.text.line(containing: hits[0].span.start), "scrolled to the passage, not the start")
        #expect(s.focus == .source)
        #expect(s.searchPosition == "/\(word) article match 1 of \(hits.count)")
    }

    @Test func matchesInsideEventPassagesAreTheirEventsAndNAfterTheLastEventOpensArticles() throws {
        var s = state("airstrikes")
        #expect(s.search?.matches.count == 1 && s.selectedEvent?.id == "ev-idlib-airstrike")
        let passages = s.analysis.events.flatMap(\.mentions)
        #expect(s.search?.articleHits.allSatisfy { h in !passages.contains { $0.doc == h.doc && $0.span.contains(h.span) } } == true)
        guard s.search?.articleHits.isEmpty == false else { return }
        s.apply(.key(.char("n")))
        #expect(s.search?.articleCursor == 0 && s.source.document != nil)
        s.apply(.key(.char("N")))
        #expect(s.search?.articleCursor == nil && s.selectedEvent?.id == "ev-idlib-airstrike" && s.source.document == nil)
    }

    @Test func withoutAnIndexOnlyEventsAreSearched() {
        var s = fixtureState(120, 40)
        for a in [Action.key(.char("/"))] + typing("qqqzzz") + [.key(.enter)] { s.apply(a) }
        #expect(s.message == "Nothing matches “qqqzzz”" && s.search?.articleHits == [])
    }
}
