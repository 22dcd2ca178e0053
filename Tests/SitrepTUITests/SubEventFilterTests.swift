import Testing
import SitrepCore
import SitrepTUI

/// The type prompt takes ACLED sub-event types too ("Air/drone strike").
@Suite struct SubEventFilterTests {
    @Test func subEventTypeFromThePrompt() {
        let s = fixtureState(120, 40, [.key(.char("t"))] + typing("drone") + [.key(.enter)])
        #expect(s.filter.subEventTypes == ["Air/drone strike"] && s.filter.types.isEmpty, "\(s.message ?? "")")
        let subs = s.rows.compactMap(\.eventIndex).map { s.analysis.events[$0].subEventType }
        #expect(!subs.isEmpty && subs.allSatisfy { $0 == "Air/drone strike" })
        #expect(Renderer.render(s).lines[39].contains("sub-event: Air/drone strike"))
        let back = fixtureState(120, 40, [.key(.char("t"))] + typing("drone") + [.key(.enter), .key(.char("t"))] + typing("battles") + [.key(.enter)])
        #expect(back.filter.types == [.battles] && back.filter.subEventTypes.isEmpty, "one type filter at a time")
    }

    @Test func theFilterMatchesSubEventTypesCaseInsensitively() {
        let f = EventFilter(subEventTypes: ["armed clash"])
        let hits = Fixtures.analysis.events.filter { f.matches($0, outlets: [:]) }.map(\.id)
        #expect(hits == ["ev-northern-hama"])
        #expect(EventType.subEventNamed("AIR/DRONE STRIKE") == "Air/drone strike" && EventType.subEventNamed("drone") == nil)
    }
}
