import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Index: the same output with and without it")
struct SameOutputTests {
    @Test func exportsAreByteIdenticalFreshCachedAndPartlyCached() throws {
        let plain = try Fixtures.exports(Fixtures.pipeline.analyse(documents: Fixtures.corpus))
        let p = try Fixtures.indexed()
        let (miss, _) = try p.analyse(documents: Fixtures.corpus)
        let (hit, r) = try p.analyse(documents: Fixtures.corpus.reversed())
        #expect(r.consolidationCached)
        for a in [miss, hit] {
            let e = try Fixtures.exports(a)
            #expect(e.0 == plain.0); #expect(e.1 == plain.1)
        }
        // Merged again from cached extractions only: one document left out.
        let fewer = Array(Fixtures.corpus.dropFirst())
        let (remerged, r2) = try p.analyse(documents: fewer)
        #expect(r2.extracted == 0 && !r2.consolidationCached)
        let plainFewer = try Fixtures.exports(Fixtures.pipeline.analyse(documents: fewer))
        let e = try Fixtures.exports(remerged)
        #expect(e.0 == plainFewer.0); #expect(e.1 == plainFewer.1)
    }

    @Test func extractionsSurviveTheCodecWhole() throws {
        let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)
        for d in Fixtures.corpus {
            let e = extractor.extract(d)
            let back = try Codec.decode(DocumentExtraction.self, try Codec.encode(e))
            #expect(back.mentions == e.mentions && back.claims == e.claims, "\(d.id)")
        }
        var m = try #require(Fixtures.corpus.lazy.flatMap { extractor.extract($0).mentions }.first)
        m.isAnother = true; m.restates = ByteSpan(3, 9); m.target = 42
        #expect(try Codec.decode(Mention.self, try Codec.encode(m)) == m, "fields left out of exports are cached too")
    }
}
