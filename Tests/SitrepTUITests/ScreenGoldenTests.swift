import Testing
import SitrepCore
import SitrepTUI

@Suite struct ScreenGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: sizes) func timeline(_ w: Int, _ h: Int) {
        Golden.check(Renderer.render(fixtureState(w, h)), "timeline_\(w)x\(h)")
    }

    @Test(arguments: sizes) func locationFirst(_ w: Int, _ h: Int) {
        Golden.check(Renderer.render(fixtureState(w, h, [.key(.char("L"))])), "location_\(w)x\(h)")
    }

    /// The disputed Idlib airstrike of 1 December, its CNN passage highlighted in the source pane.
    @Test(arguments: sizes) func sourceWithHighlight(_ w: Int, _ h: Int) {
        let s = fixtureState(w, h, [.key(.char("G")), .key(.enter)])
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
        Golden.check(Renderer.render(s), "source_\(w)x\(h)")
    }

    @Test(arguments: sizes) func disagreements(_ w: Int, _ h: Int) {
        let s = fixtureState(w, h, [.key(.char("G")), .key(.tab), .key(.tab), .key(.down)])
        #expect(s.focus == .disagreements)
        Golden.check(Renderer.render(s), "disagreements_\(w)x\(h)")
    }

    @Test(arguments: sizes) func filtered(_ w: Int, _ h: Int) {
        let s = fixtureState(w, h, [.key(.char("p"))] + typing("Idlib") + [.key(.enter), .key(.char("a"))] + typing("HTS") + [.key(.enter)])
        Golden.check(Renderer.render(s), "filtered_\(w)x\(h)")
    }

    @Test(arguments: sizes) func placePrompt(_ w: Int, _ h: Int) {
        let s = fixtureState(w, h, [.key(.char("p"))] + typing("ma") + [.key(.tab)])
        Golden.check(Renderer.render(s), "prompt_\(w)x\(h)")
    }

    @Test(arguments: sizes) func help(_ w: Int, _ h: Int) {
        Golden.check(Renderer.render(fixtureState(w, h, [.key(.char("?"))])), "help_\(w)x\(h)")
    }

    @Test(arguments: sizes) func disputedList(_ w: Int, _ h: Int) {
        Golden.check(Renderer.render(fixtureState(w, h, [.key(.char("D"))])), "disputed_\(w)x\(h)")
    }

    /// The documents list with two skipped files and an inferred date.
    @Test(arguments: sizes) func documents(_ w: Int, _ h: Int) {
        var s = AppState(analysis: DocumentsViewTests.withProblems(), vocabulary: Fixtures.vocabulary, size: Size(width: w, height: h))
        s.apply(.key(.char("o"))); s.apply(.key(.down))
        Golden.check(Renderer.render(s), "documents_\(w)x\(h)")
    }

    @Test func tooSmall() {
        Golden.check(Renderer.render(fixtureState(59, 15)), "too_small_59x15")
    }

    @Test func monochrome() {
        Golden.check(Renderer.render(fixtureState(80, 24, monochrome: true, [.key(.char("G")), .key(.enter)])), "monochrome_80x24")
    }
}
