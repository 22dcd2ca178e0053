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

    func consolidate(_ memo: inout InferenceMemo) -> Analysis {
        pipeline.consolidate(documents: docs, extractions: pipeline.extract(docs, workers: 1), inferences: &memo)
    }

    @Test func theMemoGivesTheSameAnalysisAndHoldsThisRunsValues() throws {
        var memo = InferenceMemo()
        let first = consolidate(&memo)
        #expect(memo.readings.count == 1 && memo.stated.count == 1)
        let kept = memo
        let again = consolidate(&memo)
        #expect(memo == kept)
        #expect(again.events == first.events && again.documents == first.documents && again.disagreements == first.disagreements)
        #expect(first.events == pipeline.analyse(documents: docs).events)
    }

    @Test func keptValuesAreUsedInsteadOfReadingAgain() throws {
        var memo = InferenceMemo()
        _ = consolidate(&memo)
        let key = try #require(memo.readings.keys.first)
        let marker = try #require(CalendarDate(iso: "2025-03-05"))
        memo.readings[key]!.published = marker   // not what a reading gives: shows the kept one was taken
        let a = consolidate(&memo)
        #expect(a.documents.first { $0.id == "undated" }?.frontMatter.published == marker)
        // Values under keys this run does not meet are dropped; what it lacks is computed.
        var stale = InferenceMemo(readings: ["other": memo.readings[key]!], stated: ["other": .init(latest: nil, yearless: [])])
        _ = consolidate(&stale)
        #expect(Array(stale.readings.keys) == [key] && stale.readings[key]?.published != marker)
        #expect(Array(stale.stated.keys) == [PublicationInference.textKey(docs[1])])
        // Kept stated days are taken as they are: a stated day after the shared event moves the date.
        var stated = InferenceMemo(stated: [PublicationInference.textKey(docs[1]): .init(latest: CalendarDate(iso: "2025-03-20"), yearless: [])])
        let b = consolidate(&stated)
        #expect(b.documents.first { $0.id == "undated" }?.frontMatter.published ?? marker >= CalendarDate(iso: "2025-03-20")!)
    }
}
