import Foundation
import Testing

/// The real binary in tmux: `y` writes OSC 52 (read through pipe-pane), `e` writes the view to a file.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct WorkflowEndToEndTests {
    /// A fresh path in the temporary folder.
    static func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("sitrep-\(UUID().uuidString)\(suffix)").path
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
