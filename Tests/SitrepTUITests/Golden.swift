import Foundation
import Testing
import SitrepTUI

/// Compares a rendered screen with `Golden/<name>.txt`; `SITREP_RECORD=1 swift test` re-records.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ buffer: ScreenBuffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name + ".txt")
        let actual = buffer.goldenText
        if ProcessInfo.processInfo.environment["SITREP_RECORD"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(Comment(rawValue: "no golden file \(url.path); run SITREP_RECORD=1 swift test to record it"),
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let message = "screen differs from \(name).txt (re-record with SITREP_RECORD=1):\n\(diff(expected, actual))"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, as "-expected" / "+actual" pairs with line numbers.
    static func diff(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? String(x[i]) : "<none>", r = i < y.count ? String(y[i]) : "<none>"
            if l != r { out.append("line \(i + 1):\n-\(l)\n+\(r)") }
            if out.count > 12 { out.append("…"); break }
        }
        return out.joined(separator: "\n")
    }
}

/// A state over the fixture at a size, after some actions.
func fixtureState(_ width: Int, _ height: Int, monochrome: Bool = false, _ actions: [Action] = []) -> AppState {
    var s = AppState(analysis: Fixtures.analysis, vocabulary: Fixtures.vocabulary, size: Size(width: width, height: height),
                     monochrome: monochrome)
    for a in actions { s.apply(a) }
    return s
}

/// Actions that type `text` into a prompt.
func typing(_ text: String) -> [Action] { text.map { .key(.char($0)) } }
