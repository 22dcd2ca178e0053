import Testing
@testable import SitrepCore

/// Crafted inputs that made stages quadratic: their work is bounded per sentence (timings are in
/// `Tests/Scripts/hostile_bench.py`, not here).
@Suite("Hostile input: bounded work per sentence")
struct HostileInputTests {
    @Test func aRunWithoutFullStopIsReadInPiecesCutAfterCommas() {
        let text = String(repeating: "Aleppo, Idlib and Hama, ", count: 200)
        let toks = Fixtures.tokens(text)
        let block = Segmenter.blocks(Array(text.utf8), from: 0, tokens: toks)[0]
        let sents = Segmenter.sentences(of: block, index: 0, tokens: toks)
        #expect(toks.count == 1200 && sents.count > 5)
        #expect(sents.allSatisfy { $0.tokens.count <= Segmenter.maxSentenceTokens })
        #expect(sents.first?.tokens.lowerBound == 0 && sents.last?.tokens.upperBound == toks.count)
        #expect(zip(sents, sents.dropFirst()).allSatisfy { $0.tokens.upperBound == $1.tokens.lowerBound }, "pieces are contiguous")
        #expect(sents.dropLast().allSatisfy { toks[$0.tokens.upperBound - 1].word == "," }, "each piece ends after a comma")
    }

    @Test func aPieceWithoutCommasIsCutAtTheLimit() {
        let toks = Fixtures.tokens(String(repeating: "said ", count: 450))
        let pieces = Segmenter.pieces(0..<toks.count, tokens: toks)
        #expect(pieces.map(\.count) == [200, 200, 50])
    }

    @Test func aShortSentenceIsOnePiece() {
        let toks = Fixtures.tokens("Rebels entered Aleppo, residents said.")
        #expect(Segmenter.pieces(0..<toks.count, tokens: toks) == [0..<toks.count])
    }

    @Test func sentencesAroundThousandsOfSaidAreStillRead() {
        let body = "Gunmen attacked Saraqib on Monday, residents said.\n" + String(repeating: "said ", count: 3000)
            + "\nClashes killed five people in Kafranbel on Tuesday, a monitor said.\n"
        let ms = Fixtures.mentions(body)
        #expect(ms.contains { $0.quote.contains("Saraqib") })
        #expect(ms.contains { $0.quote.contains("Kafranbel") && $0.fatalities?.count == 5 })
    }

    @Test func anArticleOpeningWithAnAttributionVerbIsRead() {
        // Found by the fuzzer: "said" as the document's first token looked for its subject before token 0.
        let ms = Fixtures.mentions("Said gunmen killed five people in Saraqib on Saturday.\nsaid\n")
        #expect(ms.contains { $0.quote.contains("Saraqib") })
    }

    @Test func aListOfPlacesStillGivesTheArticleItsFocus() {
        let body = String(repeating: "Aleppo, Idlib and Hama, ", count: 2000) + "\n"
        let ctx = DocumentContext(document: Fixtures.document(body), lexicon: Fixtures.lexicon)
        #expect(ctx.focus(sentencePlaces: Array(repeating: nil, count: ctx.layout.sentences.count))?.place.countryCode == "SY")
    }
}
