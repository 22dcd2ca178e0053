import SitrepCore
import Testing
@testable import SitrepTUI

@Suite struct ScreenBufferTests {
    @Test func widthsFollowWcwidth() {
        #expect(DisplayWidth.of("e\u{301}") == 1)          // combining acute
        #expect(DisplayWidth.of("伊德利卜") == 8)             // CJK
        #expect(DisplayWidth.of("💥") == 2)                  // emoji
        #expect(DisplayWidth.of("👩‍👩‍👧") == 6)            // ZWJ sequence: joiners dropped, as ncurses draws it
        #expect(DisplayWidth.of("إدلب") == 4)               // Arabic
        #expect(DisplayWidth.of("“Idlib” – 4\u{A0}killed") == 18)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 1)
    }

    @Test func theBrowserSanitisesAsTheCommandLineDoes() {
        let layoutOnly: Set<UInt32> = [0x200D, 0xFE0E, 0xFE0F]
        let differ = (UInt32(0)...0x2FFF).compactMap(Unicode.Scalar.init).filter {
            !layoutOnly.contains($0.value) && Sanitizer.clean($0) != Sanitize.scalar($0)
        }
        #expect(differ.isEmpty, "\(differ.map { String($0.value, radix: 16) })")
        #expect(Sanitizer.clean("a\u{200E}b\u{061C}c\u{1B}") == "abc\u{FFFD}")
    }

    @Test func combiningMarksShareTheCellOfTheirBase() {
        var b = ScreenBuffer(width: 6, height: 1)
        let end = b.put("Pen\u{303}a", x: 0, y: 0, style: .plain)
        #expect(end == 4)
        #expect(b[2, 0].text == "n\u{303}")
        #expect(b.lines == ["Peña  "].map { $0.decomposedStringWithCanonicalMappingIfAvailable })
    }

    @Test func wideCharactersAreNeverSplitAtAClipEdge() {
        var b = ScreenBuffer(width: 5, height: 1)
        b.put("ab伊德", x: 0, y: 0, maxX: 5, style: .plain)
        #expect(b.lines == ["ab伊 "])
        #expect(b[2, 0].width == 2 && b[3, 0].isContinuation && b[4, 0].text == " ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = ScreenBuffer(width: 4, height: 1)
        b.put("伊德", x: 0, y: 0, style: .plain)
        b.put("x", x: 1, y: 0, style: .plain)
        #expect(b.lines == [" x德"])
    }

    @Test func controlCharactersAndEscapeSequencesNeverReachTheScreen() {
        var b = ScreenBuffer(width: 20, height: 1)
        b.put("a\u{1B}[31mred\u{07}\u{8}\r\u{9B}1m", x: 0, y: 0, style: .plain)
        let line = b.lines[0]
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(line.hasPrefix("a\u{FFFD}[31mred\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}1m"))
    }

    @Test func wrappingKeepsByteOffsetsAndBreaksAtSpaces() {
        let text = "One two three\nfour five six seven"
        let w = WrappedText(text, width: 9)
        let lines = w.lines.map { r in String(String.UnicodeScalarView(w.glyphs[r].map(\.scalar))) }
        #expect(lines == ["One two", "three", "four five", "six seven"])
        #expect(w.glyphs[w.lines[2].lowerBound].offset == 14)
        #expect(w.line(containing: 19) == 2)
        let long = WrappedText("abcdefghij", width: 4)
        #expect(long.lines.count == 3)
    }

    @Test func truncationAddsAnEllipsisWithinTheWidth() {
        #expect(TextFit.truncate("Hayat Tahrir al-Sham", 8) == "Hayat T…")
        #expect(TextFit.pad("伊德利卜", 5) == "伊德…")
        #expect(DisplayWidth.of(TextFit.pad("伊德利卜", 5)) == 5)
    }
}

extension String {
    var decomposedStringWithCanonicalMappingIfAvailable: String {
        String(String.UnicodeScalarView(unicodeScalars.flatMap { $0 == "ñ" ? ["n", "\u{303}"] : [$0] }))
    }
}
