import Testing
import SitrepCore
import SitrepTUI

/// Date headings: month-precision events under a month, and the top row's heading kept while scrolling.
@Suite struct TimelineHeadingsTests {
    static func withMonthEvent() -> Analysis {
        var a = Fixtures.analysis
        let i = a.events.firstIndex { $0.id == "ev-maarat" }!
        a.events[i].date = EventDate(date: Fixtures.d("2024-11-15"), earliest: Fixtures.d("2024-11-01"), latest: Fixtures.d("2024-11-30"),
                                     precision: .month)
        return a
    }

    @Test func monthPrecisionEventsSitUnderAMonthHeading() {
        var s = AppState(analysis: Self.withMonthEvent(), vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
        let i = s.analysis.events.firstIndex { $0.id == "ev-maarat" }!
        let r = s.rows.firstIndex(of: .event(i))!
        let heading = s.rows[..<r].last { if case .heading(_, level: 0) = $0 { true } else { false } }
        #expect(heading == .heading("Nov 2024", level: 0))
        #expect(!s.rows.contains(.heading("Fri 15 Nov 2024", level: 0)), "no day heading for a month")
        s.apply(.key(.char("L")))
        #expect(Renderer.render(s).lines.contains { $0.contains("~Nov 2024 ") }, "location-first rows show the month")
    }

    /// The first text row of the timeline pane (below the title and column header).
    func firstRow(_ s: AppState) -> String {
        String(Renderer.render(s).lines[2].prefix(s.layout.timeline.width))
    }

    @Test func theTopRowKeepsItsDateHeadingAfterScrolling() {
        var s = fixtureState(80, 24)
        #expect(firstRow(s).hasPrefix("Fri 29 Nov 2024"))
        for _ in 0..<6 { s.apply(.key(.char("j"))) }
        #expect(s.timelineTop > 0, "scrolled")
        let top = firstRow(s)
        #expect(top.range(of: #"^\w{3} \d{1,2} (Nov|Dec) 2024"#, options: .regularExpression) != nil, "a date heading on top: \(top)")
        let lines = Renderer.render(s).lines.prefix(s.layout.timeline.maxY)
        #expect(lines.contains { $0.contains("vs") && $0 != lines.first }, "the selection stays visible")
        let sel = s.selectedRow!
        #expect(sel >= s.timelineTop && sel < s.timelineTop + s.layout.timelineRows - 1, "not hidden under the pinned heading")
    }

    @Test func everySelectionAfterMovesIsDrawn() {
        var s = fixtureState(80, 24)
        for step in 0..<12 {
            s.apply(.key(.char(step < 9 ? "j" : "k")))
            let name = s.selectedEvent!.location!.place.name
            let drawn = Renderer.render(s).lines[2..<s.layout.timeline.maxY].contains { $0.contains(String(name.prefix(10))) }
            #expect(drawn, "step \(step): \(name) not drawn")
        }
    }
}
