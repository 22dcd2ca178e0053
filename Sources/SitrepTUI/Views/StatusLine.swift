import SitrepCore

/// The bottom line: a message or the active filters, "N of M events", the search, and key hints.
/// While a prompt is open it shows the prompt and its completions above it.
enum StatusLine {
    static let hints = "? help  p place  a actor  t type  / search  c clear  q quit"
    static let shortHints = "? help  q quit"

    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let r = s.layout.status
        let t = s.theme
        b.fill(r, style: t.status)
        if let p = s.prompt { drawPrompt(p, s: s, into: &b); return }
        var left = s.message ?? (s.filter.labels.isEmpty ? "all events" : s.filter.labels.joined(separator: " · "))
        left = " " + left + " │ " + positionText(s)
        if let sp = s.searchPosition { left += " │ " + sp }
        if s.skippedFiles > 0 { left += " │ \(s.skippedFiles) \(s.skippedFiles == 1 ? "file" : "files") skipped (o lists)" }
        let col = b.put(left, x: r.x, y: r.y, maxX: r.maxX, style: s.message != nil ? t.statusMessage : t.status)
        let room = r.maxX - col - 4
        if room >= DisplayWidth.of(shortHints) {
            let h = DisplayWidth.of(hints) <= room ? hints : shortHints
            b.put(h, x: r.maxX - DisplayWidth.of(h) - 1, y: r.y, maxX: r.maxX, style: t.status)
        }
    }

    /// "event 5 of 38 · ev-1a2b3c4d5e" (the id that `sitrep show` takes), or "0 of 120 events" with nothing shown.
    static func positionText(_ s: AppState) -> String {
        guard let (i, n) = s.position, let e = s.selectedEvent else { return "0 of \(s.analysis.events.count) events" }
        return "event \(i) of \(n) · \(Sanitizer.oneLine(e.id))"
    }

    static func drawPrompt(_ p: Prompt, s: AppState, into b: inout ScreenBuffer) {
        let r = s.layout.status
        let t = s.theme
        b.fill(r)
        var col = b.put(p.label + ": ", x: r.x, y: r.y, maxX: r.maxX, style: t.prompt)
        let chars = Array(p.text)
        let at = min(p.cursor, chars.count)
        col = b.put(String(chars[..<at]), x: col, y: r.y, maxX: r.maxX - 1, style: .plain)
        let under = at < chars.count ? String(chars[at]) : " "
        let after = b.put(under, x: col, y: r.y, maxX: r.maxX, style: Style(reverse: true))
        col = b.put(String(chars[min(chars.count, at + 1)...]), x: after, y: r.y, maxX: r.maxX - 1, style: .plain)
        let help = s.message ?? (p.kind == .search ? "Enter search · Esc cancel" : p.kind == .export ? "Enter writes (.json: JSON, else CSV) · Esc cancel" :
            p.kind == .dates ? "2024-11-29..2024-12-01 · one side · one day · empty clears" : "Tab complete · Enter apply · empty clears · Esc cancel")
        if r.maxX - col > DisplayWidth.of(help) + 3 {
            b.put(help, x: r.maxX - DisplayWidth.of(help) - 1, y: r.y, maxX: r.maxX, style: s.message != nil ? t.label : t.quiet)
        }
        guard !p.completions.isEmpty else { return }
        let w = min(r.width - 1, max(24, p.completions.map { DisplayWidth.of($0) }.max()! + 4))
        let top = r.y - p.completions.count - 1
        // The box and its right rule are cleared first: nothing of the panes shows through or runs into it.
        b.fill(Rect(x: 0, y: top, width: w + 1, height: p.completions.count + 1))
        var x = 0
        while x < w { x = b.put("─", x: x, y: top, maxX: w, style: t.rule) }
        b.put("┐", x: w, y: top, maxX: w + 1, style: t.rule)
        b.put(" completions ", x: 1, y: top, maxX: w, style: t.title)
        for (i, c) in p.completions.enumerated() {
            let style = i == p.selected ? t.completionSelected : t.completion
            b.put(" " + TextFit.pad(c, w - 2) + " ", x: 0, y: top + 1 + i, maxX: w, style: style)
            b.put("│", x: w, y: top + 1 + i, maxX: w + 1, style: t.rule)
        }
    }
}
