import CTerminalShim
import SitrepCore
import SitrepTUI
#if canImport(Glibc)
import Glibc
#endif

/// The terminal browser's entry point for the CLI.
public enum Browser {
    /// Normal exit (q).
    public static let exitOK: Int32 = 0
    /// Standard output is not a terminal: nothing was drawn; print the text timeline instead.
    public static let exitNotATerminal: Int32 = 3
    /// The terminal type is unknown (`newterm` failed); a message went to standard error.
    public static let exitUnknownTerminal: Int32 = 4
    /// `TERM` is `dumb` or unset: it cannot move the cursor, so nothing was drawn; print the text timeline instead.
    public static let exitDumbTerminal: Int32 = 5
    /// The events whose mentions were read after the first frame (`Analysis.pendingEvents`) could not be read.
    public static let exitEventsUnreadable: Int32 = 6

    /// Whether `run` would draw: standard output is a terminal and `TERM` is set and not `dumb`.
    public static var canDraw: Bool {
        guard sitrep_stdout_is_tty() != 0, let term = Environment.current.term else { return false }
        return !term.isEmpty && term != "dumb"
    }

    /// Runs the browser until the user quits; returns the process exit code. `vocabulary` resolves place/actor prompts.
    ///
    /// Returns `exitNotATerminal` at once, without touching the terminal, when standard output is not a tty, and
    /// `exitDumbTerminal` when `TERM` is `dumb` or unset;
    /// `exitUnknownTerminal` after a message on stderr when curses cannot start for `TERM`; 128 + the signal
    /// number after SIGINT, SIGTERM or SIGHUP. The terminal is restored on every path.
    /// `mouse` turns on xterm mouse reporting (clicks and the wheel); off, the terminal keeps its own text selection.
    /// An analysis with pending events (`Analysis.pendingEvents`) is drawn from their outlines first (the selected
    /// event whole), then completed before any key is read; `annotationsOfWhole` then gives the annotations attached
    /// to the whole events (`annotations` are shown until then); `exitEventsUnreadable` if they cannot be read.
    public static func run(analysis: Analysis, filter: EventFilter, vocabulary: any FilterVocabulary, mouse: Bool = true,
                           articleSearch: (@Sendable (String) -> [ArticleHit])? = nil,
                           annotations: [String: EventAnnotation] = [:],
                           saveVerdict: (@Sendable (String, String?) -> String?)? = nil,
                           saveAnnotation: (@Sendable (String, EventAnnotation) -> String?)? = nil,
                           annotationsOfWhole: (() -> [String: EventAnnotation]?)? = nil,
                           afterFirstFrame: @escaping () -> Void = {}) -> Int32 {
        guard sitrep_stdout_is_tty() != 0 else { return exitNotATerminal }
        let env = Environment.current
        guard let term = env.term, !term.isEmpty, term != "dumb" else { return exitDumbTerminal }
        sitrep_install_signal_handlers()
        sitrep_save_tty()
        sitrep_setup_locale()
        guard let terminal = Terminal(noColor: env.noColor, mouse: mouse) else {
            let term = env.term ?? "(unset)"
            Environment.printError("""
                Error: cannot start the browser: the terminal type TERM=\(term) is unknown to this system's terminfo.
                Help: run with a known type, e.g. TERM=xterm-256color sitrep browse, or use 'sitrep list' for a text timeline.
                """)
            return exitUnknownTerminal
        }
        var state = AppState(analysis: analysis, filter: filter, vocabulary: vocabulary, size: terminal.size,
                             monochrome: !terminal.hasColor)
        state.articleSearch = articleSearch
        state.annotations = annotations; state.saveVerdict = saveVerdict; state.saveAnnotation = saveAnnotation
        try? state.fillSelectedEvent()
        // The whole events, the search text and the caller's background work come once the first frame is up.
        var loop = EventLoop(terminal: terminal, timing: env.timing)
        loop.afterFirstFrame = { state in
            if state.analysis.pendingEvents != nil {
                guard (try? state.completeEvents()) != nil else { return exitEventsUnreadable }
                if let attached = annotationsOfWhole?() { state.annotations = attached }
            }
            state.preparedSearch = SearchTextPreparation(state.analysis)
            afterFirstFrame()
            return nil
        }
        let code = loop.run(&state)
        terminal.close()
        return code
    }
}
