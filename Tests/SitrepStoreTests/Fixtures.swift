import Foundation
import TestScratch
import SitrepCore
@testable import SitrepStore

/// The bundled data and corpus, loaded once for the suite, and helpers to make indexes.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let data = root.appendingPathComponent("Data")
    static let lexicon: Lexicon = try! Lexicon.load(dataDirectory: data)
    static let pipeline = Pipeline(lexicon: lexicon)
    static let corpus: [Document] = CorpusLoader().load(paths: [data.appendingPathComponent("articles").path]).documents

    /// An indexed pipeline over an in-memory index.
    static func indexed(fingerprint: String = "f1") throws -> IndexedPipeline {
        IndexedPipeline(pipeline: pipeline, index: try CorpusIndex.inMemory(), fingerprint: fingerprint)
    }

    /// A fresh temporary folder.
    static func folder() -> URL {
        let dir = TestScratch.directory.appendingPathComponent("sitrep-store-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// JSON and CSV exports of an analysis: what "the same output" means.
    static func exports(_ a: Analysis) throws -> (Data, String) {
        let outlets = Dictionary(uniqueKeysWithValues: a.documents.map { ($0.id, $0.outlet) })
        return (try JSONExport.data(a, generator: "test"), CSVExport.text(a.events, outlets: outlets))
    }

    /// `doc` with a changed body (new bytes, new hash).
    static func edited(_ doc: Document, appending extra: String) -> Document {
        let text = doc.text + extra
        var d = doc
        d.text = text; d.sha256 = SHA256.hex(Array(text.utf8))
        return d
    }
}
