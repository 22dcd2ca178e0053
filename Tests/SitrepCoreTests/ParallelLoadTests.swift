import Foundation
import TestScratch
import Testing
@testable import SitrepCore

/// Reading files on several threads gives the documents and problems, in the order, that one thread gives.
@Suite("Corpus loaded on several threads")
struct ParallelLoadTests {
    @Test func workersChangeNothing() throws {
        let dir = TestScratch.directory.appendingPathComponent("sitrep-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // More files than one batch: good ones, copies of another's bytes, empty and undated ones, two equal ids.
        let count = CorpusLoader.batch + 45
        for i in 0..<count {
            let text: String
            switch i % 7 {
            case 0: text = "---\npublished: 2024-11-30\n---\nRebels stormed the town."   // the same bytes each time
            case 3: text = ""
            case 5: text = "---\ntitle: \(i)\n---\nUndated report \(i)."
            default: text = "---\npublished: 2024-11-\(10 + i % 20)\n---\nReport \(i) of fighting."
            }
            try Data(text.utf8).write(to: dir.appendingPathComponent("a\(i).txt"))
        }
        try Data("---\n---\nSame id.".utf8).write(to: dir.appendingPathComponent("sub-a1.md"))
        var single = CorpusLoader()
        single.settled = 0   // stamps for files written just now
        let one = single.load(paths: [dir.path])
        var parallel = single
        parallel.workers = 2
        let two = parallel.load(paths: [dir.path])
        #expect(one.documents.count > CorpusLoader.batch / 2)
        #expect(one.documents.map(\.id) == two.documents.map(\.id))
        #expect(one.documents.map(\.path) == two.documents.map(\.path))
        #expect(one.documents.map(\.text) == two.documents.map(\.text))
        #expect(one.problems == two.problems)
        #expect(one.stamps == two.stamps && one.summaries == two.summaries && !one.stamps.isEmpty)
        #expect(one.problems.contains { $0.kind == .duplicate } && one.problems.contains { $0.kind == .emptyFile })
    }
}
