import Foundation
import SitrepCore

/// Output helpers: stderr messages, report text on stdout, and whether stdout wants colour.
enum Terminal {
    /// A message on stderr, sanitised as a whole (stderr carries no styling): no byte of an article, a file name or an
    /// option's value can act on the terminal, even if a caller forgot a field. A failure to write it is ignored:
    /// there is nowhere left to say so (the exit code still tells).
    static func error(_ s: String) { try? Output.write(Data((Sanitize.text(s) + "\n").utf8), to: STDERR_FILENO) }
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    static var colour: Bool {
        let env = ProcessInfo.processInfo.environment
        return stdoutIsTTY && (env["NO_COLOR"] ?? "").isEmpty && env["TERM"] != "dumb"
    }
    /// Report text on stdout: its fields are sanitised where it is built, so that styling stays.
    static func write(_ s: String) throws(CLIError) { try write(Data(s.utf8)) }

    /// Bytes on stdout; a closed pipe or a failed write becomes the CLI error that ends the run.
    static func write(_ data: Data) throws(CLIError) {
        do { try Output.write(data, to: STDOUT_FILENO) } catch .closedPipe { throw .closedPipe } catch {
            throw .stdout(error == .failed(errno: EBADF) ? "standard output is closed" : error.cause)
        }
    }
}
