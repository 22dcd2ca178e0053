import Foundation
import Testing

/// Output that cannot be written: a full disk, a closed descriptor, a reader that went away. Never a crash.
@Suite("Failed writes")
struct OutputFailureTests {
    /// Runs `sitrep ARGS REDIRECTIONS` through /bin/sh (to close descriptors), capturing stderr unless it is closed.
    static func shell(_ args: String, _ redirections: String) throws -> Binary.Result {
        try Binary.runShell("exec \"$SITREP\" \(args) \(redirections)")
    }

    @Test func aFullDiskIsReportedWithItsCause() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        for command in ["export", "export --format csv", "list", "disagreements"] {
            let r = try Self.shell(command, "> /dev/full")
            #expect(r.status == 75, "\(command): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains("cannot write output: no space left on device"), "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("crashed") && !r.stderr.contains("Fatal error"))
        }
    }

    @Test func anOutputFileOnAFullDiskNamesTheFile() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let r = try Binary.run(["export", "-o", "/dev/full"])
        #expect(r.status == 73 && r.stderr.contains("cannot write '/dev/full': no space left on device"), "\(r.stderr)")
    }

    @Test func aClosedStandardOutputIsAnErrorNotACrash() throws {
        let r = try Self.shell("list", ">&-")
        #expect(r.status == 75 && r.stderr.contains("cannot write output: standard output is closed"), "\(r.status) \(r.stderr)")
    }

    @Test func aClosedStandardErrorKeepsTheExitCodeAndTheOutput() throws {
        let r = try Self.shell("list /nonexistent/articles", "2>&-")
        #expect(r.status == 66, "\(r.status)")
        #expect(r.stdout.contains("0 of 0 events"))
    }

    @Test func aClosedPipeEndsQuietly() throws {
        // The bundled articles eight times over: far more JSON than a pipe buffers.
        let paths = Array(repeating: "Data/articles", count: 8).joined(separator: " ")
        let r = try Binary.runShell("\"$SITREP\" export \(paths); echo \"status $?\" >&2", pipeTo: "head -c 1 >/dev/null")
        #expect(r.stderr == "status 141\n", "\(r.stderr)")
    }
}
