import Foundation
import Testing
@testable import SitrepCore

/// Files that are not UTF-8: read as Windows-1252, with offsets into the file as stored.
@Suite("Windows-1252 articles")
struct Windows1252Tests {
    @Test func invalidBytesAreDecodedAndValidUTF8IsKept() {
        let stored: [UInt8] = Array("caf".utf8) + [0xE9, 0x20, 0x93] + Array("hi".utf8) + [0x94, 0x20, 0x80, 0x20] + Array("é".utf8)
        let d = Windows1252.decode(stored)
        #expect(String(decoding: d.utf8, as: UTF8.self) == "café “hi” € é")
        #expect(d.decoded == 4 && d.offsets.count == 4 && d.offsets.firstDecoded == 3)
    }

    @Test func offsetsMapBackToTheStoredFile() {
        let stored: [UInt8] = [0x41, 0xE9, 0x42, 0x93, 0x43]          // "AéB“C": é 2 bytes, “ 3 bytes in UTF-8
        let d = Windows1252.decode(stored)
        #expect(Array(String(decoding: d.utf8, as: UTF8.self).utf8) == [0x41, 0xC3, 0xA9, 0x42, 0xE2, 0x80, 0x9C, 0x43])
        #expect((0...8).map { d.offsets.stored($0) } == [0, 1, 1, 2, 3, 3, 3, 4, 5], "inside a character: its start")
        for stored in 0...5 { #expect(d.offsets.stored(d.offsets.text(stored)) == stored) }
    }

    @Test func aDecodedArticleExportsStoredOffsets() throws {
        let stored: [UInt8] = Array("---\noutlet: W\npublished: 2024-11-30\n---\nR".utf8) + [0xE9]
            + Array("sum\u{E9}: Gunmen killed five people in Saraqib on Saturday, a monitor said.\n".utf8).map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 }
        let doc = try CorpusLoader().document(from: stored, path: "w.txt").get()
        #expect(doc.storedOffsets != nil && doc.sha256 == SHA256.hex(stored))
        let analysis = Pipeline(lexicon: Fixtures.lexicon).analyse(documents: [doc], problems: [], workers: 1)
        let json = try JSONSerialization.jsonObject(with: JSONExport.data(analysis, generator: "t")) as! [String: Any]
        let mention = try #require(((json["events"] as? [[String: Any]])?.first?["mentions"] as? [[String: Any]])?.first)
        let start = mention["start"] as! Int, end = mention["end"] as! Int
        let quote = String(String.UnicodeScalarView(stored[start..<end].map(Windows1252.scalar)))
        #expect(quote == mention["quote"] as? String, "offsets index the file as stored")
    }
}
