import SitrepCore

/// The timeline pane: a column header, then headings and event rows; only the visible rows are drawn.
enum TimelineView {
    /// Column widths for a pane width: the first, Killed and Src columns fit their widest value (the first at most a
    /// quarter of the pane), each right-aligned number column with a space before it; the actors take the rest.
    struct Columns {
        var first: Int, type = 9, actors: Int, killed: Int, sources: Int
        init(width: Int, widths: ColumnWidths, grouping: Grouping, sort: SortOrder) {
            let date = DisplayWidth.of("date unknown")
            let content = sort != .date ? date + 1 + widths.place : grouping == .date ? widths.place : date
            first = max(10, min(content, max(10, width / (sort == .date ? 4 : 3))))
            killed = max(6, widths.killed) + 1
            sources = max(3, widths.sources) + 1
            actors = max(4, width - 1 - first - 1 - type - 1 - killed - sources - 3)
        }
    }

    static func draw(_ s: AppState, into b: inout ScreenBuffer) {
        let rect = s.layout.timeline
        let t = s.theme
        let by = s.sort != .date ? "sorted by \(s.sort.rawValue)" : s.grouping == .date ? "by date" : "by location"
        let folds = s.grouping == .location && s.sort == .date ? s.folded.count : 0
        let shown = "\(s.visibleEvents) of \(s.analysis.events.count) events" + (folds == 0 ? "" : " shown, \(folds) places folded")
        PaneFrame.draw("Timeline", detail: "\(by) · \(shown)",
                       rect: rect, focused: s.focus == .timeline && s.overlay == nil, theme: t, into: &b)
        let body = rect.droppingTop(1)
        guard body.height > 0 else { return }
        b.fill(body)
        let c = Columns(width: body.width, widths: s.index.widths, grouping: s.grouping, sort: s.sort)
        let header = " " + TextFit.pad(s.sort != .date ? "Date, place" : s.grouping == .date ? "Place" : "Date", c.first) + " " + TextFit.pad("Type", c.type)
            + " " + TextFit.pad("Actors", c.actors) + TextFit.padLeft("Killed", c.killed) + TextFit.padLeft("Src", c.sources) + "  "
        b.put(header, x: body.x, y: body.y, maxX: body.maxX, style: t.columnHeader)
        if s.rows.isEmpty {
            b.put(" No events match the filters. Press c to clear them.", x: body.x, y: body.y + 1, maxX: body.maxX, style: t.quiet)
            return
        }
        let pinned = s.pinnedHeading(top: s.timelineTop)
        if let pinned { b.put(pinned, x: body.x, y: body.y + 1, maxX: body.maxX, style: t.dateHeading) }
        let first = body.y + (pinned == nil ? 1 : 2)
        for (i, r) in (s.timelineTop..<min(s.rows.count, s.timelineTop + body.maxY - first)).enumerated() {
            let y = first + i
            switch s.rows[r] {
            case .heading(let text, let level):
                b.put(level == 0 ? text : "  " + text, x: body.x, y: y, maxX: body.maxX, style: level == 0 ? t.dateHeading : t.areaHeading)
            case .folded(let path, let summary):
                let col = b.put("▸ " + path, x: body.x, y: y, maxX: body.maxX, style: t.dateHeading)
                b.put(" · " + summary, x: col, y: y, maxX: body.maxX, style: t.quiet)
            case .event(let e):
                drawRow(s.analysis.events[e], s: s, columns: c, x: body.x, y: y, maxX: body.maxX, into: &b)
            }
            if r == s.selectedRow {
                    let sel = s.focus == .timeline ? t.selection : t.selectionUnfocused
                    b.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) { old in
                        var n = old; n.reverse = sel.reverse || old.reverse; n.bold = n.bold || sel.bold
                        n.underline = n.underline || sel.underline; return n
                    }
            }
        }
    }

    static func drawRow(_ e: Event, s: AppState, columns c: Columns, x: Int, y: Int, maxX: Int, into b: inout ScreenBuffer) {
        let t = s.theme
        var col = b.put(Labels.precisionMark(e.date.precision), x: x, y: y, maxX: maxX, style: t.coarseMark)
        let place = e.location?.place.name ?? "—"
        let first = s.sort != .date ? Labels.shortDate(e.date) + " " + place : s.grouping == .date ? place : Labels.shortDate(e.date)
        col = b.put(TextFit.pad(first, c.first) + " ", x: col, y: y, maxX: maxX, style: .plain)
        col = b.put(TextFit.pad(e.eventType.shortLabel, c.type), x: col, y: y, maxX: maxX, style: t.type(e.eventType))
        col = b.put(" " + TextFit.pad(Labels.actors(e.actors), c.actors), x: col, y: y, maxX: maxX, style: .plain)
        col = b.put(TextFit.padLeft(Labels.fatalities(e.fatalities), c.killed), x: col, y: y, maxX: maxX,
                    style: e.fatalities?.isDisputed == true ? t.disputedMark : .plain)
        col = b.put(TextFit.padLeft(String(e.sourceDocs.count), c.sources), x: col, y: y, maxX: maxX, style: .plain)
        col = b.put(" ", x: col, y: y, maxX: maxX, style: .plain)
        if s.index.disputed.contains(e.id) { b.put("≠", x: col, y: y, maxX: maxX, style: t.disputedMark) }
        if let mark = s.annotationMark(e.id) { b.put(mark, x: col + 1, y: y, maxX: maxX, style: t.coarseMark) }
    }
}
