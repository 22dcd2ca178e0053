import SitrepCore

/// The source pane: outlet, title, date and claimant, then the article wrapped with the passage highlighted.
enum SourceView {
    static func draw(_ s: AppState, rect: Rect, into b: inout ScreenBuffer) {
        let t = s.theme
        let body = rect.droppingTop(1)
        let textRect = body.droppingTop(AppState.sourceHeaderRows)
        guard let content = s.sourceContent(width: textRect.width) else {
            PaneFrame.draw("Source", detail: nil, rect: rect, focused: s.focus == .source, theme: t, into: &b)
            b.fill(body)
            b.put(" No event selected.", x: body.x, y: body.y, maxX: body.maxX, style: t.quiet)
            return
        }
        let position = content.position >= 0 ? "passage \(content.position + 1) of \(content.count) · [ ] step"
            : content.position == -2 ? "article · Esc back" : "claim"
        PaneFrame.draw("Source", detail: position, rect: rect, focused: s.focus == .source, theme: t, into: &b)
        b.fill(body)
        drawHeader(content, body: body, theme: t, into: &b)
        let top = s.sourceTop(content, height: textRect.height)
        for row in 0..<textRect.height {
            let line = top + row
            guard line < content.text.lines.count else { break }
            var x = textRect.x
            for g in content.text.glyphs[content.text.lines[line]] {
                let inPassage = g.offset >= content.passage.span.start && g.offset < content.passage.span.end
                x = b.put(scalar: g.scalar, x: x, y: textRect.y + row, maxX: textRect.maxX, style: inPassage ? t.passage : .plain)
            }
        }
        if content.text.lines.count > textRect.height, textRect.height > 0 {
            let pct = 100 * min(content.text.lines.count, top + textRect.height) / content.text.lines.count
            b.put(" \(pct)% ", x: rect.maxX - 6, y: rect.y, maxX: rect.maxX, style: t.title)
        }
    }

    static func drawHeader(_ c: SourceContent, body: Rect, theme t: Theme, into b: inout ScreenBuffer) {
        guard body.height > 0 else { return }
        let outlet = c.document?.outlet ?? c.passage.doc
        var col = b.put(outlet, x: body.x, y: body.y, maxX: body.maxX, style: t.label)
        if let d = c.document?.frontMatter.published {
            let inferred = c.document?.frontMatter.publishedInferred == true ? " (inferred)" : ""
            col = b.put(" · published \(Labels.heading(d))\(inferred)", x: col, y: body.y, maxX: body.maxX, style: .plain)
        }
        if body.height > 1 {
            b.put(TextFit.truncate(Sanitizer.oneLine(c.document?.title ?? ""), body.width), x: body.x, y: body.y + 1,
                  maxX: body.maxX, style: Style(underline: true))
        }
        if body.height > 2 {
            var line = c.position == -2 ? "File: " + (c.document?.path ?? c.passage.doc)
                : "Claimed by: " + (c.passage.claimedBy ?? "the outlet itself")
            if let v = c.passage.value { line += " · says: " + v }
            b.put(TextFit.truncate(Sanitizer.oneLine(line), body.width), x: body.x, y: body.y + 2, maxX: body.maxX, style: t.quiet)
        }
        if body.height > 3, let url = c.document?.frontMatter.url {
            b.put(TextFit.truncate(Sanitizer.oneLine(url), body.width), x: body.x, y: body.y + 3, maxX: body.maxX, style: t.quiet)
        }
    }
}
