import ArgumentParser
import Foundation
import SitrepCore
import TerminalBackend

/// `sitrep browse` (the default): the terminal browser; prints the timeline when not on a terminal.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Browse the timeline in the terminal (the default command).")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions
    @Flag(help: "Leave the mouse to the terminal (its own text selection) instead of clicks and the wheel.") var noMouse = false

    func run() throws {
        try BrowsePaths.check(corpus.paths)
        // On a terminal the first frame is drawn from the events' outlines, their mentions read meanwhile.
        try withSession(corpus, filters, deferMentions: BrowserLauncher.canDraw) { s, f in
            let deferred = s.analysis.pendingEvents != nil
            let code = BrowserLauncher.run(analysis: s.analysis, filter: f, vocabulary: s.vocabulary, mouse: !noMouse,
                                           articleSearch: SearchHits.articleSearch(s),
                                           annotations: deferred ? AnnotationAccess.lastAttached(s)
                                               : AnnotationAccess.forExport(try AnnotationAccess.existing(s)),
                                           saveVerdict: AnnotationAccess.verdictSaver(s),
                                           saveAnnotation: AnnotationAccess.annotationSaver(s),
                                           annotationsOfWhole: { (try? AnnotationAccess.existing(s)).map(AnnotationAccess.forExport) },
                                           afterFirstFrame: { s.vocabulary.prepare() })
            if ProcessInfo.processInfo.environment["SITREP_TIMING"] == "1" {
                Terminal.error("sitrep timing: opening: " + s.stageLine(digits: 3))
            }
            if code == BrowserLauncher.eventsUnreadable { throw s.damagedIndex() }
            if code == BrowserLauncher.notATerminal || code == BrowserLauncher.dumbTerminal {
                Terminal.error(Self.fallbackMessage(code))
                let timeline = Timeline(try s.wholeAnalysis())
                let report = TimelineReport(style: .plain, outlets: timeline.outlets)
                try Terminal.write(report.render(timeline.events(matching: f), total: s.analysis.events.count))
            } else if code != 0 {
                throw ExitCode(code)
            }
        }
    }

    /// Why the text timeline is printed instead of the browser.
    static func fallbackMessage(_ code: Int32) -> String {
        if code == BrowserLauncher.notATerminal {
            return "sitrep: standard output is not a terminal; printing the timeline instead (use 'sitrep list' for this on purpose)."
        }
        let term = ProcessInfo.processInfo.environment["TERM"].flatMap { $0.isEmpty ? nil : "TERM=" + Sanitize.oneLine($0, limit: 30) }
        return "sitrep: \(term ?? "TERM is unset and") cannot move the cursor, so the browser cannot draw; printing the timeline "
            + "instead (run with a real terminal type, e.g. TERM=xterm-256color sitrep)."
    }
}
