import Foundation
import Testing

/// The browser leaves when its terminal goes away, instead of spinning on read errors.
@Suite("Browser exits when its terminal closes", .serialized)
struct HangupTests {
    /// Runs tmux; `capture` false for commands that may start the server (it would hold a pipe open forever).
    func tmux(_ args: [String], capture: Bool = true) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tmux"] + args
        p.standardError = FileHandle.nullDevice
        guard capture else {
            p.standardOutput = FileHandle.nullDevice
            try p.run(); p.waitUntilExit()
            return ""
        }
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Alive and not a zombie waiting to be reaped by the tmux server.
    func running(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        let state = stat.split(separator: ")").last?.split(separator: " ").first ?? ""
        return state != "Z" && state != "X"
    }

    @Test func killingTheSessionEndsTheProcess() throws {
        let session = "sitrep-hup-\(getpid())"
        _ = try tmux(["new-session", "-d", "-s", session, "-x", "100", "-y", "30", Binary.path], capture: false)
        var screen = ""
        for _ in 0..<100 where !screen.contains("Timeline") {
            usleep(100_000); screen = try tmux(["capture-pane", "-t", session, "-p"])
        }
        #expect(screen.contains("Timeline"), "browser did not start: \(screen)")
        let pid = Int32(try tmux(["list-panes", "-t", session, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(pid > 0)
        _ = try tmux(["kill-session", "-t", session], capture: false)
        var alive = true
        for _ in 0..<50 where alive { usleep(100_000); alive = running(pid) }
        if alive { kill(pid, SIGKILL) }
        #expect(!alive, "sitrep (pid \(pid)) still running after its terminal closed")
    }
}
