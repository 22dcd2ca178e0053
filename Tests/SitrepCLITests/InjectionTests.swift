import Foundation
import SitrepCore
import Testing

/// Articles, file names and option values full of escape sequences: nothing of them may act on the terminal.
@Suite("Terminal injection, through every output path")
struct InjectionTests {
    /// ESC sequences (CSI, OSC title, OSC 52 clipboard), BEL, a C1 CSI (U+009B), a right-to-left override, an
    /// isolate and a newline.
    static let evil = "\u{1B}[31m\u{1B}]0;pwned\u{07}\u{1B}]52;c;aGk=\u{07}\u{9B}2J\u{202E}\u{2066}\u{200F}"
    static let evilName = "a\u{1B}[2J\u{9B}31m\u{202E}\nError: forged"

    static func article(outlet: String, toll: String) -> [UInt8] {
        Array("---\ntitle: Raid \(evil)\noutlet: \(outlet)\npublished: 2024-11-30\n---\nGunmen killed \(toll) people in Saraqib on Saturday, a monitor said.\n".utf8)
    }

    /// A corpus of two articles that disagree on a toll: one with an evil file name and outlet, one plain.
    static func corpus() -> String {
        Binary.folder([evilName + ".txt": article(outlet: "Evil" + evil + "Wire", toll: "five"),
                       "plain.txt": article(outlet: "Plain Wire", toll: "nine")])
    }

    /// Fails on any byte that could act on a terminal: C0 controls but newline, DEL, C1 controls, bidi controls.
    static func expectSafe(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = text.unicodeScalars.filter { $0 != "\n" && Sanitize.isUnsafe($0) }
        #expect(bad.isEmpty, "\(what): unsafe scalars \(bad.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test func listShowsNoEscapeFromAnArticle() throws {
        let r = try Binary.run(["list", Self.corpus()])
        #expect(r.status == 0, "\(r.stderr)")
        Self.expectSafe(r.stdout, "list"); Self.expectSafe(r.stderr, "list stderr")
        #expect(r.stdout.contains("Saraqib"))
    }

    @Test func showPrintsOutletFileNameAndTitleSafely() throws {
        let dir = Self.corpus()
        let id = try #require(try Binary.run(["list", dir]).stdout.split(separator: " ").first { $0.hasPrefix("ev-") })
        let r = try Binary.run(["show", String(id), dir])
        #expect(r.status == 0, "\(r.stderr)")
        Self.expectSafe(r.stdout, "show")
        #expect(r.stdout.contains("Evil\u{FFFD}[31m\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}]52;c;aGk=\u{FFFD}\u{FFFD}2JWire"), "\(r.stdout)")
        #expect(r.stdout.contains("a\u{FFFD}[2J\u{FFFD}31m\u{FFFD}Error: forged bytes"), "a newline in the id shows as U+FFFD")
        #expect(!r.stdout.contains("\nError: forged"), "no forged line")
    }

    @Test func disagreementsNameTheDocumentSafely() throws {
        let r = try Binary.run(["disagreements", Self.corpus()])
        #expect(r.status == 0 && r.stdout.contains("1 disagreement"), "\(r.stdout)\(r.stderr)")
        Self.expectSafe(r.stdout, "disagreements")
        #expect(r.stdout.contains("[a\u{FFFD}[2J\u{FFFD}31m\u{FFFD}Error: forged "))
    }

    @Test func csvSourceColumnIsSanitised() throws {
        let r = try Binary.run(["export", "--format", "csv", Self.corpus()])
        #expect(r.status == 0)
        Self.expectSafe(r.stdout, "csv")
        #expect(r.stdout.contains(",Evil\u{FFFD}[31m\u{FFFD}]0;pwned"), "\(r.stdout)")
    }

    @Test func jsonEscapesC1AndBidiControls() throws {
        let r = try Binary.run(["export", Self.corpus()])
        #expect(r.status == 0)
        Self.expectSafe(r.stdout, "json")
        #expect(r.stdout.contains(#"\u001b]52;c;aGk=\u0007\u009b2J\u202e\u2066\u200fWire"#), "\(r.stdout)")
        let json = try JSONSerialization.jsonObject(with: r.data) as! [String: Any]
        let outlets = (json["documents"] as! [[String: Any]]).compactMap { $0["outlet"] as? String }
        #expect(outlets.contains("Evil" + Self.evil + "Wire"), "the JSON decodes to the outlet as written")
    }

    @Test func loadProblemMessagesNameTheFileSafely() throws {
        let dir = Binary.folder([Self.evilName + ".txt": [], "b\u{1B}]0;t\u{07}.md": Array("---\npublished: \u{1B}[2J\n---\nx".utf8)])
        let r = try Binary.run(["list", dir])
        #expect(r.status != 0)
        Self.expectSafe(r.stderr, "stderr")
        #expect(r.stderr.contains("a\u{FFFD}[2J\u{FFFD}31m\u{FFFD}Error: forged.txt: the file is empty"), "\(r.stderr)")
        #expect(r.stderr.contains("b\u{FFFD}]0;t\u{FFFD}.md:2: published date '\u{FFFD}[2J' is not YYYY-MM-DD"), "\(r.stderr)")
    }

    @Test func optionValuesAreEchoedSafely() throws {
        let dir = Self.corpus()
        let runs = [["list", "--since", Self.evil, dir], ["list", "--published", Self.evil, dir], ["list", "--type", Self.evil, dir],
                    ["list", "--place", Self.evil, dir], ["list", "--source", Self.evil, dir], ["list", "--bogus" + Self.evil, dir],
                    ["export", "-o", "/nonexistent/" + Self.evilName, dir], ["show", Self.evil, dir]]
        for args in runs {
            let r = try Binary.run(args)
            #expect(r.status != 0, "\(args)")
            #expect(r.stderr.contains("\u{FFFD}[31m\u{FFFD}]0;pwned") || r.stderr.contains("\u{FFFD}[2J"), "\(args): \(r.stderr)")
            Self.expectSafe(r.stderr, "\(args[1])"); Self.expectSafe(r.stdout, "\(args[1]) stdout")
        }
    }

    @Test func sourceHintListsOutletsSafely() throws {
        let r = try Binary.run(["list", "--source", "nobody", Self.corpus()])
        #expect(r.status == 64)
        Self.expectSafe(r.stderr, "--source hint")
        #expect(r.stderr.contains("Evil\u{FFFD}[31m"), "\(r.stderr)")
    }
}
