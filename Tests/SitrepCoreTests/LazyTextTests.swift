import Foundation
import Testing
@testable import SitrepCore

@Suite("Lazy article text: a known, unchanged file is not read before its text is needed")
struct LazyTextTests {
    func folder(_ text: String) throws -> (dir: String, file: String) { try Fixtures.oneArticleFolder(text) }

    func loader(known: [String: KnownFile] = [:], published: CalendarDate? = nil) -> CorpusLoader {
        var l = CorpusLoader(defaultPublished: published)
        l.settled = 0; l.known = known
        return l
    }

    static let article = "---\ntitle: Clashes near the river\noutlet: Example Wire\n---\nRebels stormed the town on Monday, officials said.\n"

    /// The first reading and what the next run would know of the file.
    func firstReading() throws -> (dir: String, file: String, doc: Document, known: [String: KnownFile]) {
        let (dir, file) = try folder(Self.article)
        let first = loader().load(paths: [dir])
        let doc = try #require(first.documents.first)
        let known = [file: KnownFile(stamp: try #require(first.stamps[file]), sha256: doc.sha256, summary: first.summaries[file])]
        return (dir, file, doc, known)
    }

    @Test func aKnownFileIsMadeFromItsSummaryAndReadWhenItsTextIsAsked() throws {
        let (dir, _, doc, known) = try firstReading()
        #expect(known.values.first?.summary?.frontMatter.title == "Clashes near the river")
        let again = try #require(loader(known: known).load(paths: [dir]).documents.first)
        #expect(!again.article.isLoaded, "nothing read yet")
        #expect(again.id == doc.id && again.frontMatter == doc.frontMatter && again.bodyStart == doc.bodyStart && again.sha256 == doc.sha256)
        #expect(again.text == doc.text)
        #expect(again.article.isLoaded)
    }

    @Test func aChangedFileOrOneWithoutSummaryIsReadAtOnce() throws {
        let (dir, file, _, known) = try firstReading()
        var bare = known
        bare[file]?.summary = nil
        #expect(try #require(loader(known: bare).load(paths: [dir]).documents.first).article.isLoaded)
        try Data((Self.article + "More.\n").utf8).write(to: URL(fileURLWithPath: file))
        let changed = try #require(loader(known: known).load(paths: [dir]).documents.first)
        #expect(changed.article.isLoaded && changed.text.hasSuffix("More.\n"))
    }

    @Test func theSummaryKeepsTheFilesOwnDateSoThatPublishedStillFillsOnlyAMissingOne() throws {
        let (dir, _, _, known) = try firstReading()
        #expect(known.values.first?.summary?.frontMatter.published == nil, "the summary is what the file says")
        let day = CalendarDate(iso: "2024-03-01")
        let again = try #require(loader(known: known, published: day).load(paths: [dir]).documents.first)
        #expect(!again.article.isLoaded && again.frontMatter.published == day)
    }

    @Test func aPassageOfAnUnreadTextIsCutWhenUsedAtWholeCharacters() {
        let text = "Él dijo: ataque en Kherson."
        let article = ArticleText(reading: { text })
        let quote = SharedText(article, span: ByteSpan(10, 16))   // "É" is two bytes
        #expect(!article.isLoaded)
        #expect(quote.description == "ataque" && article.isLoaded)
        #expect(quote == SharedText("ataque") && quote.refers(to: article, span: ByteSpan(10, 16)))
        // Ends inside a character or past the text are moved back, never a crash.
        #expect(SharedText(article, span: ByteSpan(1, 4)).description == "Él ")
        #expect(SharedText(article, span: ByteSpan(20, 500)).description == "Kherson.")
    }

    @Test func documentIDsAreFileNamesWithoutTheExtension() {
        for (path, id) in [("a.txt", "a"), ("/x/y/b.md", "b"), ("dir/.hidden", ".hidden"), ("e.tar.gz", "e.tar"), ("a..txt", "a."),
                           (".txt", ".txt"), ("ü/ß.txt", "ß"), ("g/h.txt/", "h"), ("noext", "noext")] {
            #expect(CorpusLoader.documentID(path) == id, "\(path)")
        }
    }
}
