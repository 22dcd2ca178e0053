import Foundation
import Testing

@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed (apt-get install tmux); browser end-to-end tests skipped"))
struct VerdictEndToEndTests {
    /// `v` in the browser marks the selected event; after a restart the timeline still shows the mark, and the
    /// command line lists the verdict.
    @Test func aVerdictMarkedInTheBrowserIsThereAfterARestart() throws {
        let corpus = try Binary.corpusCopy(), index = Binary.folder([:]) + "/i.sqlite"
        let args = "browse --index '\(index)' '\(corpus)'"
        let first = try Tmux.start(width: 120, height: 40, args: args)
        _ = try first.waitFor("events")
        #expect(!first.capture().contains("✓"))
        first.keys("v")
        _ = try first.waitFor("Marked ev-")
        #expect(first.capture().contains("✓"))
        first.keys("q")
        first.kill()
        let second = try Tmux.start(width: 120, height: 40, args: args)
        defer { second.kill() }
        _ = try second.waitFor("events")
        #expect(second.capture().contains("✓"), "the mark after a restart:\n\(second.capture())")
        let listed = try Binary.run(["annotations", "--index", index, corpus])
        #expect(listed.stdout.hasPrefix("ev-") && listed.stdout.contains("  confirmed"), "\(listed.stdout)")
    }

    /// `m` writes a note and `#` tags the selected event in the browser; the command line lists both.
    @Test func aNoteAndTagsWrittenInTheBrowserAreSaved() throws {
        let corpus = try Binary.corpusCopy(), index = Binary.folder([:]) + "/i.sqlite"
        let session = try Tmux.start(width: 120, height: 40, args: "browse --index '\(index)' '\(corpus)'")
        defer { session.kill() }
        _ = try session.waitFor("events")
        session.keys("m")
        _ = try session.waitFor("Note")
        session.type("check the date")
        session.keys("Enter")
        _ = try session.waitFor("Note saved on ev-")
        session.type("#")
        _ = try session.waitFor("Tags")
        session.type("airstrike, to verify")
        session.keys("Enter")
        _ = try session.waitFor("Tagged ev-")
        session.keys("q")
        let listed = try Binary.run(["annotations", "--index", index, corpus])
        #expect(listed.stdout.contains("check the date") && listed.stdout.contains("airstrike") && listed.stdout.contains("to verify"),
                "\(listed.stdout)")
    }
}
