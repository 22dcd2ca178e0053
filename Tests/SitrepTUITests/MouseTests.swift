import Testing
import SitrepCore
import SitrepTUI

/// Clicks select a timeline row or focus a pane; the wheel scrolls the pane under the pointer.
@Suite struct MouseTests {
    @Test func clickSelectsTheTimelineRowUnderIt() {
        var s = fixtureState(120, 40)
        #expect(Renderer.render(s).lines[7].hasPrefix("~Saraqib"))
        s.apply(.mouse(MouseEvent(.press, x: 5, y: 7)))
        #expect(s.selectedEvent?.id == "ev-saraqib" && s.focus == .timeline)
        s.apply(.mouse(MouseEvent(.press, x: 5, y: 6)))
        #expect(s.selectedEvent?.id == "ev-saraqib", "a heading is not selectable")
    }

    @Test func clickFocusesAPaneAndTheWheelScrollsIt() {
        var s = fixtureState(120, 40, [.mouse(MouseEvent(.press, x: 100, y: 30))])
        #expect(s.focus == .disagreements)
        s.apply(.mouse(MouseEvent(.wheelDown, x: 100, y: 8)))
        #expect(s.focus == .source && s.source.top != nil, "the source pane scrolled")
        s.apply(.mouse(MouseEvent(.wheelDown, x: 10, y: 8)))
        #expect(s.focus == .timeline && s.position?.index == 4, "three events down")
        s.apply(.mouse(MouseEvent(.wheelUp, x: 10, y: 8)))
        #expect(s.position?.index == 1)
    }

    @Test func theMouseLeavesPromptsAlone() {
        let s = fixtureState(120, 40, [.key(.char("/")), .mouse(MouseEvent(.press, x: 100, y: 30))])
        #expect(s.prompt != nil && s.focus == .timeline)
    }
}
