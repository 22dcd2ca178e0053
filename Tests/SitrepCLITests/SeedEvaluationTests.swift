import Foundation
import TestScratch
import Testing

/// The seed evaluation: the bundled corpus exported and scored against the bundled gold with the project's scorer.
@Suite("Seed evaluation (Tests/Scripts/score.py on Data/articles)")
struct SeedEvaluationTests {
    @Test func exportScoresAboveThresholds() throws {
        let out = TestScratch.directory.appendingPathComponent("sitrep-seed-\(UUID().uuidString).json").path
        let export = try Binary.run(["export", "--format", "json", "--output", out], cwd: Binary.root.path)
        #expect(export.status == 0, "export failed: \(export.stderr)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Binary.root.appendingPathComponent("Tests/Scripts/score.py").path, out,
                       Binary.root.appendingPathComponent("Data/gold").path, "--root", Binary.root.path,
                       "--min-f1", "0.85", "--min-disagree", "1.0", "-v"]
        let pipe = Pipe()
        p.standardOutput = pipe; p.standardError = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let last = text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(p.terminationStatus == 0, "scorer: \(last)\n\(text)")
        #expect(last.hasPrefix("PASS"), "\(last)")
        #expect(text.contains("boilerplate=0") && text.contains("traps_failed=0"), "\(text)")
        #expect(last.contains("disagreements=5/5"), "\(last)")
        let f1 = Double(last.split(separator: " ").first { $0.hasPrefix("F1=") }?.dropFirst(3) ?? "0") ?? 0
        #expect(f1 >= 0.85, "F1 \(f1)")
    }
}
