import Foundation
import SitrepCore
import SitrepTUI
#if canImport(Glibc)
import Glibc
#endif

/// Does what a key asked of the outside world (the clipboard, a file) and tells the outcome in the status line.
enum EffectRunner {
    static func run(_ state: inout AppState) {
        let effects = state.effects
        guard !effects.isEmpty else { return }
        state.effects = []
        for effect in effects {
            switch effect {
            case .copy(let text): copy(text)
            case .export(let path, let format): state.message = export(state, to: path, format: format)
            case .openURL(let url): state.message = open(url)
            case .saveVerdict(let id, let verdict):
                if let problem = state.saveVerdict?(id, verdict) { state.message = problem }
            case .saveAnnotation(let id, let annotation):
                if let problem = state.saveAnnotation?(id, annotation) { state.message = problem }
            }
        }
    }

    /// OSC 52: the terminal (or tmux, with `set-clipboard on`) puts the text on the system clipboard.
    static func copy(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// The shell script that starts the opener in the background, so nothing is left to reap; exits 9 without one.
    static let openerScript = """
        if command -v xdg-open >/dev/null 2>&1; then xdg-open "$1" & \
        elif command -v open >/dev/null 2>&1; then open "$1" & \
        else exit 9; fi
        """

    /// Starts the system's opener on `url` (xdg-open, else open), detached, its output discarded.
    static func open(_ url: String) -> String {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        let args: [String] = ["/bin/sh", "-c", openerScript, "sitrep-open", url]
        let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0, status: Int32 = 0
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ) == 0 else { return "Cannot start /bin/sh to open \(url)" }
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0 ? "Opening \(url)" : "No opener found (xdg-open, open) for \(url)"
    }

    /// Writes the view's events; the message names the file, or why it could not be written.
    static func export(_ state: AppState, to path: String, format: ExportFormat) -> String {
        let expanded = path.hasPrefix("~/") ? (ProcessInfo.processInfo.environment["HOME"] ?? "~") + path.dropFirst(1) : path
        let n = state.visibleEvents
        do {
            try state.exportData(format).write(to: URL(fileURLWithPath: expanded))
            return "Wrote \(n) \(n == 1 ? "event" : "events") as \(format.rawValue.uppercased()) to \(expanded)"
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            return "Cannot write \(expanded): \(reason)"
        }
    }
}
