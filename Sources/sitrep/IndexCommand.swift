import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep index [PATH…]`: builds or refreshes the corpus index and says what changed.
struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build or refresh the corpus index and report what changed (every other command refreshes it silently).")
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReporting {
            let t0 = Date()
            let s = try Session.open(corpus, thorough: true)
            let seconds = Date().timeIntervalSince(t0)
            if let path = s.index.path, let r = s.index.report {
                try Terminal.write("index \(Sanitize.line(path)): \(r.summary); \(s.analysis.events.count) events; "
                                   + String(format: "%.2f s\n", seconds))
            } else {
                try Terminal.write("no index used; \(s.analysis.events.count) events; " + String(format: "%.2f s\n", seconds))
            }
            try Terminal.write("  " + s.stageLine(digits: 2) + "\n")
            try s.finish()
        }
    }
}
