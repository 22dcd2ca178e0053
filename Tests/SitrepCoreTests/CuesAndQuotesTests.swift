import Foundation
import Testing
@testable import SitrepCore

@Suite("Cue masks and shared quotes")
struct CuesAndQuotesTests {
    @Test func tokensCarryTheirCueCategories() {
        let t = Fixtures.tokens("Rebels did not say they were killed according to reports")
        #expect(t[2].isCue(.negation))
        #expect(t[3].isCue(.attributionVerb))
        #expect(t[6].isCue(.deathWord))
        #expect(t[7].startsCue(.attributionPrep) && !t[7].isCue(.attributionPrep))   // "according to" is two words
        #expect(!Fixtures.tokens("Rebels")[0].isCue(.deathWord))
    }

    @Test func unannotatedTokensMatchNoCue() {
        let raw = Tokenizer.tokenize(Array("not".utf8))
        #expect(!raw[0].isCue(.negation))
        #expect(Fixtures.lexicon.words.annotated(raw)[0].isCue(.negation))
    }

    @Test func unknownCategoryIsAnErrorNamingTheLine() {
        let text = "negation\tnot\nnegatoin\tnever\n"
        #expect {
            _ = try Cues.parse(Array(text.utf8), name: "cues.tsv")
        } throws: { error in
            guard let e = error as? LexiconError else { return false }
            return e.file == "cues.tsv" && e.line == 2 && e.message.contains("negatoin")
        }
    }

    @Test func everyCategoryOfTheDataFileIsKnownAndUsed() throws {
        let rows = try String(contentsOf: Fixtures.data.appendingPathComponent("cues.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let used = Set(rows.compactMap { $0.split(separator: "\t").first.map(String.init) })
        #expect(used == Set(CueCategory.allCases.map(\.name)))
        // A `CueMask` holds one bit per category in a UInt64: a 65th category needs a wider mask first.
        #expect(CueCategory.allCases.count <= UInt64.bitWidth)
        #expect(Set(CueCategory.allCases.map(\.bit)).count == CueCategory.allCases.count)
    }

    @Test func quotesShareTheDocumentTextAndEncodeAsPlainText() throws {
        let doc = Fixtures.document("Airstrikes killed 4 civilians in Idlib on Friday, the monitor said. Nothing else happened.")
        let m = try #require(DocumentExtractor(lexicon: Fixtures.lexicon).extract(doc).mentions.first)
        #expect(m.quote == "Airstrikes killed 4 civilians in Idlib on Friday, the monitor said.")
        let bytes = Array(doc.text.utf8)[m.span.start..<m.span.end]
        #expect(m.quote == String(decoding: bytes, as: UTF8.self))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(m)) as? [String: Any]
        #expect(json?["quote"] as? String == m.quote)
        #expect(try JSONDecoder().decode(Mention.self, from: JSONEncoder().encode(m)) == m)
    }
}
