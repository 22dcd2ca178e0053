import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Index: the binary cache format")
struct BinaryCodecTests {
    @Test func extractionsRoundTripAsTheJSONPathDid() throws {
        let extractor = DocumentExtractor(lexicon: Fixtures.lexicon)
        for d in Fixtures.corpus {
            let e = extractor.extract(d)
            let back = try DocumentExtraction(binary: e.binary)
            let json = try Codec.decode(DocumentExtraction.self, try Codec.encode(e))
            #expect(back.mentions == e.mentions && back.claims == e.claims, "\(d.id)")
            #expect(back.mentions == json.mentions && back.claims == json.claims, "\(d.id)")
        }
        var m = try #require(Fixtures.corpus.lazy.flatMap { extractor.extract($0).mentions }.first)
        m.isAnother = true; m.restates = ByteSpan(3, 9); m.target = UInt64.max; m.tellsOnset = true; m.dateStated = false
        #expect(try Mention(binary: m.binary) == m, "fields left out of exports are cached too")
        #expect(try Codec.decode(Mention.self, try Codec.encode(m)) == m)
    }

    @Test func theConsolidatedCorpusRoundTripsAsTheJSONPathDid() throws {
        let a = Fixtures.pipeline.analyse(documents: Fixtures.corpus)
        let cached = CachedAnalysis(a)
        #expect(!cached.events.isEmpty && !cached.disagreements.isEmpty)
        let back = try CachedAnalysis(binary: cached.binary)
        #expect(back == cached)
        #expect(back == (try Codec.decode(CachedAnalysis.self, try Codec.encode(cached))))
        #expect(back.binary == cached.binary, "equal values give equal bytes")
    }

    @Test func numbersAtTheirLimitsRoundTrip() throws {
        for v in [0, 1, -1, 63, -64, 64, Int.max, Int.min] { #expect(try ByteSpan(binary: ByteSpan(v, ~v).binary) == ByteSpan(v, ~v)) }
        let p = Place(key: "P:1", name: "Ünïcode ✓", kind: .town, admin1: nil, country: "X", countryCode: nil, lat: -0.0, lon: .pi)
        let back = try Place(binary: p.binary)
        #expect(back == p && back.lat.sign == .minus)
    }

    @Test func cutOrDamagedBytesThrowInsteadOfCrashing() throws {
        let e = DocumentExtractor(lexicon: Fixtures.lexicon).extract(Fixtures.corpus[0])
        let bytes = e.binary
        for n in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            #expect(throws: BinaryReader.Damaged.self) { try DocumentExtraction(binary: Array(bytes.prefix(n))) }
        }
        #expect(throws: BinaryReader.Damaged.self) { try DocumentExtraction(binary: bytes + [0]) }
        #expect(throws: BinaryReader.Damaged.self) { try DocumentExtraction(binary: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) }
    }
}

@Suite("Index: passages stored as references to their document")
struct QuoteReferenceTests {
    @Test func passagesAreCutFromTheDocumentsAndRoundTripWhole() throws {
        let a = Fixtures.pipeline.analyse(documents: Fixtures.corpus)
        let texts = Dictionary(uniqueKeysWithValues: a.documents.map { ($0.id, $0.article) })
        let cached = CachedAnalysis(a)
        let short = cached.binary(texts: texts)
        #expect(short.count * 2 < cached.binary.count, "passages are references")
        #expect(try CachedAnalysis(binary: short, texts: texts) == cached)
        #expect(throws: BinaryReader.Damaged.self) { try CachedAnalysis(binary: short) }
        // Texts not read yet: the passages point into them, and read the same once they are.
        let unread = Dictionary(uniqueKeysWithValues: a.documents.map { d in (d.id, ArticleText(reading: { d.text })) })
        let deferred = try CachedAnalysis(binary: short, texts: unread)
        #expect(unread.values.allSatisfy { !$0.isLoaded })
        #expect(deferred.binary(texts: unread) == short, "written back as references without reading the texts")
        #expect(unread.values.allSatisfy { !$0.isLoaded })
        #expect(deferred == cached)
    }

    @Test func aPassageThatIsNotItsDocumentsBytesIsWrittenWhole() throws {
        let d = try #require(Fixtures.corpus.first)
        var e = DocumentExtractor(lexicon: Fixtures.lexicon).extract(d)
        var m = try #require(e.mentions.first)
        m.quote = "Not the text at this span."
        var cut = m
        cut.span = ByteSpan(m.span.start, d.text.utf8.count + 5)   // past the end
        e.mentions = [m, cut]
        let texts = [d.id: d.article]
        #expect(try DocumentExtraction(binary: e.binary(texts: texts), texts: texts).mentions == e.mentions)
        // Bytes inside a character ("é" is two bytes): never cut there.
        let accented = "Réfugiés"
        #expect(BinaryWriter.scalarRange(accented, ByteSpan(0, 2)) == nil)
        #expect(BinaryWriter.scalarRange(accented, ByteSpan(0, 3)) != nil)
    }
}
