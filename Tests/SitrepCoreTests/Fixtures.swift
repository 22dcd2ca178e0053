import Foundation
import TestScratch
@testable import SitrepCore

/// Test fixtures: the bundled data folder, marked text, and a loaded lexicon shared by the suite.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let data = root.appendingPathComponent("Data")
    static let cues: Cues = try! Cues.load(file: data.appendingPathComponent("cues.tsv"))
    static let lexicon: Lexicon = try! Lexicon.load(dataDirectory: data)

    /// Strips the markers ⟦ and ⟧ from `marked` and returns the text and the byte span between them.
    static func marked(_ marked: String) -> (String, ByteSpan) {
        let open = marked.range(of: "⟦")!, close = marked.range(of: "⟧")!
        let before = String(marked[..<open.lowerBound])
        let inside = String(marked[open.upperBound..<close.lowerBound])
        let text = before + inside + String(marked[close.upperBound...])
        return (text, ByteSpan(before.utf8.count, before.utf8.count + inside.utf8.count))
    }

    /// A document from text with optional front matter values.
    static func document(_ body: String, id: String = "t", published: String? = "2024-11-30", outlet: String = "Test",
                         title: String? = nil) -> Document {
        var header = "---\noutlet: \(outlet)\n"
        if let title { header += "title: \(title)\n" }
        if let published { header += "published: \(published)\n" }
        header += "---\n"
        let text = header + body
        let bytes = Array(text.utf8)
        let fm = try! FrontMatterParser.parse(bytes, path: id).get()
        return Document(id: id, path: id, frontMatter: fm.frontMatter, text: text, bodyStart: fm.bodyStart, sha256: SHA256.hex(bytes))
    }

    /// Two reports of two events ("a" in Konduga, "b" in Bama by Boko Haram), analysed.
    static let twoReports: Analysis = Pipeline(lexicon: lexicon).analyse(documents: [
        document("Gunmen killed nine villagers in Konduga on Tuesday, residents said.", id: "a", published: "2025-03-06"),
        document("Boko Haram fighters attacked Bama on Friday, killing three soldiers.", id: "b", published: "2025-03-08"),
    ])

    /// The mentions extracted from one document made of `body`.
    static func mentions(_ body: String, published: String? = "2024-11-30") -> [Mention] {
        DocumentExtractor(lexicon: lexicon).extract(document(body, published: published)).mentions
    }

    /// Tokens of a bare string (no front matter).
    static func tokens(_ s: String) -> [Token] { lexicon.words.annotated(Tokenizer.tokenize(Array(s.utf8))) }

    /// A fresh folder holding one article, `a.txt`, and the paths of both.
    static func oneArticleFolder(_ text: String) throws -> (dir: String, file: String) {
        let dir = TestScratch.directory.appendingPathComponent("sitrep-one-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/a.txt"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return (dir, file)
    }
}
