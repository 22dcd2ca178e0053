import SitrepCore

extension AppState {
    static let completionLimit = 8

    mutating func openPrompt(_ kind: Prompt.Kind) {
        var p = Prompt(kind: kind)
        if kind == .search, let search { p.text = search.query }
        prompt = p
        refreshCompletions()
    }

    /// Keys while a prompt is open: typing edits it, Tab and arrows choose a completion, Enter applies.
    mutating func promptKey(_ key: Key) {
        guard var p = prompt else { return }
        switch key {
        case .escape: prompt = nil; return
        case .enter: submitPrompt(); return
        case .backspace, .delete: if !p.text.isEmpty { p.text.removeLast() }; p.selected = nil
        case .ctrl("u"): p.text = ""; p.selected = nil
        case .tab, .down: if !p.completions.isEmpty { p.selected = ((p.selected ?? -1) + 1) % p.completions.count }
        case .backTab, .up:
            if !p.completions.isEmpty { p.selected = ((p.selected ?? p.completions.count) - 1 + p.completions.count) % p.completions.count }
        case .char(let c): p.text.append(c); p.selected = nil
        default: return
        }
        prompt = p
        if key != .tab && key != .down && key != .backTab && key != .up { refreshCompletions() }
    }

    mutating func refreshCompletions() {
        guard var p = prompt else { return }
        let text = p.text.trimmingSpaces
        switch p.kind {
        case .place: p.completions = text.isEmpty ? [] : vocabulary.placeCompletions(prefix: text, limit: Self.completionLimit)
        case .actor: p.completions = text.isEmpty ? [] : vocabulary.actorCompletions(prefix: text, limit: Self.completionLimit)
        case .type:
            let k = text.lowercased()
            p.completions = EventType.allCases.map(\.rawValue).filter { k.isEmpty || $0.lowercased().hasPrefix(k) }
        case .search: p.completions = []
        }
        p.selected = nil
        prompt = p
    }

    /// Applies the prompt: resolves the text through the vocabulary and sets that part of the filter.
    /// Empty text clears that part. An unknown name keeps the prompt open with a message.
    mutating func submitPrompt() {
        guard let p = prompt else { return }
        let text = (p.selected.map { p.completions[$0] } ?? p.text).trimmingSpaces
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
            if text.isEmpty { next.types = [] } else {
                guard let t = EventType.named(text) else {
                    message = "No event type “\(text)”; types: " + EventType.allCases.map(\.shortLabel).joined(separator: ", "); return
                }
                next.types = [t]
            }
        case .search:
            prompt = nil
            runSearch(text)
            return
        }
        prompt = nil
        filter = next
        rebuildRows(keeping: selectedEventIndex)
        if visibleEvents == 0 { message = "No event matches these filters; c clears them" }
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
