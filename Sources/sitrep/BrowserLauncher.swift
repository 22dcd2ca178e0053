import SitrepCore
import TerminalBackend

/// The one place the CLI calls the terminal browser.
enum BrowserLauncher {
    static let notATerminal: Int32 = 3
    static func run(analysis: Analysis, filter: EventFilter, vocabulary: any FilterVocabulary) -> Int32 {
        notATerminal
    }
}
