import SitrepCore

extension AppState {
    static let completionLimit = 8

    mutating func openPrompt(_ kind: Prompt.Kind) {
        prompt = Prompt(kind: kind)
        refreshCompletions()
    }

    /// Keys while a prompt is open: editing keys edit it (readline-style), Tab and arrows choose a completion, Up and
    /// Down without completions recall earlier text, Enter applies.
    mutating func promptKey(_ key: Key) {
        guard var p = prompt else { return }
        switch key {
        case .escape: prompt = nil; return
        case .enter: submitPrompt(); return
        case .tab: p.selectCompletion(1)
        case .backTab: p.selectCompletion(-1)
        case .down, .up:
            if p.completions.isEmpty { recallHistory(&p, older: key == .up); prompt = p; return }
            p.selectCompletion(key == .down ? 1 : -1)
        default:
            let before = p.text
            guard p.edit(key) else { return }
            prompt = p
            if p.text != before { prompt?.historyIndex = nil; refreshCompletions() }
            return
        }
        prompt = p
    }

    /// Up (older) or Down (newer) through this kind of prompt's history; past the newest, the text is empty again.
    func recallHistory(_ p: inout Prompt, older: Bool) {
        let past = history[p.kind] ?? []
        guard !past.isEmpty else { return }
        let next = older ? max(0, (p.historyIndex ?? past.count) - 1) : (p.historyIndex ?? past.count) + 1
        if next >= past.count { p.historyIndex = nil; p.setText("") } else { p.historyIndex = next; p.setText(past[next]) }
    }

    /// Records applied text at the end of its prompt's history (once, most recent last).
    mutating func remember(_ text: String, kind: Prompt.Kind) {
        guard !text.isEmpty else { return }
        var past = history[kind] ?? []
        past.removeAll { $0 == text }
        past.append(text)
        history[kind] = Array(past.suffix(50))
    }

    mutating func refreshCompletions() {
        guard var p = prompt else { return }
        let text = p.text.trimmingSpaces
        switch p.kind {
        case .place: p.completions = text.isEmpty ? [] : vocabulary.placeCompletions(prefix: text, limit: Self.completionLimit)
        case .actor: p.completions = text.isEmpty ? [] : vocabulary.actorCompletions(prefix: text, limit: Self.completionLimit)
        case .type:
            let k = text.lowercased()
            p.completions = EventType.allCases.filter {
                k.isEmpty || $0.rawValue.lowercased().contains(k) || $0.shortLabel.lowercased().hasPrefix(k)
            }.map(\.rawValue) + (k.isEmpty ? [] : EventType.allSubEventTypes.filter { $0.lowercased().contains(k) })
        case .dates, .search, .export, .note, .tags: p.completions = []
        }
        p.selected = nil
        prompt = p
    }

    /// Applies the prompt: resolves the text through the vocabulary and sets that part of the filter.
    /// Empty text clears that part. An unknown name keeps the prompt open with a message.
    mutating func submitPrompt() {
        guard let p = prompt else { return }
        let text = p.chosenText
        remember(text, kind: p.kind)
        var next = filter
        switch p.kind {
        case .place:
            if text.isEmpty { next.places = [] } else {
                guard let place = vocabulary.places(named: text).first else {
                    message = "No place called “\(text)” in this corpus; Tab shows what is there"; return
                }
                next.places = [place]
            }
        case .actor:
            if text.isEmpty { next.actors = [] } else {
                let names = vocabulary.actors(named: text)
                guard !names.isEmpty else { message = "No actor called “\(text)” in this corpus; Tab shows what is there"; return }
                next.actors = names
            }
        case .type:
            guard applyType(text, into: &next) else { return }
        case .dates:
            guard submitDates(text, into: &next) else { return }
        case .search:
            prompt = nil
            runSearch(text)
            return
        case .export:
            prompt = nil
            guard !text.isEmpty else { message = "No file named: nothing exported"; return }
            effects.append(.export(path: text, format: ExportFormat.of(path: text)))
            return
        case .note, .tags:
            prompt = nil
            annotate(p.kind, text)
            return
        }
        prompt = nil
        filter = next
        rebuildRows(keeping: selectedEventIndex)
        if visibleEvents == 0 { message = "No event matches these filters; c clears them" }
    }
}

extension AppState {
    /// The type prompt: an ACLED type ("Remote") or sub-event type ("Air/drone strike"); empty clears both.
    mutating func applyType(_ text: String, into next: inout EventFilter) -> Bool {
        next.types = []; next.subEventTypes = []
        if text.isEmpty { return true }
        if let t = EventType.named(text) { next.types = [t]; return true }
        if let sub = EventType.subEventNamed(text) { next.subEventTypes = [sub]; return true }
        message = "No event type “\(text)”; types: " + EventType.allCases.map(\.shortLabel).joined(separator: ", ")
            + ", or a sub-event type (Tab lists them)"
        return false
    }
}

extension Prompt {
    /// Tab / Shift-Tab and the arrows: the next or previous completion, wrapping around.
    mutating func selectCompletion(_ step: Int) {
        let n = completions.count
        guard n > 0 else { return }
        selected = step > 0 ? ((selected ?? -1) + 1) % n : ((selected ?? n) - 1 + n) % n
    }

    /// What Enter applies: the highlighted completion, else the only completion, else the typed text.
    var chosenText: String {
        if let selected { return completions[selected].trimmingSpaces }
        if completions.count == 1, !text.trimmingSpaces.isEmpty { return completions[0].trimmingSpaces }
        return text.trimmingSpaces
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
