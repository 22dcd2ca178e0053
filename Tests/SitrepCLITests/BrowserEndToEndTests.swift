import Foundation
import TestScratch
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
        #expect(colored.contains(/\x1B\[([0-9;]*;)?(43|7)[;m]/), "a highlighted passage:\n\(colored)")
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
        let screen = try t.waitFor("actor: HTS: Hayat Tahrir al-Sham")
        let m = try #require(screen.firstMatch(of: /(\d+) of (\d+) events/))
        #expect(Int(m.1)! > 0 && Int(m.1)! < Int(m.2)!, "a subset of events: \(m.0)")
    }

    @Test func disputedIdlibAirstrikeShowsBothTolls() throws {
        let t = try Tmux.start(width: 120, height: 40)
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys("/"); t.type("Idlib, 4–8"); t.keys("Enter")
        let screen = try t.waitFor("Voz")
        #expect(screen.contains("4–8"), "the timeline row shows the range:\n\(screen)")
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

    @Test func quitLeavesTheTerminalAsItWas() throws { try expectQuit(key: "q", exit: 0) }

    /// Ctrl-\ (SIGQUIT) quits as Ctrl-C does, with 128 + SIGQUIT, and no backtrace over the screen.
    @Test func ctrlBackslashQuitsAndRestoresTheTerminal() throws { try expectQuit(key: "C-\\", exit: 131) }

    /// Presses `key` in a running browser and checks the exit code and that the terminal is as it was.
    func expectQuit(key: String, exit: Int) throws {
        let t = try Tmux.start(width: 100, height: 30, wrapped: true)
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys(key)
        let after = try t.waitFor("EXIT=")
        #expect(after.contains("EXIT=\(exit) "), "\(after)")
        #expect(after.contains("STTY=same"), "stty settings restored")
        #expect(!after.contains("crashed") && !after.contains("Backtrac"), "no backtrace over the screen")
        #expect(t.paneFlag("alternate_on") == "0", "alternate screen left")
    }
}

/// A tmux session running the sitrep binary of this build.
extension BrowserEndToEndTests {
    /// Closing the terminal (killing the tmux session) ends the browser instead of leaving it spinning.
    @Test func closingTheTerminalEndsTheBrowser() throws {
        let t = try Tmux.start(width: 100, height: 30)
        defer { t.kill() }
        _ = try t.waitFor("events")
        let pid = Int32(t.paneFlag("pane_pid")) ?? 0
        #expect(pid > 0)
        _ = try? t.run(["kill-session", "-t", t.name])
        var alive = true
        for _ in 0..<50 where alive { usleep(100_000); alive = Self.running(pid) }
        if alive { kill(pid, SIGKILL) }
        #expect(!alive, "sitrep (pid \(pid)) still running after its terminal closed")
    }

    /// Alive and not a zombie waiting for tmux to reap it.
    static func running(_ pid: Int32) -> Bool {
        guard pid > 0, kill(pid, 0) == 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        let state = stat.split(separator: ")").last?.split(separator: " ").first ?? ""
        return state != "Z" && state != "X"
    }
}

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

    /// Starts `sitrep ARGS` (default `browse`) in a new tmux session; `wrapped` prints the exit code and whether the
    /// tty settings came back, then keeps the pane open; `env` is prefixed to the command (`TERM=dumb`).
    static func start(width: Int, height: Int, wrapped: Bool = false, args: String = "browse", env: String = "") throws -> Tmux {
        let t = Tmux(name: "sitrep-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        var command = "\(env.isEmpty ? "" : "env \(env) ")'\(binary)' \(args)"
        if wrapped {
            command = "stty -g > /tmp/\(t.name).before; \(command); rc=$?; stty -g > /tmp/\(t.name).after; "
                + "if cmp -s /tmp/\(t.name).before /tmp/\(t.name).after; then s=same; else s=changed; fi; "
                + "rm -f /tmp/\(t.name).before /tmp/\(t.name).after; echo EXIT=$rc STTY=$s; sleep 30"
        }
        try t.run(["new-session", "-d", "-s", t.name, "-x", "\(width)", "-y", "\(height)", "-c", root.path, command])
        return t
    }

    /// Runs a tmux command on the private server `socket` (one per session, so that a server still shutting down
    /// never meets the next test) and returns its output.
    ///
    /// Uses posix_spawn and waitpid rather than Foundation's Process, whose exit monitoring was seen to
    /// miss the tmux client's exit; output goes through a file because the server that `new-session`
    /// forks would keep a pipe open.
    @discardableResult
    static func run(_ args: [String], socket: String) throws -> String {
        let out = TestScratch.directory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { unlink(out) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, args.first == "new-session" ? "/dev/null" : out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = (["tmux", "-L", socket] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var env = Binary.environment
        env["NO_COLOR"] = nil
        env["TMUX"] = nil
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        // The test runner's threads block most signals and spawned processes inherit that mask; a tmux server
        // started so never acted on kill-server and its browsers never saw a hang-up. Start tmux as a shell would.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none); sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, "tmux", &actions, &attr, argv, envp)
        guard rc == 0 else { throw TmuxError.timeout("could not run tmux: error \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }

    /// Runs a tmux command on this session's server.
    @discardableResult
    func run(_ args: [String]) throws -> String { try Tmux.run(args, socket: name) }

    func capture(escapes: Bool = false) -> String {
        (try? run(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))) ?? ""
    }

    func paneFlag(_ flag: String) -> String {
        ((try? run(["display-message", "-p", "-t", name, "#{\(flag)}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Waits for `text` on screen (up to 90 s: a debug build loads its data files slowly, more so on a
    /// busy machine); throws with the last screen otherwise.
    /// The screen once `text` is on it and the screen has settled (the same in two captures 100 ms apart, for at most
    /// two seconds): a capture taken while a frame is being drawn holds only its first lines.
    func waitFor(_ text: String, seconds: Double = 90) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        repeat {
            screen = capture()
            if screen.contains(text) { return settled(screen, holding: text) }
            usleep(100_000)
        } while Date() < deadline
        throw TmuxError.timeout("“\(text)” did not appear within \(Int(seconds)) s; screen:\n\(screen)")
    }

    private func settled(_ first: String, holding text: String) -> String {
        var last = first
        for _ in 0..<20 {
            usleep(100_000)
            let now = capture()
            guard now.contains(text) else { return last }
            if now == last { return now }
            last = now
        }
        return last
    }

    func keys(_ keys: String...) { _ = try? run(["send-keys", "-t", name] + keys); usleep(300_000) }
    func type(_ text: String) { _ = try? run(["send-keys", "-t", name, "-l", text]); usleep(300_000) }
    func resize(width: Int, height: Int) {
        _ = try? run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]); usleep(400_000)
    }
    func kill() {
        _ = try? run(["kill-server"])
        let dir = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(dir)/tmux-\(getuid())/\(name)")
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case timeout(String)
    var description: String { switch self { case .timeout(let s): s } }
}
