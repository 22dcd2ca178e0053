import Foundation
import Testing
@testable import SitrepCore

/// An undated article read once and dated again for each candidate publication day gives what reading it anew from
/// that day gives (invented articles).
@Suite("Re-dating a prepared article")
struct RedateTests {
    let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)

    static let articles = [
        "Gunmen killed nine villagers in Konduga on Tuesday, residents said. On Saturday, soldiers arrested four suspects in Bama.",
        """
        Rebels attacked an army base near Goma on 12 March 2025, killing seven soldiers. The next day, the army shelled \
        their positions in Rutshuru.

        Yesterday, protesters marched in Goma. Overnight, a drone struck a depot in Bunia. Last week the rebels seized \
        the town of Kiwanja, the army said on Monday.

        Late last month, clashes broke out in Masisi. In 2019 an offensive killed 40 people in Beni. That night, \
        militiamen burnt houses in Djugu.
        """,
        """
        Two days ago, fighters ambushed a convoy near Gao, killing three soldiers. The ambush happened on Thursday, \
        officials said.

        Gunmen killed nine villagers in Konduga on Tuesday, residents said.

        Gunmen killed nine villagers in Konduga on Tuesday, residents said. A week later, a bomb exploded in Maiduguri.
        """,
    ]

    func encoded(_ e: DocumentExtraction) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(e)
    }

    @Test(arguments: articles.indices)
    func eachDayReadsAsAFreshReading(_ k: Int) throws {
        let doc = Fixtures.document(Self.articles[k], id: "u\(k)", published: nil)
        let prepared = extractor.prepare(doc)
        let start = try #require(CalendarDate(iso: "2025-03-13"))
        var readings: Set<Data> = []
        for offset in 0...PublicationInference.window {
            let day = start.adding(days: offset)
            var dated = doc
            dated.frontMatter.published = day
            let fresh = extractor.extract(dated)
            #expect(!fresh.mentions.isEmpty)
            let redated = try encoded(extractor.extract(prepared, published: day))
            #expect(try redated == encoded(fresh), "article \(k), \(day)")
            readings.insert(redated)
        }
        // The days read differently: the dates really were resolved again.
        #expect(readings.count > 1)
    }

    @Test func preparingKeepsTheUndatedReading() throws {
        for (k, text) in Self.articles.enumerated() {
            let doc = Fixtures.document(text, id: "u\(k)", published: nil)
            let prepared = extractor.prepare(doc)
            let again = extractor.mentions(prepared.context, readings: prepared.readings, settled: prepared.settled)
            #expect(try encoded(again) == encoded(extractor.extract(doc)))
        }
    }
}
