import Foundation
import TestScratch

/// Runs the built `sitrep` binary the way a user would, capturing output and exit status.
enum Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sitrep executable next to the test bundle (any scratch path), else .build/debug/sitrep.
    static var path: String {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let cand = dir.appendingPathComponent("sitrep").path
            if FileManager.default.isExecutableFile(atPath: cand) { return cand }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/sitrep").path
    }

    /// The test process's environment with the corpus index off (`SITREP_INDEX=off`), so that no run leaves a
    /// `.sitrep` folder in Data/ or a temporary folder; the index's own tests pass `--index FILE`.
    static let environment: [String: String] = ProcessInfo.processInfo.environment.merging(["SITREP_INDEX": "off"]) { $1 }

    struct Result { var status: Int32; var stdout: String; var stderr: String; var data: Data }

    static func run(_ args: [String], cwd: String? = nil, env: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        var environment = Binary.environment
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        return try capture(p)
    }

    /// Runs `p` to its end with its stdout and stderr captured.
    static func capture(_ p: Process) throws -> Result {
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self), data: o)
    }

    /// Runs a /bin/sh script with `$SITREP` set to the binary, from the repository root; with `pipeTo`, the script's
    /// stdout goes to that second script (`SCRIPT | PIPETO`) and the result's stdout is empty.
    static func runShell(_ script: String, pipeTo: String? = nil) throws -> Result {
        let full = pipeTo.map { "{ \(script); } | { \($0); }" } ?? script
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", full]
        p.currentDirectoryURL = root
        p.environment = Binary.environment.merging(["SITREP": path]) { $1 }
        return try capture(p)
    }

    /// A temporary copy of the bundled articles (for runs that write an index beside them).
    /// A copy of the bundled articles (the files only: an index a run made in Data/articles, `.sitrep/`, stays behind).
    static func corpusCopy() throws -> String {
        let dir = folder([:]), source = root.appendingPathComponent("Data/articles").path, fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/articles", withIntermediateDirectories: true)
        for name in try fm.contentsOfDirectory(atPath: source) where !name.hasPrefix(".") {
            try fm.copyItem(atPath: source + "/" + name, toPath: dir + "/articles/" + name)
        }
        return dir + "/articles"
    }

    /// A fresh temporary folder with the given files.
    static func folder(_ files: [String: [UInt8]]) -> String {
        let dir = TestScratch.directory.appendingPathComponent("sitrep-cli-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, bytes) in files {
            let file = dir.appendingPathComponent(name)
            try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: file.path, contents: Data(bytes))
        }
        return dir.path
    }
}
