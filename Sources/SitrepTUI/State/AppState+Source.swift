import SitrepCore

/// One outlet's passage for an event: the document, the byte span and who claims it.
public struct Passage: Hashable, Sendable {
    public var doc: String
    public var span: ByteSpan
    public var claimedBy: String?
    public var value: String?
}

/// What the source pane draws: the passage's article header and its text wrapped to the pane.
public struct SourceContent: Sendable {
    public var passage: Passage
    public var document: Document?
    /// Index among the event's passages; -1 for a disagreement claim, -2 for a whole article opened from `o`.
    public var position: Int
    public var count: Int
    public var text: WrappedText
    /// Wrapped line where the passage starts.
    public var passageLine: Int
}

extension AppState {
    /// Every passage of the selected event, ordered by outlet then position.
    public var passages: [Passage] {
        guard let e = selectedEvent else { return [] }
        return e.mentions
            .map { Passage(doc: $0.doc, span: $0.span, claimedBy: $0.claimedBy, value: nil) }
            .sorted { (document($0.doc)?.outlet ?? $0.doc, $0.doc, $0.span) < (document($1.doc)?.outlet ?? $1.doc, $1.doc, $1.span) }
    }

    /// Header rows drawn above the article in the source pane.
    static let sourceHeaderRows = 4

    /// The source pane's content for an article width, or nil with no event.
    public func sourceContent(width: Int) -> SourceContent? {
        let all = passages
        var p: Passage
        var position = 0
        if let id = source.document, let d = document(id) {
            p = Passage(doc: id, span: source.span ?? ByteSpan(d.bodyStart, d.bodyStart), claimedBy: nil, value: nil)
            position = -2
        } else if let c = source.claim {
            p = Passage(doc: c.doc, span: c.span, claimedBy: c.claimedBy, value: c.value)
            position = all.firstIndex { $0.doc == c.doc && $0.span.overlaps(c.span) } ?? -1
        } else {
            guard !all.isEmpty else { return nil }
            position = min(source.passage, all.count - 1)
            p = all[position]
        }
        let doc = document(p.doc)
        let text = WrappedText(doc?.text ?? "", from: doc?.bodyStart ?? 0, width: width)
        let line = position == -2 && source.span == nil ? 0 : text.line(containing: p.span.start) ?? 0
        return SourceContent(passage: p, document: doc, position: position, count: all.count, text: text, passageLine: line)
    }

    /// The article rows of the source pane: its rectangle minus title bar and header.
    var sourceTextRect: Rect? {
        guard let r = layout.source else { return nil }
        return r.droppingTop(1 + Self.sourceHeaderRows)
    }

    /// The first article line shown: the explicit scroll, or the passage with two lines of context above.
    public func sourceTop(_ content: SourceContent, height: Int) -> Int {
        let maxTop = max(0, content.text.lines.count - height)
        let top = source.top ?? (content.passageLine - min(2, height / 4))
        return max(0, min(maxTop, top))
    }

    mutating func scrollSource(_ command: Command) {
        guard let rect = sourceTextRect, let content = sourceContent(width: rect.width) else { return }
        let current = sourceTop(content, height: rect.height)
        let d = AppState.distance(command, page: rect.height)
        let maxTop = max(0, content.text.lines.count - rect.height)
        source.top = max(0, min(maxTop, d == Int.min / 2 ? 0 : d == Int.max / 2 ? maxTop : current + d))
    }

    /// `[` and `]`: the previous or next outlet's passage for the event.
    mutating func stepPassage(_ step: Int) {
        let n = passages.count
        guard n > 0 else { return }
        let from = source.claim.flatMap { c in passages.firstIndex { $0.doc == c.doc && $0.span.overlaps(c.span) } } ?? source.passage
        source = SourceState(passage: ((from + step) % n + n) % n, claim: nil, top: nil, document: nil)
        if layout.isStacked && focus == .timeline { detail = .source }
        message = "Passage \(source.passage + 1) of \(n)"
    }
}
