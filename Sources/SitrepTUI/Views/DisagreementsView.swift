import SitrepCore

/// The disagreements pane: each disputed field with every source's value, outlet, claimant and quote.
enum DisagreementsView {
    struct Line { var text: String; var style: Style; var claim: Int? }

    static func lines(_ s: AppState, width: Int) -> [Line] {
        let t = s.theme
        guard let e = s.selectedEvent else { return [Line(text: " No event selected.", style: t.quiet, claim: nil)] }
        let claims = s.disagreementClaims
        var out: [Line] = []
        if claims.isEmpty {
            out.append(Line(text: "Sources agree (\(e.sourceDocs.count) \(e.sourceDocs.count == 1 ? "source" : "sources")).",
                            style: t.quiet, claim: nil))
            for m in e.mentions {
                let outlet = s.document(m.doc)?.outlet ?? m.doc
                let toll = m.fatalities.map { " · \($0.qualifier.map { $0 + " " } ?? "")\($0.count) killed" } ?? ""
                out.append(Line(text: "  \(outlet): \(Labels.describe(m.date))\(toll)", style: .plain, claim: nil))
            }
            return out
        }
        var lastGroup: String? = nil
        for (i, row) in claims.enumerated() {
            let group = row.field + ": " + row.summary
            if group != lastGroup { out.append(Line(text: group, style: t.label, claim: nil)); lastGroup = group }
            let outlet = s.document(row.claim.doc)?.outlet ?? row.claim.doc
            let by = row.claim.claimedBy.map { " (\($0))" } ?? ""
            out.append(Line(text: " ▸ \(outlet)\(by): \(row.claim.value)", style: .plain, claim: i))
            let quote = "“" + Sanitizer.oneLine(row.claim.quote) + "”"
            out.append(Line(text: "   " + TextFit.truncate(quote, max(1, width - 3)), style: t.quiet, claim: nil))
        }
        return out
    }

    static func draw(_ s: AppState, rect: Rect, into b: inout ScreenBuffer) {
        let t = s.theme
        let n = s.disagreementClaims.count
        PaneFrame.draw("Disagreements", detail: n == 0 ? nil : "\(n) claims · Enter: passage", rect: rect,
                       focused: s.focus == .disagreements, theme: t, into: &b)
        let body = rect.droppingTop(1)
        guard body.height > 0 else { return }
        b.fill(body)
        let all = lines(s, width: body.width)
        let cursorLine = all.firstIndex { $0.claim == s.claimCursor } ?? 0
        let top = max(0, cursorLine + 2 - body.height)
        for (i, line) in all.dropFirst(top).prefix(body.height).enumerated() {
            var style = line.style
            if let c = line.claim, c == s.claimCursor { style = s.focus == .disagreements ? t.selection : t.selectionUnfocused }
            b.put(TextFit.truncate(line.text, body.width), x: body.x, y: body.y + i, maxX: body.maxX, style: style)
        }
    }
}
