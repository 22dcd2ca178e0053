import Foundation
import TestScratch
import Testing

/// What happens before the browser draws: mistyped commands and missing paths fail at once, with a hint.
@Suite("Browse start-up")
struct BrowseStartTests {
    @Test func aMissingPathFailsBeforeLoadingAnything() throws {
        let r = try Binary.run(["browse", "/nonexistent/articles"])
        #expect(r.status == 66, "\(r.stderr)")
        #expect(r.stderr.contains("'/nonexistent/articles'"), "names the path: \(r.stderr)")
        #expect(r.stdout.isEmpty, "no timeline printed instead: \(r.stdout.prefix(200))")
        #expect(!r.stderr.contains("did you mean"), "a path is no mistyped command")
    }

    @Test func aMistypedCommandSuggestsTheCommand() throws {
        for (typo, verb) in [("lst", "list"), ("exprot", "export"), ("shwo", "show")] {
            let r = try Binary.run([typo])
            #expect(r.status == 66, "\(typo): \(r.stderr)")
            #expect(r.stderr.contains("'\(typo)'") && r.stderr.contains("did you mean '\(verb)'?"), "\(typo): \(r.stderr)")
        }
    }
}

/// The real terminal: `sitrep lst` in tmux never opens the browser.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct BrowseStartTmuxTests {
    @Test func mistypedVerbInATerminalExitsWithTheSuggestion() throws {
        let t = try Tmux.start(width: 100, height: 30, wrapped: true, args: "lst")
        defer { t.kill() }
        let screen = try t.waitFor("EXIT=")
        #expect(screen.contains("EXIT=66"), "\(screen)")
        #expect(screen.contains("did you mean 'list'?"), "\(screen)")
        #expect(!screen.contains("Timeline"), "the browser never started:\n\(screen)")
    }

    @Test func dumbTerminalSaysWhyAndPrintsTheTimeline() throws {
        let err = TestScratch.directory.appendingPathComponent("sitrep-dumb-\(UUID().uuidString).err").path
        defer { unlink(err) }
        let t = try Tmux.start(width: 120, height: 40, wrapped: true, args: "browse 2>'\(err)'", env: "TERM=dumb")
        defer { t.kill() }
        let screen = try t.waitFor("EXIT=")
        let message = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        #expect(message.contains("TERM=dumb cannot move the cursor"), "\(message)")
        #expect(screen.contains(" events"), "the text timeline follows:\n\(screen)")
        #expect(screen.contains("EXIT=0"), "\(screen)")
    }

    @Test func linuxConsoleIsLeftClearAfterQuit() throws {
        let t = try Tmux.start(width: 100, height: 30, wrapped: true, env: "TERM=linux")
        defer { t.kill() }
        _ = try t.waitFor("events")
        t.keys("q")
        let after = try t.waitFor("EXIT=")
        #expect(after.contains("EXIT=0"), "\(after)")
        #expect(!after.contains("Timeline") && !after.contains("Disagreements"), "the last frame is gone:\n\(after)")
    }
}

/// Files that cannot be read are visible in the browser: counted in the status line, listed with why by `o`.
@Suite(.serialized, .enabled(if: Tmux.available, "tmux is not installed"))
struct DocumentsEndToEndTests {
    @Test func rejectedFilesAreCountedAndListedAndArticlesOpen() throws {
        let good = Array("---\ntitle: Saraqib stormed\noutlet: Test Wire\npublished: 2024-11-30\n---\nRebel fighters stormed the town of Saraqib on Saturday, residents said.\n".utf8)
        let dir = Binary.folder(["good.txt": good, "photo.txt": [0x89, 0x50, 0, 0, 1, 2], "empty.md": []])
        let t = try Tmux.start(width: 120, height: 40, args: "browse '\(dir)' 2>/dev/null")
        defer { t.kill() }
        let first = try t.waitFor("events")
        #expect(first.contains("2 files skipped"), "\(first)")
        t.keys("o")
        let list = try t.waitFor("Documents")
        #expect(list.contains("Test Wire") && list.contains("30 Nov 2024") && list.contains("1 event"), "\(list)")
        #expect(list.contains("photo.txt") && list.contains("empty.md"), "\(list)")
        #expect(list.contains("skipped"), "\(list)")
        t.keys("Enter")
        let article = try t.waitFor("article · Esc back")
        #expect(article.contains("Rebel fighters stormed"), "\(article)")
    }
}
