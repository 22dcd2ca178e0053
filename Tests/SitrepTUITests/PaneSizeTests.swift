import Testing
import SitrepCore
import SitrepTUI

/// `z` zooms the focused pane; `+` and `-` move the split.
@Suite struct PaneSizeTests {
    @Test func zoomGivesTheFocusedPaneTheWholeScreenAndFollowsTheFocus() {
        var s = fixtureState(120, 40, [.key(.char("z"))])
        #expect(s.layout.timeline == Rect(x: 0, y: 0, width: 120, height: 39))
        #expect(s.layout.source == nil && s.layout.disagreements == nil)
        let row = Renderer.render(s).lines[4]
        #expect(row.count == 120 && !row.contains("│"), "no right column: \(row)")
        s.apply(.key(.enter))
        #expect(s.focus == .source && s.layout.source == Rect(x: 0, y: 0, width: 120, height: 39), "Enter shows the passage zoomed")
        #expect(Renderer.render(s).lines[0].hasPrefix("─ Source"))
        s.apply(.key(.tab))
        #expect(s.layout.disagreements?.width == 120)
        s.apply(.key(.char("z")))
        #expect(s.zoom == nil && s.layout.separatorX == 72)
    }

    @Test func plusAndMinusMoveTheSplit() {
        var wide = fixtureState(140, 45)
        #expect(wide.layout.timeline.width == 84)
        wide.apply(.key(.char("-")))
        #expect(wide.layout.timeline.width == 77 && wide.layout.source!.width == 62)
        for _ in 0..<20 { wide.apply(.key(.char("+"))) }
        #expect(wide.layout.timeline.width == 112, "at most 80 %")
        var narrow = fixtureState(80, 24)
        let rows = narrow.layout.timelineRows
        narrow.apply(.key(.char("+")))
        #expect(narrow.layout.timelineRows == rows + 1)
        for _ in 0..<20 { narrow.apply(.key(.char("-"))) }
        #expect(narrow.layout.timeline.height == 4, "at least 20 %")
        #expect(narrow.selectedRow! >= narrow.timelineTop && narrow.selectedRow! < narrow.timelineTop + narrow.layout.timelineRows)
    }
}
