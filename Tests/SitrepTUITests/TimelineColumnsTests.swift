import Testing
import SitrepCore
import SitrepTUI

/// The timeline's columns are sized from what they hold: a wide toll is never cut nor run into the actors.
@Suite struct TimelineColumnsTests {
    /// The fixture with the Idlib airstrike's toll widened to "277–3500".
    static func wideToll() -> Analysis {
        var a = Fixtures.analysis
        let i = a.events.firstIndex { $0.id == "ev-idlib-airstrike" }!
        a.events[i].fatalities = FatalityRange(low: 277, best: 300, high: 3500, count: 300, qualifier: nil)
        return a
    }

    func row(_ width: Int) -> String {
        var s = AppState(analysis: Self.wideToll(), vocabulary: Fixtures.vocabulary, size: Size(width: width, height: 40))
        s.apply(.key(.char("G")))
        let lines = Renderer.render(s).lines
        return lines.first { $0.contains("277") } ?? "no row with the toll:\n" + lines.joined(separator: "\n")
    }

    @Test(arguments: [80, 120, 200]) func wideTollIsWholeAndApartFromTheActors(_ width: Int) {
        let line = row(width)
        #expect(line.contains(" 277–3500 "), "\(line)")
        #expect(line.contains("2 ≠"), "sources and the dispute mark follow: \(line)")
    }

    @Test func actorsReadActor1VersusActor2() {
        let line = row(200)
        #expect(line.contains("vs Civilians (Syria)"), "\(line)")
        #expect(!line.contains("/"), "actors are never joined with a slash: \(line)")
    }

    @Test func longPlaceNamesAreNotCutWhenThereIsRoom() {
        let s = fixtureState(200, 40)
        #expect(Renderer.render(s).lines.contains { $0.contains("Ma'arrat al-Nu'man ") })
    }
}
