import Testing
import SitrepCore
import SitrepTUI

/// The frame around the content: focus without colour, help's scroll hint, completion popups.
@Suite struct ChromeTests {
    /// The style of a pane title's first letter on the rendered screen.
    func titleStyle(_ b: ScreenBuffer, _ title: String) -> Style? {
        for y in 0..<b.height {
            let line = b.lines[y]
            guard let r = line.range(of: " \(title) ") else { continue }
            let x = line[..<r.lowerBound].count + 1
            return b[x, y].style
        }
        return nil
    }

    @Test(arguments: [false, true]) func theFocusedPaneStandsOutWithAndWithoutColour(_ monochrome: Bool) {
        let timeline = fixtureState(120, 40, monochrome: monochrome)
        let source = fixtureState(120, 40, monochrome: monochrome, [.key(.tab)])
        let focused = titleStyle(Renderer.render(timeline), "Timeline"), other = titleStyle(Renderer.render(timeline), "Source")
        #expect(focused != nil && focused != other, "timeline focused: \(String(describing: focused)) vs \(String(describing: other))")
        #expect(titleStyle(Renderer.render(source), "Source") == focused, "the focused style follows Tab")
        if monochrome { #expect(focused?.fg == nil && focused?.bg == nil, "no colour with NO_COLOR") }
    }

    @Test func helpSaysThereIsMoreAndHowToScroll() {
        let s = fixtureState(140, 45, [.key(.char("?"))])
        let screen = Renderer.render(s).lines.joined(separator: "\n")
        #expect(screen.contains("more lines: j, Space, End"), "\(screen)")
        #expect(screen.contains("lines 1–42 of \(HelpContent.lines.count)"), "\(screen)")
        var end = s
        end.apply(.key(.end))
        let last = Renderer.render(end).lines.joined(separator: "\n")
        #expect(!last.contains("more lines"), "nothing below at the end")
        #expect(last.contains(HelpContent.lines.last!.text), "the legend's last line is reachable")
    }

    @Test func completionPopupIsClearedAndRuled() {
        let s = fixtureState(120, 40, [.key(.char("p"))] + typing("a"))
        let b = Renderer.render(s)
        let n = s.prompt!.completions.count
        #expect(n > 0)
        let top = 39 - n - 1
        let edge = (0..<120).first { b[$0, top].text == "┐" }
        #expect(edge != nil, "a corner closes the box")
        for y in (top + 1)..<39 { #expect(b[edge!, y].text == "│", "row \(y): a rule on the right") }
    }
}

/// What the browser tells about the selection: its id and position, and its article's url.
@Suite struct SelectionInfoTests {
    func statusLine(_ s: AppState) -> String { Renderer.render(s).lines[s.size.height - 1] }

    @Test func statusLineShowsThePositionAndTheEventID() {
        var s = fixtureState(120, 40)
        #expect(statusLine(s).contains("event 1 of 10 · ev-aleppo-entry"), "\(statusLine(s))")
        s.apply(.key(.char("j")))
        #expect(statusLine(s).contains("event 2 of 10 · \(s.selectedEvent!.id)"), "\(statusLine(s))")
        s.apply(.key(.char("p"))); for a in typing("Idlib") + [.key(.enter)] { s.apply(a) }
        #expect(statusLine(s).contains("of \(s.visibleEvents) · "), "counted among the events shown: \(statusLine(s))")
        #expect(statusLine(s).contains("place: Idlib"), "the filter is shown: \(statusLine(s))")
    }

    @Test func sourcePaneShowsTheArticleURL() {
        var a = Fixtures.analysis
        let url = "https://example.org/2024/12/01/idlib"
        for i in a.documents.indices { a.documents[i].frontMatter.url = url + "?" + String(i) }
        var s = AppState(analysis: a, vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
        s.apply(.key(.enter))
        let doc = s.sourceContent(width: 40)!.document!
        #expect(Renderer.render(s).lines.contains { $0.contains(doc.frontMatter.url!.prefix(40)) })
    }
}
