import Foundation
import Testing
@testable import SitrepCore

/// The readings of undated articles kept between runs (the corpus index's `inference` table).
@Suite("Publication inference: readings kept between runs")
struct InferenceMemoTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)
    let docs = [
        Fixtures.document("Gunmen killed nine villagers in Konduga on Tuesday, residents said.", id: "dated", published: "2025-03-06"),
        Fixtures.document("Gunmen killed nine villagers in Konduga on Tuesday. On Saturday, soldiers arrested four suspects in Bama.",
                          id: "undated", published: nil),
    ]

    func consolidate(_ memo: inout [String: InferredReading]) -> Analysis {
        pipeline.consolidate(documents: docs, extractions: pipeline.extract(docs, workers: 1), inferences: &memo)
    }

    @Test func theMemoGivesTheSameAnalysisAndHoldsThisRunsReadings() throws {
        var memo: [String: InferredReading] = [:]
        let first = consolidate(&memo)
        #expect(memo.count == 1)
        let kept = memo
        let again = consolidate(&memo)
        #expect(memo == kept)
        #expect(again.events == first.events && again.documents == first.documents && again.disagreements == first.disagreements)
        #expect(first.events == pipeline.analyse(documents: docs).events)
    }

    @Test func aKeptReadingIsUsedInsteadOfReadingAgain() throws {
        var memo: [String: InferredReading] = [:]
        _ = consolidate(&memo)
        let key = try #require(memo.keys.first)
        let marker = try #require(CalendarDate(iso: "2025-03-05"))
        memo[key]!.published = marker   // not what a reading gives: shows the kept one was taken
        let a = consolidate(&memo)
        #expect(a.documents.first { $0.id == "undated" }?.frontMatter.published == marker)
        // Other evidence (an edited dated article) is another key: the article is read again.
        var stale: [String: InferredReading] = ["other": memo[key]!]
        _ = consolidate(&stale)
        #expect(stale.keys.first == key && stale[key]?.published != marker)
    }
}
