import SitrepCore
import SitrepTUI
import TerminalBackend

/// The one place the CLI calls the terminal browser.
enum BrowserLauncher {
    static let notATerminal: Int32 = Browser.exitNotATerminal
    static let dumbTerminal: Int32 = Browser.exitDumbTerminal
    static let eventsUnreadable: Int32 = Browser.exitEventsUnreadable
    /// Whether the browser can draw here (standard output a terminal, `TERM` set and not `dumb`).
    static var canDraw: Bool { Browser.canDraw }
    static func run(analysis: Analysis, filter: EventFilter, vocabulary: any FilterVocabulary, mouse: Bool,
                    articleSearch: (@Sendable (String) -> [ArticleHit])? = nil, annotations: [String: EventAnnotation] = [:],
                    saveVerdict: (@Sendable (String, String?) -> String?)? = nil,
                    saveAnnotation: (@Sendable (String, EventAnnotation) -> String?)? = nil,
                    annotationsOfWhole: (() -> [String: EventAnnotation]?)? = nil,
                    afterFirstFrame: @escaping () -> Void = {}) -> Int32 {
        Browser.run(analysis: analysis, filter: filter, vocabulary: vocabulary, mouse: mouse, articleSearch: articleSearch,
                    annotations: annotations, saveVerdict: saveVerdict, saveAnnotation: saveAnnotation,
                    annotationsOfWhole: annotationsOfWhole, afterFirstFrame: afterFirstFrame)
    }
}
