import Testing
import SitrepCore
import SitrepTUI

/// `s` sorts the timeline by date, toll, number of sources or disputed first.
@Suite struct SortTests {
    func ids(_ s: AppState) -> [String] { s.rows.compactMap(\.eventIndex).map { s.analysis.events[$0].id } }

    @Test func sCyclesThroughTheOrders() {
        var s = fixtureState(120, 40)
        let byDate = ids(s)
        s.apply(.key(.char("s")))
        #expect(s.sort == .toll)
        #expect(Array(ids(s).prefix(2)) == ["ev-russian-claim", "ev-idlib-airstrike"], "300, then 4–8: \(ids(s))")
        #expect(s.rows.first == .heading(SortOrder.toll.heading, level: 0) && s.rows.count == 11, "one heading, no day headings")
        s.apply(.key(.char("s")))
        #expect(ids(s).first == "ev-aleppo-entry", "three sources")
        s.apply(.key(.char("s")))
        #expect(Array(ids(s).prefix(2)) == ["ev-aleppo-entry", "ev-idlib-airstrike"], "the two disputed, by date")
        s.apply(.key(.char("s")))
        #expect(s.sort == .date && ids(s) == byDate)
    }

    @Test func theSelectionAndFiltersSurviveASort() {
        var s = fixtureState(120, 40, [.key(.char("p"))] + typing("Idlib") + [.key(.enter), .key(.char("j"))])
        let selected = s.selectedEvent?.id
        let shown = s.visibleEvents
        s.apply(.key(.char("s")))
        #expect(s.selectedEvent?.id == selected && s.visibleEvents == shown)
    }

    @Test func sortedRowsShowDateAndPlace() {
        let s = fixtureState(160, 40, [.key(.char("s"))])
        let lines = Renderer.render(s).lines
        #expect(lines[0].contains("sorted by toll") && lines[1].contains("Date, place"))
        #expect(lines[3].contains("30 Nov 2024 Aleppo Governorate") && lines[3].contains("300"), "\(lines.prefix(5).joined(separator: "\n"))")
        #expect(fixtureState(120, 40, [.key(.char("s")), .key(.char("L"))]).sort == .date, "L goes back to grouped dates")
    }
}
