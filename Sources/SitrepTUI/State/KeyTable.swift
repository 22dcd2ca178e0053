/// One entry of the key table: the keys, the command they run and the line the help screen shows.
public struct KeyBinding: Hashable, Sendable {
    public var keys: [Key]
    public var command: Command
    public var section: String
    public var help: String
    public init(_ keys: [Key], _ command: Command, _ section: String, _ help: String) {
        self.keys = keys; self.command = command; self.section = section; self.help = help
    }
}

/// The default key bindings: data that both dispatches keys and generates the help screen.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.down, .char("j")], .moveDown, "Move", "next event / scroll down"),
        KeyBinding([.up, .char("k")], .moveUp, "Move", "previous event / scroll up"),
        KeyBinding([.pageDown, .char(" ")], .pageDown, "Move", "page down"),
        KeyBinding([.pageUp], .pageUp, "Move", "page up"),
        KeyBinding([.ctrl("d")], .halfPageDown, "Move", "half a page down"),
        KeyBinding([.ctrl("u")], .halfPageUp, "Move", "half a page up"),
        KeyBinding([.char("g"), .home], .top, "Move", "first line"),
        KeyBinding([.char("G"), .end], .bottom, "Move", "last line"),
        KeyBinding([.tab], .nextPane, "Panes", "next pane (timeline, source, disagreements)"),
        KeyBinding([.backTab], .previousPane, "Panes", "previous pane"),
        KeyBinding([.enter], .open, "Panes", "show the passage / the claim's passage / jump to event"),
        KeyBinding([.escape], .back, "Panes", "close help or list, back to the timeline"),
        KeyBinding([.char("z")], .zoomPane, "Panes", "zoom the focused pane to the whole screen, and back"),
        KeyBinding([.char("+")], .growTimeline, "Panes", "move the split: a larger timeline"),
        KeyBinding([.char("-")], .shrinkTimeline, "Panes", "move the split: larger source and disagreements"),
        KeyBinding([.char("]")], .nextPassage, "Sources", "next outlet's passage for the event"),
        KeyBinding([.char("[")], .previousPassage, "Sources", "previous outlet's passage"),
        KeyBinding([.char("L")], .toggleGrouping, "View", "group by location first / by date first"),
        KeyBinding([.char("s")], .cycleSort, "View", "sort: by date, toll, number of sources, disputed first"),
        KeyBinding([.char("f")], .fold, "View", "location-first: fold or unfold the place (its events and toll)"),
        KeyBinding([.char("F")], .foldAll, "View", "location-first: fold every place, or unfold them all"),
        KeyBinding([.char("D")], .disputedList, "View", "list every disputed event"),
        KeyBinding([.char("o")], .documentList, "View", "documents: every article read or skipped (Enter opens)"),
        KeyBinding([.char("p")], .filterPlace, "Filters", "filter by place (a governorate keeps all inside)"),
        KeyBinding([.char("a")], .filterActor, "Filters", "filter by actor (aliases such as HTS work)"),
        KeyBinding([.char("t")], .filterType, "Filters", "filter by event type or sub-event type"),
        KeyBinding([.char("d")], .filterDates, "Filters", "filter by dates: 2024-11-29..2024-12-01, one side, or one day"),
        KeyBinding([.char("/")], .search, "Filters", "search summaries and article text"),
        KeyBinding([.char("n")], .nextMatch, "Filters", "next search match"),
        KeyBinding([.char("N")], .previousMatch, "Filters", "previous search match"),
        KeyBinding([.char("c")], .clearFilters, "Filters", "clear all filters and the search"),
        KeyBinding([.char("v")], .cycleVerdict, "Other", "mark the event confirmed, disputed, dismissed, or none (saved)"),
        KeyBinding([.char("m")], .editNote, "Other", "write a note on the event (saved; empty removes it)"),
        KeyBinding([.char("#")], .editTags, "Other", "tag the event: comma-separated tags (saved; empty removes them)"),
        KeyBinding([.char("y")], .copyCitation, "Other", "copy the passage with outlet, date, url (OSC 52)"),
        KeyBinding([.char("u")], .openURL, "Other", "open the article's url with the system's opener (xdg-open)"),
        KeyBinding([.char("e")], .exportView, "Other", "export the events shown to a file (.csv or .json)"),
        KeyBinding([.char("?")], .help, "Other", "this help"),
        KeyBinding([.ctrl("l")], .redraw, "Other", "redraw the screen"),
        KeyBinding([.char("q")], .quit, "Other", "quit"),
    ]

    /// Keys that edit a prompt, listed in help (they are handled by the prompt, not dispatched as commands).
    public static let promptKeys: [(String, String)] = [
        ("Tab / ↓ ↑", "choose a completion"),
        ("↑ ↓", "earlier text, when there are no completions"),
        ("Enter", "apply (the highlighted or only completion)"),
        ("Esc", "cancel"),
        ("← → Home End", "move (also Ctrl-A, Ctrl-E)"),
        ("Backspace Del", "delete a character"),
        ("Ctrl-W Ctrl-K Ctrl-U", "delete a word, to the end, to the start"),
    ]

    /// What the mouse does, listed in help (off with `--no-mouse`).
    public static let mouseActions: [(String, String)] = [
        ("click", "select a timeline row, or focus a pane"),
        ("wheel", "scroll the pane under the pointer (--no-mouse: leave the mouse to the terminal)"),
    ]

    static let lookup: [Key: Command] = {
        var m: [Key: Command] = [:]
        for b in bindings { for k in b.keys { precondition(m[k] == nil, "key \(k.label) bound twice in KeyTable"); m[k] = b.command } }
        return m
    }()

    /// The command a key runs outside prompts, if any.
    public static func command(for key: Key) -> Command? { lookup[key] }

    /// "↓ j" — every key of a binding, for help and hints.
    public static func keysLabel(_ command: Command) -> String {
        bindings.filter { $0.command == command }.flatMap(\.keys).map(\.label).joined(separator: " ")
    }
}
