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

    /// The analysis of a dated report (`published` on) and an undated one, and the undated one's inferred publication.
    func inferred(dated published: String, _ dated: String, undated: String) throws -> (Analysis, CalendarDate) {
        let a = analyse([("dated", published, dated), ("undated", nil, undated)])
        return (a, try #require(a.documents.first { $0.id == "undated" }?.frontMatter.published))
    }

    func mention(_ a: Analysis, doc: String, containing text: String) -> Mention? {
        a.events.flatMap(\.mentions).first { $0.doc == doc && $0.quote.contains(text) }
    }

    @Test func anArticleThatContradictsTheReportsIsReadFromTheDayNearestThem() throws {
        // The dated report puts the killing on Friday 17 May; the undated one says "on Saturday". No candidate day
        // agrees; read from 17 May itself, "Saturday" would be 11 May, six days off; the nearest reading is 18 May.
        let (a, _) = try inferred(dated: "2024-05-18", "Gunmen killed nine villagers in Konduga on Friday, residents said.",
                                  undated: "Gunmen killed nine villagers in Konduga on Saturday, residents said.")
        let killing = try #require(mention(a, doc: "undated", containing: "Konduga"))
        #expect(killing.date.date == CalendarDate(iso: "2024-05-18"), "\(killing.date)")
        #expect(killing.date.precision == .week)
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

    @Test func aLaterDayWithoutItsYearBoundsThePublication() throws {
        // The shared event is dated 6 November 2023; the article also tells of "Tuesday November 21", so it came out on
        // or after that day, and that day is in 2023, not the year before.
        let (a, published) = try inferred(dated: "2023-11-07", "Gunmen killed 25 villagers in Kidal on Monday, officials said.",
                                          undated: "On November 6, 25 villagers were killed in Kidal. At least nine traders were killed "
                                              + "on Tuesday November 21 in an attack on a market in Gao.")
        #expect(published >= CalendarDate(iso: "2023-11-21")!, "\(published)")
        #expect(mention(a, doc: "undated", containing: "Gao")?.date.date == CalendarDate(iso: "2023-11-21"))
    }

    @Test func aLaterDayWithoutItsWeekdayBoundsNothing() throws {
        // "whose term expires on 16 December" is a day to come told in the present: no bound on the publication.
        let (_, published) = try inferred(dated: "2024-11-30", "Police detained 43 protesters in Tbilisi on Friday, officials said.",
                                          undated: "Police detained 43 protesters in Tbilisi on Friday. The president, whose term "
                                              + "expires on 16 December, joined the crowd.")
        #expect(published < CalendarDate(iso: "2024-12-16")!, "\(published)")
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

/// An undated article's own stated days: a day with its year bounds its publication; a day without one finds its year
/// in the corpus (invented articles).
@Suite("Publication dates from the days an article states")
struct StatedDaysTests {
    let pipeline = Pipeline(lexicon: Fixtures.lexicon)
    let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)

    func analyse(_ docs: [(id: String, published: String?, body: String)]) -> Analysis {
        pipeline.analyse(documents: docs.map { Fixtures.document($0.body, id: $0.id, published: $0.published, outlet: $0.id.uppercased()) })
    }

    @Test func numericDatesAreReadInTheOrderTheirFiguresAllow() {
        let doc = Fixtures.document("The report, filed as No. 17/14/03/2024, said police fired on protesters in Thika.", published: nil)
        #expect(extractor.statedDays(doc).latest == CalendarDate(iso: "2024-03-14"))
        let us = Fixtures.document("Police fired on protesters in Thika on 3/14/2024.", published: nil)
        #expect(extractor.statedDays(us).latest == CalendarDate(iso: "2024-03-14"))
        // 04/05/2024 could be 4 May or 5 April: not read.
        let either = Fixtures.document("Police fired on protesters in Thika on 04/05/2024.", published: nil)
        #expect(extractor.statedDays(either).latest == nil)
    }

    @Test func aStatedDayIsHistoryWhenTheArticleNamesALaterYear() {
        let doc = Fixtures.document("The truce signed on 12 June 2019 collapsed in 2024, when fighting spread to Thika.", published: nil)
        #expect(extractor.statedDays(doc).latest == nil)
    }

    @Test func aDateThatNamesAnEventIsNoBound() {
        // "the 12 June 2019 massacre" names an event the article recalls; "on 12 June 2019" dates what it tells.
        let label = Fixtures.document("Rebels who led the 12 June 2019 massacre attacked Thika on Tuesday.", published: nil)
        #expect(extractor.statedDays(label).latest == nil)
        let comma = Fixtures.document("They blamed leaders behind the June 12, 2019, assault for the attack on Thika on Tuesday.", published: nil)
        #expect(extractor.statedDays(comma).latest == nil)
        let told = Fixtures.document("Rebels attacked Thika on 12 June 2019, killing four.", published: nil)
        #expect(extractor.statedDays(told).latest == CalendarDate(iso: "2019-06-12"))
    }

    @Test func anUndatedArticleIsPublishedOnOrAfterTheDayItStates() throws {
        let a = analyse([
            ("undated", nil, "Police said a protest in Thika turned riotous. The incident was recorded on 14/03/2024 at the station."),
        ])
        let doc = try #require(a.documents.first)
        #expect(doc.frontMatter.published == CalendarDate(iso: "2024-03-14"))
        #expect(doc.frontMatter.publishedInferred)
    }

    @Test func aDayWithoutItsYearTakesTheYearOfTheDatedEventAtThatPlace() throws {
        let a = analyse([
            ("dated", "2023-09-12", "Gunmen killed 40 villagers in Djibo on Sunday, officials said."),
            ("undated", nil, "As many as 90 people were killed in a September attack on Djibo. The attack occurred on September 10, when gunmen stormed the market."),
        ])
        let doc = try #require(a.documents.first { $0.id == "undated" })
        #expect(doc.frontMatter.published == CalendarDate(iso: "2023-09-10"))
        // "a September attack" is refined by "the attack occurred on September 10".
        let toll = try #require(a.events.flatMap(\.mentions).first { $0.doc == "undated" && $0.quote.contains("90") })
        #expect(toll.date.date == CalendarDate(iso: "2023-09-10") && toll.date.precision == .day)
        // Dated, it is the dated report's attack, whose toll it disputes.
        #expect(a.events.contains { Set($0.sourceDocs) == ["dated", "undated"] })
        #expect(a.disagreements.contains { $0.field == .fatalities })
    }

    @Test func aDayWithoutItsYearAtAnotherPlaceDatesNothing() throws {
        let a = analyse([
            ("dated", "2023-09-12", "Gunmen killed 40 villagers in Djibo on Sunday, officials said."),
            ("undated", nil, "Soldiers clashed with gunmen in Dori on September 10."),
        ])
        #expect(a.documents.first { $0.id == "undated" }?.frontMatter.published == nil)
    }
}
