import SitrepCore

/// The lines of the help screen, generated from `KeyTable`.
public enum HelpContent {
    public struct Line: Sendable { public var keys: String; public var text: String; public var isSection: Bool }

    public static let lines: [Line] = {
        var out: [Line] = []
        var section: String? = nil
        for b in KeyTable.bindings {
            if b.section != section { if section != nil { out.append(Line(keys: "", text: "", isSection: false)) }
                out.append(Line(keys: b.section, text: "", isSection: true)); section = b.section }
            out.append(Line(keys: b.keys.map(\.label).joined(separator: " "), text: b.help, isSection: false))
        }
        out.append(Line(keys: "", text: "", isSection: false))
        out.append(Line(keys: "In a prompt", text: "", isSection: true))
        for (k, h) in KeyTable.promptKeys { out.append(Line(keys: k, text: h, isSection: false)) }
        out.append(Line(keys: "", text: "", isSection: false))
        out.append(Line(keys: "Mouse", text: "", isSection: true))
        for (k, h) in KeyTable.mouseActions { out.append(Line(keys: k, text: h, isSection: false)) }
        out.append(Line(keys: "", text: "", isSection: false))
        out.append(Line(keys: "Row marks", text: "", isSection: true))
        out.append(Line(keys: "~", text: "date known only to the week or month", isSection: false))
        out.append(Line(keys: "?", text: "date known only to the year, or unknown", isSection: false))
        out.append(Line(keys: "4–8", text: "sources give different tolls", isSection: false))
        out.append(Line(keys: "≠", text: "sources disagree (see the disagreements pane)", isSection: false))
        for t in EventType.allCases { out.append(Line(keys: t.shortLabel, text: t.rawValue, isSection: false)) }
        return out
    }()
}

/// The full-screen help overlay.
enum HelpView {
    static func draw(_ s: AppState, top: Int, into b: inout ScreenBuffer) {
        let t = s.theme
        let rect = Rect(x: 0, y: 0, width: s.size.width, height: s.size.height - 1)
        let body = rect.droppingTop(1)
        let more = top + body.height < HelpContent.lines.count
        let shown = more ? body.height - 1 : body.height
        PaneFrame.draw("Help", detail: scrollHint(top: top, rows: shown), rect: rect, focused: true, theme: t, into: &b)
        b.fill(body)
        for (i, line) in HelpContent.lines.dropFirst(top).prefix(max(0, shown)).enumerated() {
            let y = body.y + i
            if line.isSection { b.put(" " + line.keys, x: body.x, y: y, maxX: body.maxX, style: t.label); continue }
            let style = EventType.allCases.first { $0.shortLabel == line.keys }.map(t.type) ?? t.prompt
            b.put("   " + TextFit.pad(line.keys, 16), x: body.x, y: y, maxX: body.maxX, style: style)
            b.put(line.text, x: body.x + 20, y: y, maxX: body.maxX, style: .plain)
        }
        if more, body.height > 1 {
            b.put(" ↓ \(HelpContent.lines.count - top - shown) more lines: j, Space, End ", x: body.x + 1, y: body.maxY - 1,
                  maxX: body.maxX, style: t.statusMessage)
        }
    }

    /// The title's detail: "keys · Esc closes", with the lines shown and how to scroll when they do not all fit.
    static func scrollHint(top: Int, rows: Int) -> String {
        let n = HelpContent.lines.count
        guard n > rows || top > 0 else { return "keys · Esc closes" }
        return "keys · lines \(top + 1)–\(min(n, top + rows)) of \(n) · ↓ ↑ j k PgDn PgUp scroll · Esc closes"
    }
}
