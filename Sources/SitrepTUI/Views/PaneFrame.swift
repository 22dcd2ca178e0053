/// The title bar every pane starts with: "─ Timeline · 6 of 6 events ──────".
enum PaneFrame {
    static func draw(_ title: String, detail: String?, rect: Rect, focused: Bool, theme: Theme, into b: inout ScreenBuffer) {
        guard !rect.isEmpty else { return }
        b.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        var x = rect.x
        while x < rect.maxX { x = b.put("─", x: x, y: rect.y, maxX: rect.maxX, style: theme.rule) }
        var col = b.put(" \(title) ", x: rect.x + 1, y: rect.y, maxX: rect.maxX, style: focused ? theme.titleFocused : theme.label)
        if let detail { col = b.put("· " + detail + " ", x: col, y: rect.y, maxX: rect.maxX, style: theme.title) }
    }
}
