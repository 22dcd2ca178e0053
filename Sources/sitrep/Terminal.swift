import Foundation
import SitrepCore

/// Output helpers: stderr messages and whether stdout wants colour.
enum Terminal {
    /// A message on stderr, sanitised as a whole (stderr carries no styling): no byte of an article, a file name or an
    /// option's value can act on the terminal, even if a caller forgot a field.
    static func error(_ s: String) { FileHandle.standardError.write(Data((Sanitize.text(s) + "\n").utf8)) }
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var colour: Bool {
        let env = ProcessInfo.processInfo.environment
        return stdoutIsTTY && (env["NO_COLOR"] ?? "").isEmpty && env["TERM"] != "dumb"
    }
    /// Report text on stdout: its fields are sanitised where it is built, so that styling stays.
    static func write(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
}
