import SitrepCore

/// A one-line prompt at the bottom of the screen, with incremental completions.
public struct Prompt: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case place, actor, type, dates, search, export, note, tags }
    public var kind: Kind
    public var text: String = ""
    /// Where typing goes, in characters from the start of `text`.
    public var cursor: Int = 0
    /// The history entry shown (Up/Down with no completions), nil while editing new text.
    public var historyIndex: Int? = nil
    public var completions: [String] = []
    /// The highlighted completion; Enter uses it instead of the typed text.
    public var selected: Int? = nil

    public var label: String {
        switch kind {
        case .place: "Place"
        case .actor: "Actor"
        case .type: "Type"
        case .dates: "Dates"
        case .search: "Search"
        case .export: "Export to"
        case .note: "Note"
        case .tags: "Tags (comma-separated)"
        }
    }
}

/// A full-screen list over the panes.
public enum Overlay: Hashable, Sendable {
    case help(top: Int)
    case disputed(selected: Int, top: Int)
    case documents(selected: Int, top: Int)
}

/// Which passage the source pane shows and how it is scrolled.
public struct SourceState: Hashable, Sendable {
    /// Index into the selected event's passages (one per mention, ordered by outlet).
    public var passage: Int = 0
    /// A disagreement claim chosen with Enter; shown instead of the passage until the event changes.
    public var claim: DisagreementClaim? = nil
    /// First article line shown; nil scrolls the passage into view.
    public var top: Int? = nil
    /// A whole article opened from the documents list (`o`); shown from its start until the event changes.
    public var document: String? = nil
    /// In an opened article, the passage shown and highlighted (a search match outside any event); nil: its start.
    public var span: ByteSpan? = nil
}

/// What searching keeps between searches: the events' normalised text and the last query's matches by event index.
struct SearchCache: Sendable {
    var text: SearchText? = nil
    var query: String? = nil
    var hits: [Bool]? = nil
}

/// A confirmed search: the query, the events it matches in timeline order, and its matches in articles outside
/// every event's passage (`n` goes through the events, then these).
public struct SearchState: Hashable, Sendable {
    public var query: String
    public var matches: [Int]
    public var articleHits: [ArticleHit] = []
    /// The article match shown, if one is.
    public var articleCursor: Int? = nil
}

/// A full-text match in an article: the document and the bytes of `Document.text` matched.
public struct ArticleHit: Hashable, Sendable {
    public var doc: String
    public var span: ByteSpan
    public init(doc: String, span: ByteSpan) { self.doc = doc; self.span = span }
}

/// Everything the browser shows; changed only by `reduce`.
public struct AppState: Sendable {
    public internal(set) var analysis: Analysis
    public let index: TimelineIndex
    public let vocabulary: any FilterVocabulary
    public var size: Size
    public var monochrome: Bool
    public var filter: EventFilter
    public var grouping: Grouping = .date
    /// The order of the events (`s`); any but date makes one list under one heading.
    public var sort: SortOrder = .date
    /// Places folded in the location-first view (their paths), shown as one row each.
    public var folded: Set<String> = []
    /// The timeline's rows for the current filter and grouping.
    public internal(set) var rows: [TimelineRow] = []
    /// Number of event rows in `rows`.
    public internal(set) var visibleEvents: Int = 0
    /// For each row, how many event rows there are up to and including it (the selection's position).
    var ordinals: [Int] = []
    /// Index into `rows` of the selected event row.
    public internal(set) var selectedRow: Int? = nil
    public internal(set) var timelineTop: Int = 0
    public var focus: Pane = .timeline
    /// The timeline's share of the screen in percent (`+` `-`), nil for the default.
    public var timelineShare: Int? = nil
    /// The pane zoomed to the whole screen (`z`), nil for the usual split.
    public var zoom: Pane? = nil
    /// The detail pane shown under the timeline when panes are stacked.
    public var detail: Pane = .source
    public var source = SourceState()
    /// Index of the highlighted claim in the disagreements pane.
    public var claimCursor: Int = 0
    public var prompt: Prompt? = nil
    public var overlay: Overlay? = nil
    public var search: SearchState? = nil
    /// The normalised text of the events (built on the first search) and the last query's matches.
    var searchCache = SearchCache()
    /// The search text being built in the background (the browser starts it), used by the first search.
    public var preparedSearch: SearchTextPreparation? = nil
    /// Full-text search of the articles (the corpus index's), used by `/` besides the events; nil: events only.
    public var articleSearch: (@Sendable (String) -> [ArticleHit])? = nil
    /// Analysts' annotations by event id (a marker in the timeline; `v` changes the verdict).
    public var annotations: [String: EventAnnotation] = [:]
    /// Saves a verdict (event id, verdict or nil); returns an error message, nil when saved. nil: `v` cannot save.
    public var saveVerdict: (@Sendable (String, String?) -> String?)? = nil
    /// Saves an event's note and tags (event id, the whole annotation); returns an error message, nil when saved.
    /// nil: notes and tags cannot be saved in this run.
    public var saveAnnotation: (@Sendable (String, EventAnnotation) -> String?)? = nil
    /// Requests for the backend (clipboard, files), taken and done after each key.
    public var effects: [Effect] = []
    /// Text applied in each kind of prompt, oldest first (Up/Down recall it).
    public var history: [Prompt.Kind: [String]] = [:]
    /// A one-off message for the status line, cleared by the next key.
    public var message: String? = nil
    public var shouldQuit = false
    /// Incremented by Ctrl-L; the backend repaints everything when it changes.
    public var redrawGeneration = 0

    public init(analysis: Analysis, filter: EventFilter = EventFilter(), vocabulary: any FilterVocabulary,
                size: Size, monochrome: Bool = false) {
        self.analysis = analysis
        self.index = TimelineIndex(analysis)
        self.vocabulary = vocabulary
        self.size = size
        self.monochrome = monochrome
        self.filter = filter
        rebuildRows(keeping: nil)
    }

    public var layout: Layout { Layout(size: size, detail: detail, share: timelineShare, zoom: zoom) }

    /// The selected event, if any.
    public var selectedEventIndex: Int? { selectedRow.flatMap { rows[$0].eventIndex } }
    public var selectedEvent: Event? { selectedEventIndex.map { analysis.events[$0] } }

    public func document(_ id: String) -> Document? { index.documentPosition(id, in: analysis).map { analysis.documents[$0] } }
    public var theme: Theme { monochrome ? .monochrome : .color }
}
