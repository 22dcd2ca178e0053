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
                let toll = (m.fatalities.map { " · \($0.figure) killed" } ?? "")
                    + m.counts.map { " · " + $0.text }.joined()
                out.append(Line(text: "  \(outlet): \(Labels.describe(m.date))\(toll)", style: .plain, claim: nil))
            }
            return out
        }
        var lastGroup: String? = nil
        for (i, row) in claims.enumerated() {
            let group = row.field + ": " + row.summary
            if group != lastGroup {
                out += wrap(group, width: width, indent: 0, max: 2).map { Line(text: $0, style: t.label, claim: nil) }
                lastGroup = group
            }
            let outlet = s.document(row.claim.doc)?.outlet ?? row.claim.doc
            let by = row.claim.claimedBy.map { " (\($0))" } ?? ""
            for (k, text) in wrap("▸ \(outlet)\(by): \(row.claim.value)", width: width, indent: 1, hanging: 3, max: 3).enumerated() {
                out.append(Line(text: text, style: .plain, claim: k == 0 ? i : nil))
            }
            out += wrap("“" + Sanitizer.oneLine(row.claim.quote) + "”", width: width, indent: 3, max: 3)
                .map { Line(text: $0, style: t.quiet, claim: nil) }
        }
        return out
    }

    /// `text` wrapped to `width` with `indent` spaces before every line; at most `max` lines, the last cut with "…".
    /// Lines after the first are indented by `hanging` (default: `indent`).
    static func wrap(_ text: String, width: Int, indent: Int, hanging: Int? = nil, max: Int) -> [String] {
        let hang = hanging ?? indent
        let w = WrappedText(Sanitizer.oneLine(text), width: Swift.max(1, width - Swift.max(indent, hang)))
        var lines = w.lines.map { r in String(String.UnicodeScalarView(w.glyphs[r].map(\.scalar))) }
        if lines.count > max {
            lines = Array(lines.prefix(max))
            lines[max - 1] = TextFit.truncate(lines[max - 1] + " …", width - hang)
        }
        return lines.enumerated().map { String(repeating: " ", count: $0.offset == 0 ? indent : hang) + $0.element }
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
        let top = max(0, cursorLine + 3 - body.height)
        for (i, line) in all.dropFirst(top).prefix(body.height).enumerated() {
            var style = line.style
            if let c = line.claim, c == s.claimCursor { style = s.focus == .disagreements ? t.selection : t.selectionUnfocused }
            b.put(TextFit.truncate(line.text, body.width), x: body.x, y: body.y + i, maxX: body.maxX, style: style)
        }
    }
}
