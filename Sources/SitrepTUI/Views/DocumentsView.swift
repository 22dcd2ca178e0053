import SitrepCore

/// The `o` overlay: every document of the corpus — outlet, publication date, events found, title — then every file
/// that was skipped with the reason; Enter opens an article in the source pane.
enum DocumentsView {
    static func draw(_ s: AppState, selected: Int, top: Int, into b: inout ScreenBuffer) {
        let t = s.theme
        let rows = s.documentRows
        let rect = Rect(x: 0, y: 0, width: s.size.width, height: s.size.height - 1)
        let skipped = s.skippedFiles == 0 ? "" : ", \(s.skippedFiles) skipped"
        PaneFrame.draw("Documents", detail: "\(s.analysis.documents.count) read\(skipped) · Enter opens · Esc closes", rect: rect,
                       focused: true, theme: t, into: &b)
        let body = rect.droppingTop(1)
        b.fill(body)
        for (i, row) in rows.enumerated().dropFirst(top).prefix(body.height) {
            let y = body.y + i - top
            switch row {
            case .read(let d): drawRead(s.analysis.documents[d], s: s, y: y, body: body, into: &b)
            case .skipped(let p): drawSkipped(s.analysis.problems[p], theme: t, y: y, body: body, into: &b)
            }
            if i == selected {
                b.restyle(Rect(x: body.x, y: y, width: body.width, height: 1)) { var n = $0; n.reverse = true; return n }
            }
        }
    }

    /// " Reuters          30 Nov 2024            3 events  Title…"; an inferred date reads "30 Nov 2024 (inferred)".
    static func drawRead(_ d: Document, s: AppState, y: Int, body: Rect, into b: inout ScreenBuffer) {
        let fm = d.frontMatter
        let date = fm.published.map { Labels.short($0) + (fm.publishedInferred ? " (inferred)" : "") } ?? "undated"
        let n = s.index.eventsPerDocument[d.id] ?? 0
        var col = b.put(" " + TextFit.pad(Sanitizer.oneLine(d.outlet), 16), x: body.x, y: y, maxX: body.maxX, style: s.theme.label)
        col = b.put(" " + TextFit.pad(date, 22), x: col, y: y, maxX: body.maxX, style: fm.publishedInferred ? s.theme.coarseMark : .plain)
        col = b.put(TextFit.padLeft("\(n) \(n == 1 ? "event" : "events")", 10) + "  ", x: col, y: y, maxX: body.maxX,
                    style: n == 0 ? s.theme.quiet : .plain)
        b.put(TextFit.truncate(Sanitizer.oneLine(d.title), body.maxX - col), x: col, y: y, maxX: body.maxX, style: .plain)
    }

    /// " skipped          file.txt: the reason".
    static func drawSkipped(_ p: LoadProblem, theme t: Theme, y: Int, body: Rect, into b: inout ScreenBuffer) {
        let col = b.put(" " + TextFit.pad("skipped", 16), x: body.x, y: y, maxX: body.maxX, style: t.disputedMark)
        let place = p.line.map { "\(p.path):\($0)" } ?? p.path
        let text = Sanitizer.oneLine(place) + ": " + Sanitizer.oneLine(p.message)
        b.put(" " + TextFit.truncate(text, body.maxX - col - 1), x: col, y: y, maxX: body.maxX, style: .plain)
    }
}
