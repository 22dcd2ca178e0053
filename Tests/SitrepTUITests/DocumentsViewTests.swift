import Testing
import SitrepCore
import SitrepTUI

/// The documents list (`o`): every article read with its outlet, date and events, every file skipped with why.
@Suite struct DocumentsViewTests {
    static func withProblems() -> Analysis {
        var a = Fixtures.analysis
        a.problems = [LoadProblem(kind: .binaryFile, path: "articles/photo.txt", message: "binary file (a NUL byte at offset 3)",
                                  help: "remove it"),
                      LoadProblem(kind: .emptyFile, path: "articles/empty.md", message: "empty file", help: "remove it"),
                      LoadProblem(kind: .notUTF8, path: "articles/latin1.txt", message: "not UTF-8; read as Windows-1252", help: "")]
        let i = a.documents.firstIndex { $0.id == Fixtures.voz }!
        a.documents[i].frontMatter.publishedInferred = true
        return a
    }

    func state(_ actions: [Action]) -> AppState {
        var s = AppState(analysis: Self.withProblems(), vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
        for a in actions { s.apply(a) }
        return s
    }

    @Test func statusLineCountsSkippedFiles() {
        let line = Renderer.render(state([])).lines[39]
        #expect(line.contains("2 files skipped"), "\(line)")
        #expect(!Renderer.render(fixtureState(120, 40)).lines[39].contains("skipped"), "nothing said when nothing was skipped")
    }

    @Test func listsEveryDocumentThenEverySkippedFile() {
        let s = state([.key(.char("o"))])
        let screen = Renderer.render(s).lines
        #expect(s.documentRows.count == 7)
        for outlet in ["CNN", "Reuters", "Voz"] { #expect(screen.contains { $0.contains(outlet) }, "\(outlet) listed") }
        let cnn = screen.first { $0.contains(" CNN ") } ?? ""
        #expect(cnn.contains("1 Dec 2024") && cnn.contains("1 event "), "outlet, date and events: \(cnn)")
        #expect(screen.contains { $0.contains("(inferred)") }, "an inferred date is marked")
        let bad = screen.first { $0.contains("photo.txt") } ?? ""
        #expect(bad.contains("skipped") && bad.contains("binary file"), "the reason: \(bad)")
        #expect(screen.contains { $0.contains("empty.md: empty file") })
        #expect(!screen.contains { $0.contains("latin1.txt") }, "a file read as Windows-1252 was read, not skipped")
    }

    @Test func enterOpensTheArticleAndEscGoesBack() {
        var s = state([.key(.char("o")), .key(.enter)])
        #expect(s.overlay == nil && s.focus == .source)
        let first = s.documentRows.first!
        guard case .read(let d) = first else { Issue.record("first row is not a document"); return }
        let doc = s.analysis.documents[d]
        #expect(s.source.document == doc.id)
        let screen = Renderer.render(s).lines.joined(separator: "\n")
        #expect(screen.contains("article · Esc back") && screen.contains("File: " + doc.path), "\(screen)")
        s.apply(.key(.escape))
        #expect(s.source.document == nil && s.focus == .timeline)
    }

    @Test func enterOnASkippedFileSaysWhy() {
        let s = state([.key(.char("o")), .key(.char("G")), .key(.enter)])
        #expect(s.message == "Skipped: empty file")
        #expect(s.overlay == .documents(selected: 6, top: 0))
    }
}
