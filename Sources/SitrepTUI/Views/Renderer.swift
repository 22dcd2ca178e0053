import SitrepCore

/// Draws a whole frame of the browser into a new screen buffer.
public enum Renderer {
    /// - Complexity: proportional to the screen and the selected article, not to the number of events.
    public static func render(_ s: AppState, measure: @escaping WidthFunction = DisplayWidth.of) -> ScreenBuffer {
        var b = ScreenBuffer(width: s.size.width, height: s.size.height, measure: measure)
        let layout = s.layout
        if layout.isTooSmall { TooSmallView.draw(s, into: &b); return b }
        switch s.overlay {
        case .help(let top): HelpView.draw(s, top: top, into: &b)
        case .disputed(let selected, let top): DisputedView.draw(s, selected: selected, top: top, into: &b)
        case .documents(let selected, let top): DocumentsView.draw(s, selected: selected, top: top, into: &b)
        case nil:
            TimelineView.draw(s, into: &b)
            if let x = layout.separatorX {
                for y in 0..<(s.size.height - 1) { b.put(y == 0 ? "┬" : "│", x: x, y: y, maxX: x + 1, style: s.theme.rule) }
            }
            if let r = layout.source { SourceView.draw(s, rect: r, into: &b) }
            if let r = layout.disagreements { DisagreementsView.draw(s, rect: r, into: &b) }
        }
        StatusLine.draw(s, into: &b)
        return b
    }
}

/// Shown instead of the panes when the terminal is below the minimum size.
enum TooSmallView {
    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let lines = [
            "The terminal is \(s.size.width)×\(s.size.height);",
            "sitrep needs at least \(Layout.minimum.width)×\(Layout.minimum.height).",
            "Enlarge the window, or press q to quit.",
        ]
        let y0 = max(0, (s.size.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let w = DisplayWidth.of(l)
            b.put(l, x: max(0, (s.size.width - w) / 2), y: y0 + i, maxX: s.size.width, style: i == 2 ? s.theme.quiet : s.theme.label)
        }
    }
}
