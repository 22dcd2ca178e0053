import Foundation
import Testing

/// Files the user may not read, run as a user who cannot read them (root reads everything: its runs go through
/// `setpriv` as nobody, or are skipped with a message when that is impossible).
@Suite("Unreadable files and folders")
struct FileSystemCLITests {
    let article = Array("---\npublished: 2024-11-30\n---\nGunmen killed five people in Saraqib on Saturday, a monitor said.\n".utf8)

    /// `sitrep ARGS` as a user without root's rights, or nil (with a message) when none can be had.
    static func runUnprivileged(_ args: [String]) throws -> Binary.Result? {
        guard getuid() == 0 else { return try Binary.run(args) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            print("skipped: running as root without setpriv, the permission cases cannot be checked"); return nil
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", Binary.path] + args
        p.currentDirectoryURL = URL(fileURLWithPath: "/tmp")
        p.environment = Binary.environment
        return try Binary.capture(p)
    }

    @Test func unreadableFoldersAndFilesAreNamedAndTheRestIsRead() throws {
        let dir = Binary.folder(["ok.txt": article, "locked/inner.txt": [], "secret.txt": article])
        chmod(dir + "/locked", 0)
        chmod(dir + "/secret.txt", 0)
        defer { chmod(dir + "/locked", 0o755) }
        guard let r = try Self.runUnprivileged(["export", "--format", "csv", "--data", Binary.root.path + "/Data", dir]) else { return }
        #expect(r.status == 74, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("locked: cannot read the directory: permission denied"), "\(r.stderr)")
        #expect(r.stderr.contains("secret.txt: cannot read the file: permission denied"), "\(r.stderr)")
        #expect(r.stdout.contains("Saraqib"), "ok.txt is still read")
    }

    @Test func anUnreadableFolderGivenAsThePathIsNotEmpty() throws {
        let dir = Binary.folder(["a.txt": article])
        chmod(dir, 0)
        defer { chmod(dir, 0o755) }
        guard let r = try Self.runUnprivileged(["list", "--data", Binary.root.path + "/Data", dir]) else { return }
        #expect(r.status == 74 && r.stderr.contains("cannot read the directory: permission denied"), "\(r.stderr)")
        #expect(!r.stderr.contains("holds no"))
    }

    @Test func aByteOrderMarkKeepsTheFrontMatter() throws {
        let dir = Binary.folder(["bom.txt": [0xEF, 0xBB, 0xBF] + Array("---\noutlet: BOM Wire\n".utf8) + article.dropFirst(4)])
        let r = try Binary.run(["export", "--format", "csv", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2024-11-30") && r.stdout.contains("BOM Wire"), "\(r.stdout)")
    }

    @Test func benchRejectsSizesThatAreNotSizes() throws {
        for args in [["--mb", "inf"], ["--mb", "nan"], ["--mb", "0"], ["--workers", "0"]] {
            let r = try Binary.run(["bench"] + args)
            #expect(r.status == 64 && r.stderr.contains(args[0]), "\(args): \(r.stderr)")
        }
    }

    @Test func aPathThatIsNotUTF8GivenOnTheCommandLineIsRead() throws {
        let dir = Binary.folder([:])
        // The shell makes the name's bytes (caf + 0xE9, Latin-1 é): Swift's own strings cannot hold them.
        let script = "cp Data/articles/000_4ad423b35d6fea3c.txt \"\(dir)/$(printf 'caf\\351.txt')\" && "
            + "\"$SITREP\" list \"\(dir)/$(printf 'caf\\351.txt')\""
        let r = try Binary.runShell(script)
        #expect(r.status == 0 && r.stdout.contains("events"), "\(r.status) \(r.stdout) \(r.stderr)")
    }

    @Test func benchHelpGivesOneDefaultPerOption() throws {
        let r = try Binary.run(["bench", "--help"])
        let workers = r.stdout.components(separatedBy: "--workers <workers>").last?.components(separatedBy: "--data").first ?? ""
        #expect(workers.components(separatedBy: "(default:").count == 2, "\(workers)")
    }
}
