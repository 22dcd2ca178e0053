import Foundation
import Testing
@testable import SitrepCore

/// The one sanitiser: controls, escapes and bidirectional controls never reach a terminal, in any output.
@Suite("Sanitize: one rule for every output")
struct SanitizeRuleTests {
    @Test func controlsBecomeReplacementAndBidiControlsAreDropped() {
        #expect(Sanitize.line("a\u{1B}[2Jb\u{07}c\u{9B}d\u{7F}e") == "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d\u{FFFD}e")
        #expect(Sanitize.line("x\u{202E}y\u{2066}z\u{2069}\u{200E}\u{200F}\u{061C}w") == "xyzw")
        #expect(Sanitize.line("one\ntwo\rthree\tfour") == "one\u{FFFD}two\u{FFFD}three four")
        #expect(Sanitize.oneLine("one\n two\u{2028}three") == "one two three")
        #expect(Sanitize.text("one\ntwo\u{1B}") == "one\ntwo\u{FFFD}")
        #expect(Sanitize.line("Kyiv’s “Wire” — Ḥamā 東京") == "Kyiv’s “Wire” — Ḥamā 東京", "printable text is kept as is")
    }

    @Test func timelineStylesWithoutRestoringEscapesFromText() throws {
        let body = "Gunmen killed five people in Saraqib on Saturday, a monitor said.\n"
        var e = try #require(Pipeline(lexicon: Fixtures.lexicon).analyse(documents: [Fixtures.document(body)], problems: [], workers: 1).events.first)
        e.subEventType = "Attack \u{FFFD}[31m \u{1B}[2J \u{9B}1m"
        let out = TimelineReport(style: TextStyle(enabled: true), outlets: [:]).render([e], total: 1)
        #expect(out.contains("Attack \u{FFFD}[31m \u{FFFD}[2J \u{FFFD}1m"), "\(out)")
        let unstyled = out.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
        #expect(!unstyled.unicodeScalars.contains { $0 != "\n" && Sanitize.isUnsafe($0) }, "only styling escapes: \(unstyled)")
        #expect(out.contains("\u{1B}[1m"), "the heading is still bold")
    }

    @Test func jsonEscapesWhatTheEncoderLeavesRaw() throws {
        let raw = Data("{\"a\":\"x\u{85}y\u{202E}z\u{2028}\u{7F}’\"}".utf8)
        let escaped = JSONEscape.escapingUnsafe(raw)
        #expect(String(decoding: escaped, as: UTF8.self) == #"{"a":"x\u0085y\u202ez\u2028\u007f’"}"#)
        let a = try JSONSerialization.jsonObject(with: raw) as? [String: String]
        let b = try JSONSerialization.jsonObject(with: escaped) as? [String: String]
        #expect(a == b && a != nil, "the same strings")
        let plain = Data(#"{"a":"Kyiv’s"}"#.utf8)
        #expect(JSONEscape.escapingUnsafe(plain) == plain)
    }
}
