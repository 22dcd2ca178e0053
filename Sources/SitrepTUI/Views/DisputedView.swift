import SitrepCore

/// The `D` overlay: every disputed event in the corpus; Enter jumps to it.
enum DisputedView {
    static func draw(_ s: AppState, selected: Int, top: Int, into b: inout ScreenBuffer) {
        let t = s.theme
        let list = s.disputedEvents
        let rect = Rect(x: 0, y: 0, width: s.size.width, height: s.size.height - 1)
        PaneFrame.draw("Disputed events", detail: "\(list.count) · Enter jumps · Esc closes", rect: rect, focused: true,
                       theme: t, into: &b)
        let body = rect.droppingTop(1)
        b.fill(body)
        if list.isEmpty { b.put(" No event is disputed in this corpus.", x: body.x, y: body.y, maxX: body.maxX, style: t.quiet) }
        for (i, e) in list.enumerated().dropFirst(top).prefix(body.height) {
            let ev = s.analysis.events[e]
            let y = body.y + i - top
            let fields = Set(s.analysis.disagreements(of: ev.id).map(\.field.rawValue) + ev.disputedFields).sorted()
            var col = b.put(" " + TextFit.pad(Labels.shortDate(ev.date), 12), x: body.x, y: y, maxX: body.maxX, style: .plain)
            col = b.put(" " + TextFit.pad(ev.eventType.shortLabel, 9), x: col, y: y, maxX: body.maxX, style: t.type(ev.eventType))
            col = b.put(" " + TextFit.pad(ev.location?.place.name ?? "—", 16), x: col, y: y, maxX: body.maxX, style: .plain)
            col = b.put(" " + TextFit.pad(ev.summary, max(10, body.width - 72)), x: col, y: y, maxX: body.maxX, style: .plain)
            b.put(" disputed: " + fields.joined(separator: ", "), x: col, y: y, maxX: body.maxX, style: t.disputedMark)
            if i == selected {
                b.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) { var n = $0; n.reverse = true; return n }
            }
        }
    }
}
