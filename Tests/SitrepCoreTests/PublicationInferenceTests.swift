import Foundation
import Testing
@testable import SitrepCore

/// Undated articles dated from the corpus, on invented multi-document fixtures.
@Suite("Publication dates inferred from the corpus")
struct PublicationInferenceTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)

    func analyse(_ docs: [(id: String, published: String?, body: String)]) -> Analysis {
        pipeline.analyse(documents: docs.map { Fixtures.document($0.body, id: $0.id, published: $0.published, outlet: $0.id.uppercased()) })
    }

    func mention(_ a: Analysis, doc: String, containing text: String) -> Mention? {
        a.events.flatMap(\.mentions).first { $0.doc == doc && $0.quote.contains(text) }
    }

    @Test func anUndatedArticleTellingADatedEventTakesItsDate() throws {
        let a = analyse([
            ("dated", "2025-03-06", "Gunmen killed nine villagers in Konduga on Tuesday, residents said."),
            ("undated", nil, "Gunmen killed nine villagers in Konduga on Tuesday. On 8 March, soldiers arrested four suspects in Bama."),
        ])
        let doc = try #require(a.documents.first { $0.id == "undated" })
        #expect(doc.frontMatter.published == CalendarDate(iso: "2025-03-04"))
        #expect(doc.frontMatter.publishedInferred)
        #expect(a.documents.first { $0.id == "dated" }?.frontMatter.publishedInferred == false)
        // The shared event is one event, dated by both to the day.
        let killing = try #require(mention(a, doc: "undated", containing: "Konduga"))
        #expect(killing.date.date == CalendarDate(iso: "2025-03-04") && killing.date.precision == .day)
        #expect(a.events.contains { Set($0.sourceDocs) == ["dated", "undated"] })
        // A day without a year takes the inferred year; it reads the same from every candidate day, so it keeps its day.
        let arrest = try #require(mention(a, doc: "undated", containing: "Bama"))
        #expect(arrest.date.date == CalendarDate(iso: "2025-03-08") && arrest.date.precision == .day)
    }

    @Test func aDayTheEvidenceCannotPinIsKnownToTheWeek() throws {
        let a = analyse([
            ("dated", "2025-03-06", "Gunmen killed nine villagers in Konduga on Tuesday, residents said."),
            ("undated", nil, "Gunmen killed nine villagers in Konduga on Tuesday. On Saturday, soldiers arrested four suspects in Bama."),
        ])
        // "On Saturday" is 1 March read from 4 March and 8 March read from 9 March: both are possible publication days.
        let arrest = try #require(mention(a, doc: "undated", containing: "Bama"))
        #expect(arrest.date.precision == .week)
    }

    @Test func anUndatedArticleSharingNothingStaysUndated() throws {
        let a = analyse([
            ("dated", "2025-03-06", "Gunmen killed nine villagers in Konduga on Tuesday, residents said."),
            ("undated", nil, "Rebels shelled the market in Goma on Friday, killing three traders."),
        ])
        let doc = try #require(a.documents.first { $0.id == "undated" })
        #expect(doc.frontMatter.published == nil && !doc.frontMatter.publishedInferred)
        #expect(mention(a, doc: "undated", containing: "Goma")?.date.precision == .unknown)
    }

    @Test func theExportSaysTheDateWasInferred() throws {
        let a = analyse([
            ("dated", "2025-03-06", "Gunmen killed nine villagers in Konduga on Tuesday, residents said."),
            ("undated", nil, "Gunmen killed nine villagers in Konduga on Tuesday."),
        ])
        let json = try #require(String(data: try JSONExport.data(a, generator: "t"), encoding: .utf8))
        #expect(json.contains("\"published_inferred\" : true") && json.contains("\"published_inferred\" : false"))
    }
}
