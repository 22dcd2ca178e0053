import Testing
import SitrepCore
import SitrepTUI

/// `d` filters by a date range, as `--since` and `--until` do.
@Suite struct DateFilterTests {
    func dates(_ text: String, from start: [Action] = []) -> AppState {
        fixtureState(120, 40, start + [.key(.char("d"))] + typing(text) + [.key(.enter)])
    }

    @Test func aRangeOneSideOrOneDay() {
        let day = dates("2024-11-30")
        #expect(day.filter.since == Fixtures.d("2024-11-30") && day.filter.until == Fixtures.d("2024-11-30"))
        #expect(day.visibleEvents > 0 && day.visibleEvents < 10)
        let upTo = dates("..2024-11-29")
        #expect(upTo.filter.since == nil && upTo.filter.until == Fixtures.d("2024-11-29"))
        let from = dates("2024-12-01..")
        #expect(from.filter.since == Fixtures.d("2024-12-01") && from.filter.until == nil)
        let both = dates("2024-11-29..2024-11-30")
        #expect(both.rows.compactMap(\.eventIndex).allSatisfy { both.analysis.events[$0].date.date! <= Fixtures.d("2024-11-30") })
        #expect(Renderer.render(both).lines[39].contains("since: "), "the status line shows the range")
    }

    @Test func aBadOrBackwardRangeKeepsThePromptOpen() {
        for bad in ["2024-12-02..2024-11-29", "yesterday", "2024-11-29..2024-11-30..2024-12-01", ".."] {
            let s = dates(bad)
            #expect(s.prompt != nil && s.filter.since == nil && s.filter.until == nil, "\(bad)")
            #expect(s.message?.contains("earliest first") == true, "\(bad)")
        }
    }

    @Test func emptyTextClearsTheDates() {
        let s = dates("", from: [.key(.char("d"))] + typing("2024-11-30") + [.key(.enter)])
        #expect(s.filter.since == nil && s.filter.until == nil && s.visibleEvents == 10)
    }
}
