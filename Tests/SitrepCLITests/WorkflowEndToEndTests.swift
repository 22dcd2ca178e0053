import Foundation
import TestScratch
import Testing

/// The real binary in tmux: `y` writes OSC 52 (read through pipe-pane), `e` writes the view to a file.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct WorkflowEndToEndTests {
    /// A fresh path in the temporary folder.
    static func temporary(_ suffix: String) -> String {
        TestScratch.directory.appendingPathComponent("sitrep-\(UUID().uuidString)\(suffix)").path
    }

    @Test func yWritesTheCitationAsOSC52() throws {
        let out = Self.temporary(".osc")
        defer { unlink(out) }
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        _ = try t.waitFor("events")
        try t.run(["pipe-pane", "-o", "-t", t.name, "cat >> '\(out)'"])
        usleep(300_000)
        t.keys("y")
        _ = try t.waitFor("Copied the passage")
        usleep(300_000)
        let bytes = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        let m = try #require(bytes.firstMatch(of: /\x1B\]52;c;([A-Za-z0-9+\/=]+)\x07/), "no OSC 52 in \(bytes.debugDescription.prefix(300))")
        let text = String(decoding: Data(base64Encoded: String(m.1)) ?? Data(), as: UTF8.self)
        #expect(text.hasPrefix("“") && text.contains("\n— ") && text.contains("sitrep event ev-"), "\(text)")
    }

    /// Started with a filter on the command line, the browser exports just those events.
    @Test func eWritesTheViewToTheFileItNames() throws {
        let path = Self.temporary(".json")
        defer { unlink(path) }
        let t = try Tmux.start(width: 120, height: 40, args: "browse --actor HTS")
        defer { t.kill() }
        let screen = try t.waitFor("events")
        let shown = try #require(screen.firstMatch(of: /(\d+) of (\d+) events/))
        #expect(shown.1 != shown.2, "filtered: \(shown.0)")
        for k in ["e", "C-u"] { t.keys(k) }
        t.type(path); t.keys("Enter")
        #expect(try t.waitFor("Wrote").contains("as JSON to"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
        #expect((json["events"] as! [Any]).count == Int(shown.1)!, "the events shown, as filtered")
    }
}

/// xterm mouse reports (X10 encoding, as curses asks tmux for) reach the browser; `--no-mouse` ignores them.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct MouseEndToEndTests {
    /// The bytes of a button-1 press then release at a cell (0-based).
    static func click(_ x: Int, _ y: Int) -> [String] {
        ["1b", "5b", "4d", "20", String(33 + x, radix: 16), String(33 + y, radix: 16),
         "1b", "5b", "4d", "23", String(33 + x, radix: 16), String(33 + y, radix: 16)]
    }

    @Test func aClickSelectsTheRowUnderIt() throws {
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        let screen = try t.waitFor("events")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let events = lines.indices.dropFirst(2).filter { (lines[$0].hasPrefix(" ") && !lines[$0].hasPrefix("  ")) || lines[$0].hasPrefix("~") }
        let y = try #require(events.dropFirst().first, "a second event row")
        #expect(t.paneFlag("mouse_standard_flag") == "1" || t.paneFlag("mouse_button_flag") == "1", "mouse reporting on")
        _ = try t.run(["send-keys", "-t", t.name, "-H"] + Self.click(3, y))
        usleep(400_000)
        #expect(t.capture().contains("event 2 of"), "the second event row is selected:\n\(t.capture())")
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let t = try Tmux.start(width: 120, height: 40, args: "browse --no-mouse")
        defer { t.kill() }
        _ = try t.waitFor("events")
        for flag in ["mouse_standard_flag", "mouse_button_flag", "mouse_any_flag"] { #expect(t.paneFlag(flag) == "0", "\(flag)") }
    }
}

/// `u` runs the system's opener (here a stand-in xdg-open on PATH) on the article's url.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct OpenURLEndToEndTests {
    @Test func uRunsTheOpenerWithTheURL() throws {
        let url = "https://example.org/news/saraqib"
        let article = Array("---\ntitle: T\noutlet: Test Wire\npublished: 2024-11-30\nurl: \(url)\n---\nRebel fighters stormed the town of Saraqib on Saturday, residents said.\n".utf8)
        let dir = Binary.folder(["a.txt": article])
        let bin = Binary.folder(["xdg-open": Array("#!/bin/sh\necho \"$1\" > \"$(dirname \"$0\")/opened\"\n".utf8)])
        chmod(bin + "/xdg-open", 0o755)
        let t = try Tmux.start(width: 120, height: 40, args: "browse '\(dir)' 2>/dev/null", env: "PATH='\(bin)':\"$PATH\"")
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys("u")
        _ = try t.waitFor("Opening \(url)")
        var opened = ""
        for _ in 0..<20 where opened.isEmpty { usleep(100_000); opened = (try? String(contentsOfFile: bin + "/opened", encoding: .utf8)) ?? "" }
        #expect(opened == url + "\n")
    }
}
