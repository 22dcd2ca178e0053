import ArgumentParser
import Foundation
import SitrepCore

/// Checks `browse`'s paths before anything is loaded: a path that does not exist (often a mistyped command,
/// `sitrep lst`) ends the run with its name and, when it is close to a command's name, "did you mean …?".
enum BrowsePaths {
    /// The command names a mistyped path may have meant (hidden ones excluded).
    static let commands = ["browse", "list", "export", "disagreements", "show", "bench"]

    /// Throws exit code 66 (missing path) after a message on stderr for the first path that does not exist.
    static func check(_ paths: [String], exists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }) throws {
        guard let missing = paths.first(where: { !exists($0) }) else { return }
        Terminal.error(message(missing))
        throw ExitCode(LoadProblem.Kind.missingPath.exitCode)
    }

    /// "Error: no file or folder 'lst'. … did you mean 'list'?" — the message for a path that does not exist.
    static func message(_ path: String) -> String {
        let shown = Sanitize.oneLine(path, limit: 80)
        var text = "Error: no file or folder '\(shown)'; the browser was not started."
        if let verb = suggestion(for: path) {
            text += "\nHelp: did you mean '\(verb)'? (sitrep \(verb) …); a path must name an article file or a folder of them."
        } else {
            text += "\nHelp: check the path, or run 'sitrep --help' for the commands."
        }
        return text
    }

    /// The command within two edits of `word` (the nearest, first on ties), if `word` looks like a command.
    static func suggestion(for word: String) -> String? {
        guard !word.contains("/"), !word.contains("."), word.count <= 16 else { return nil }
        let w = word.lowercased()
        let scored = commands.map { ($0, editDistance(w, $0)) }.filter { $0.1 <= min(2, max(1, $0.0.count / 3)) }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance with transpositions counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
