/// A key press, as the backend decodes it.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete

    /// How the help screen names the key: "j", "Ctrl-D", "PgDn", "Shift-Tab".
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        }
    }
}

/// What the user asks for, independent of which key asked.
public enum Command: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case nextPane, previousPane, open, back
    case nextPassage, previousPassage, toggleGrouping, disputedList, documentList
    case filterPlace, filterActor, filterType, filterDates, search, nextMatch, previousMatch, clearFilters
    case copyCitation, openURL, exportView, zoomPane, growTimeline, shrinkTimeline, cycleSort
    case fold, foldAll, cycleVerdict, editNote, editTags
    case help, redraw, quit
}

/// A mouse press or wheel turn at a screen cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(_ kind: Kind, x: Int, y: Int) { self.kind = kind; self.x = x; self.y = y }
}

/// Everything that can change the state: a command, a key (dispatched through the key table), text typed
/// into a prompt, a mouse event, or a new terminal size.
public enum Action: Hashable, Sendable {
    case key(Key)
    case command(Command)
    case mouse(MouseEvent)
    case resize(Size)
}
