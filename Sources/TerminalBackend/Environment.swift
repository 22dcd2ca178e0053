#if canImport(Glibc)
import Glibc
#endif

/// What the backend reads from the process environment, read once at start.
struct Environment {
    var term: String?
    /// `NO_COLOR` set to a non-empty value (https://no-color.org).
    var noColor: Bool
    /// `SITREP_TIMING` set: print frame timings to stderr on exit.
    var timing: Bool

    static var current: Environment {
        func get(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        return Environment(term: get("TERM"), noColor: !(get("NO_COLOR") ?? "").isEmpty, timing: !(get("SITREP_TIMING") ?? "").isEmpty)
    }

    static func printError(_ message: String) {
        let line = message + "\n"
        _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    }
}
