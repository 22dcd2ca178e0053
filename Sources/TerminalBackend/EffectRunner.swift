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
            }
        }
    }

    /// OSC 52: the terminal (or tmux, with `set-clipboard on`) puts the text on the system clipboard.
    static func copy(_ text: String) {
        let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
        _ = sequence.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
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
