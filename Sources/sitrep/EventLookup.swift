import ArgumentParser
import SitrepCore

/// Finds the event `sitrep show` names: its whole id, or a prefix of one as the browser's status line shows it.
enum EventLookup {
    /// The event whose id is `text`, else the only one whose id starts with it (with or without "ev-").
    /// Throws `unknownEvent` when none matches; an ambiguous prefix lists the candidates and exits 65.
    static func find(_ text: String, in analysis: Analysis) throws -> Event {
        if let e = analysis.event(text) { return e }
        let key = text.lowercased()
        let matches = analysis.events.filter {
            let id = $0.id.lowercased()
            return !key.isEmpty && (id.hasPrefix(key) || id.hasPrefix("ev-" + key))
        }
        if matches.count == 1 { return matches[0] }
        guard !matches.isEmpty else { throw CLIError.unknownEvent(text) }
        let shown = matches.prefix(8).map(\.id).joined(separator: ", ") + (matches.count > 8 ? ", …" : "")
        Terminal.error("Error: '\(Sanitize.oneLine(text, limit: 40))' starts \(matches.count) event ids (\(Sanitize.line(shown))).\n"
                       + "Help: give more of the id.")
        throw ExitCode(CLIError.unknownEvent(text).exitCode)
    }
}
