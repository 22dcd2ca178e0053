import SitrepCore

/// Applies an action to a state, returning the new state. Pure: no terminal, no clock.
public func reduce(_ state: AppState, _ action: Action) -> AppState {
    var s = state
    s.apply(action)
    return s
}

extension AppState {
    /// Applies an action in place.
    public mutating func apply(_ action: Action) {
        switch action {
        case .resize(let size):
            self.size = size
            scrollSelectionIntoView()
        case .key(let key):
            message = nil
            if prompt != nil { promptKey(key); return }
            if let command = KeyTable.command(for: key) { run(command) }
        case .command(let command):
            message = nil
            run(command)
        case .mouse(let event):
            message = nil
            mouse(event)
        }
    }

    mutating func run(_ command: Command) {
        runCommand(command)
        if zoom != nil, zoom != focus { zoom = focus }   // a zoomed screen shows the pane that has the focus
    }

    mutating func runCommand(_ command: Command) {
        if case .help? = overlay { helpCommand(command); return }
        if case .disputed? = overlay { disputedCommand(command); return }
        if case .documents? = overlay { documentsCommand(command); return }
        switch command {
        case .moveDown, .moveUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom:
            move(command)
        case .nextPane: cycleFocus(1)
        case .previousPane: cycleFocus(-1)
        case .open: open()
        case .back: focus = .timeline; source.claim = nil; source.document = nil
        case .nextPassage: stepPassage(1)
        case .previousPassage: stepPassage(-1)
        case .toggleGrouping:
            grouping = grouping == .date ? .location : .date
            sort = .date
            rebuildRows(keeping: selectedEventIndex)
        case .cycleSort:
            sort = sort.next
            rebuildRows(keeping: selectedEventIndex)
            message = "Sorted: " + sort.heading.lowercased()
        case .fold: toggleFold()
        case .foldAll: toggleFoldAll()
        case .disputedList: overlay = .disputed(selected: 0, top: 0)
        case .documentList: overlay = .documents(selected: 0, top: 0)
        case .filterPlace: openPrompt(.place)
        case .filterActor: openPrompt(.actor)
        case .filterType: openPrompt(.type)
        case .filterDates: openPrompt(.dates)
        case .search: openPrompt(.search)
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .clearFilters:
            filter = EventFilter(); search = nil
            rebuildRows(keeping: selectedEventIndex)
            message = "Filters cleared"
        case .zoomPane: zoom = zoom == nil ? focus : nil; scrollSelectionIntoView()
        case .growTimeline: resizeSplit(by: 5)
        case .shrinkTimeline: resizeSplit(by: -5)
        case .copyCitation: copyCitation()
        case .cycleVerdict: cycleVerdict()
        case .editNote: openAnnotationPrompt(.note)
        case .editTags: openAnnotationPrompt(.tags)
        case .openURL: openArticleURL()
        case .exportView:
            openPrompt(.export)
            prompt?.setText(history[.export]?.last ?? "sitrep-view.csv")
        case .help: overlay = .help(top: 0)
        case .redraw: redrawGeneration += 1
        case .quit: shouldQuit = true
        }
    }

    /// Moves within the focused pane.
    mutating func move(_ command: Command) {
        switch focus {
        case .timeline: moveSelection(command)
        case .source: scrollSource(command)
        case .disagreements: moveClaimCursor(command)
        }
    }

    /// How far a move command goes in a pane of `page` rows, and whether it is absolute.
    static func distance(_ command: Command, page: Int) -> Int {
        switch command {
        case .moveDown: 1
        case .moveUp: -1
        case .pageDown: max(1, page - 1)
        case .pageUp: -max(1, page - 1)
        case .halfPageDown: max(1, page / 2)
        case .halfPageUp: -max(1, page / 2)
        case .top: Int.min / 2
        case .bottom: Int.max / 2
        default: 0
        }
    }

    mutating func cycleFocus(_ step: Int) {
        let all = Pane.allCases
        focus = all[(focus.rawValue + step + all.count) % all.count]
        if focus != .timeline { detail = focus }
        if zoom != nil { zoom = focus }
    }

    /// `+` and `-`: the timeline's share in steps of 5 %, between 20 % and 80 %.
    mutating func resizeSplit(by step: Int) {
        let current = timelineShare ?? Layout.defaultShare(wide: layout.separatorX != nil || size.width >= 100)
        timelineShare = max(20, min(80, current + step))
        zoom = nil
        message = "Timeline \(timelineShare!) % of the screen"
        scrollSelectionIntoView()
    }

    /// Enter: from the timeline show the passage; on a claim show the claim's passage.
    mutating func open() {
        switch focus {
        case .timeline:
            guard selectedEvent != nil else { return }
            focus = .source; detail = .source; source.top = nil
        case .disagreements:
            let claims = disagreementClaims
            guard claimCursor < claims.count else { return }
            source.claim = claims[claimCursor].claim
            source.top = nil
            focus = .source; detail = .source
        case .source:
            source.top = nil
        }
    }
}
