import Testing
import SitrepCore
import SitrepTUI

/// The location-first view counts each place's events and toll, and folds places (`f`, `F`).
@Suite struct FoldingTests {
    static let aleppo = "Syria › Aleppo Governorate › Aleppo"

    @Test func placeHeadingsCountEventsAndToll() {
        let s = fixtureState(120, 40, [.key(.char("L"))])
        let aleppo = s.analysis.events.filter { Labels.path($0.location) == Self.aleppo }
        let killed = aleppo.reduce(0) { $0 + ($1.fatalities?.best ?? 0) }
        #expect(aleppo.count == 4 && killed == 4)
        #expect(s.rows.contains(.heading(Self.aleppo + " · 4 events · 4 killed", level: 0)), "\(s.rows)")
        #expect(s.rows.contains(.heading("Syria › Hama Governorate › northern Hama · 1 event", level: 0)), "no toll, no 'killed'")
    }

    @Test func fFoldsThePlaceAndUnfoldsIt() {
        var s = fixtureState(120, 40, [.key(.char("L"))])
        let first = s.selectedEvent!
        #expect(Labels.path(first.location) == Self.aleppo)
        s.apply(.key(.char("f")))
        #expect(s.rows.first == .folded(Self.aleppo, summary: "4 events · 4 killed"))
        #expect(s.selectedRow == 0 && s.selectedEvent == nil, "the folded place is selected")
        #expect(s.visibleEvents == 6)
        #expect(Renderer.render(s).lines.contains { $0.contains("▸ \(Self.aleppo) · 4 events · 4 killed") })
        s.apply(.key(.char("j")))
        #expect(s.selectedEvent != nil && Labels.path(s.selectedEvent!.location) != Self.aleppo, "j moves past the folded place")
        s.apply(.key(.char("k"))); s.apply(.key(.char("f")))
        #expect(s.visibleEvents == 10 && s.selectedEvent?.id == first.id, "unfolded, on its first event")
    }

    @Test func capitalFFoldsEveryPlaceThenUnfoldsThemAll() {
        var s = fixtureState(120, 40, [.key(.char("L")), .key(.char("j"))])
        s.apply(.key(.char("F")))
        #expect(s.rows.allSatisfy { $0.foldedPlace != nil } && s.visibleEvents == 0)
        #expect(s.rows[s.selectedRow!].foldedPlace == Self.aleppo, "the selection stays on its place")
        s.apply(.key(.char("F")))
        #expect(s.folded.isEmpty && s.visibleEvents == 10)
        let dated = fixtureState(120, 40, [.key(.char("f"))])
        #expect(dated.folded.isEmpty && dated.message?.contains("location-first") == true)
    }
}
