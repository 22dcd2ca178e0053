import Foundation
import Testing

/// Runs the real `sitrep` binary in tmux: send-keys in, capture-pane out.
///
/// Skipped (with a message) when tmux is not installed; `.ci/run` installs it.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed (apt-get install tmux); browser end-to-end tests skipped"),
       .enabled(if: Tmux.browserWired, "sitrep browse does not open the browser yet (Sources/sitrep does not call Browser.run)"))
struct BrowserEndToEndTests {
    @Test func opensOnTheBundledCorpusAndMoves() throws {
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        let first = try t.waitFor("events")
        #expect(first.contains("Timeline"))
        #expect(first.contains("Source"))
        #expect(first.contains("Disagreements"))
        #expect(first.range(of: #"\w{3} \d{1,2} (Nov|Dec) 2024"#, options: .regularExpression) != nil, "a date heading")
        let before = t.capture()
        t.keys("j"); t.keys("j")
        #expect(t.capture() != before, "moving the selection changes the screen")
    }

    @Test func enterShowsTheHighlightedPassage() throws {
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys("Enter")
        let colored = t.capture(escapes: true)
        // The passage is drawn with a background colour or in reverse video.
        #expect(colored.contains("\u{1B}[43m") || colored.contains("\u{1B}[7m"), "a highlighted passage")
        #expect(t.capture().contains("Claimed by:"))
    }

    @Test func placeFilterIdlibKeepsTheGovernorate() throws {
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys("p"); t.type("Idlib"); t.keys("Enter")
        let screen = try t.waitFor("place: Idlib")
        let areas = screen.split(separator: "\n").map { $0.prefix(72) }.filter { $0.hasPrefix("  ") && $0.contains("›") }
        #expect(!areas.isEmpty, "area headings shown")
        for a in areas { #expect(a.contains("Idlib"), "only places in Idlib Governorate: \(a)") }
    }

    @Test func actorFilterHTSResolvesTheAlias() throws {
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys("a"); t.type("HTS"); t.keys("Enter")
        let screen = try t.waitFor("actor: Hayat Tahrir al-Sham")
        let m = try #require(screen.firstMatch(of: /(\d+) of (\d+) events/))
        #expect(Int(m.1)! > 0 && Int(m.1)! < Int(m.2)!, "a subset of events: \(m.0)")
    }

    @Test func disputedIdlibAirstrikeShowsBothTolls() throws {
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys("/"); t.type("airstrikes on Idlib"); t.keys("Enter")
        let screen = t.capture()
        #expect(screen.contains("4–8"), "the timeline row shows the range")
        #expect(screen.contains("CNN") && screen.contains("Voz"), "both outlets in the disagreements pane")
        #expect(screen.contains("4 killed") || screen.contains("four"))
        #expect(screen.contains("8 killed") || screen.contains("eight"))
    }

    @Test func resizeRelaysOutAndAPoliteMessageWhenTooSmall() throws {
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.resize(width: 80, height: 24)
        let stacked = try t.waitFor("Source")
        let lines = stacked.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.firstIndex { $0.contains("Source") }! > 5, "panes stacked at 80×24")
        t.resize(width: 50, height: 12)
        _ = try t.waitFor("sitrep needs at least 60×16")
        t.resize(width: 100, height: 30)
        _ = try t.waitFor("Timeline")
    }

    @Test func quitLeavesTheTerminalAsItWas() throws {
        let t = try Tmux.start(width: 100, height: 30, wrapped: true)
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys("q")
        let after = try t.waitFor("EXIT=")
        #expect(after.contains("EXIT=0"))
        #expect(after.contains("STTY=same"), "stty settings restored")
        #expect(t.paneFlag("alternate_on") == "0", "alternate screen left")
    }
}

/// A tmux session running the sitrep binary of this build.
struct Tmux {
    static let available: Bool = {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The package root (three levels above this file).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Whether the CLI opens the browser (or `SITREP_E2E_BIN` names a binary to drive instead).
    static let browserWired: Bool = {
        if ProcessInfo.processInfo.environment["SITREP_E2E_BIN"] != nil { return true }
        let dir = root.appendingPathComponent("Sources/sitrep")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.contains { f in
            ((try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)) ?? "").contains("Browser.run")
        }
    }()

    /// `SITREP_E2E_BIN`, else `sitrep` next to the test bundle in the build directory.
    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["SITREP_E2E_BIN"] { return b }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("sitrep").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/sitrep").path
    }

    let name: String

    static func start(width: Int, height: Int, wrapped: Bool = false) throws -> Tmux {
        let t = Tmux(name: "sitrep-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        var command = "'\(binary)' browse"
        if wrapped {
            command = "stty -g > /tmp/\(t.name).before; \(command); rc=$?; stty -g > /tmp/\(t.name).after; "
                + "if cmp -s /tmp/\(t.name).before /tmp/\(t.name).after; then s=same; else s=changed; fi; "
                + "rm -f /tmp/\(t.name).before /tmp/\(t.name).after; echo EXIT=$rc STTY=$s; sleep 30"
        }
        try run(["new-session", "-d", "-s", t.name, "-x", "\(width)", "-y", "\(height)", "-c", root.path, command])
        return t
    }

    @discardableResult
    static func run(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tmux"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func capture(escapes: Bool = false) -> String {
        (try? Tmux.run(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))) ?? ""
    }

    func paneFlag(_ flag: String) -> String {
        ((try? Tmux.run(["display-message", "-p", "-t", name, "#{\(flag)}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits up to 10 s for `text` on screen; throws with the last screen otherwise.
    func waitFor(_ text: String) throws -> String {
        var screen = ""
        for _ in 0..<100 {
            screen = capture()
            if screen.contains(text) { return screen }
            usleep(100_000)
        }
        throw TmuxError.timeout("“\(text)” did not appear within 10 s; screen:\n\(screen)")
    }

    func keys(_ keys: String...) { _ = try? Tmux.run(["send-keys", "-t", name] + keys); usleep(300_000) }
    func type(_ text: String) { _ = try? Tmux.run(["send-keys", "-t", name, "-l", text]); usleep(300_000) }
    func resize(width: Int, height: Int) {
        _ = try? Tmux.run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]); usleep(400_000)
    }
    func kill() { _ = try? Tmux.run(["kill-session", "-t", name]) }
}

enum TmuxError: Error, CustomStringConvertible {
    case timeout(String)
    var description: String { switch self { case .timeout(let s): s } }
}
