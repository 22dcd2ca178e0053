import Testing
import SitrepCore
@testable import SitrepTUI

@Suite struct ReducerTests {
    func eventIDs(_ s: AppState) -> [String] { s.rows.compactMap(\.eventIndex).map { s.analysis.events[$0].id } }

    @Test func startsOnTheFirstEventUnderItsHeadings() {
        let s = fixtureState(120, 40)
        #expect(s.rows.first == .heading("Fri 29 Nov 2024", level: 0))
        #expect(s.rows[1] == .heading("Syria › Aleppo Governorate", level: 1))
        #expect(s.selectedRow == 2)
        #expect(s.visibleEvents == 10)
    }

    @Test func movingSkipsHeadingsAndStopsAtTheEnds() {
        var s = fixtureState(120, 40)
        s.apply(.key(.up))
        #expect(s.selectedRow == 2)
        s.apply(.key(.char("j"))); s.apply(.key(.down))
        #expect(s.selectedEvent?.id == "ev-saraqib")
        s.apply(.key(.char("G")))
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
        s.apply(.key(.down))
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
        s.apply(.key(.home))
        #expect(s.selectedRow == 2 && s.timelineTop == 0)
    }

    @Test func pagingKeepsTheSelectionVisible() {
        var s = fixtureState(80, 16)
        let visible = s.layout.timelineRows
        s.apply(.key(.pageDown)); s.apply(.key(.ctrl("d")))
        let sel = try! #require(s.selectedRow)
        #expect(sel >= s.timelineTop && sel < s.timelineTop + visible)
        s.apply(.key(.pageUp)); s.apply(.key(.ctrl("u"))); s.apply(.key(.pageUp))
        #expect(s.selectedRow == 2)
    }

    @Test func placeFilterKeepsEverythingInsideTheGovernorate() {
        let s = fixtureState(120, 40, [.key(.char("p"))] + typing("Idlib") + [.key(.enter)])
        #expect(s.prompt == nil)
        #expect(s.filter.places.map(\.name) == ["Idlib Governorate"])
        #expect(Set(eventIDs(s)) == ["ev-saraqib", "ev-idlib-residential", "ev-maarat", "ev-idlib-airstrike"])
    }

    @Test func variantSpellingAndActorAliasResolve() {
        let m = fixtureState(120, 40, [.key(.char("p"))] + typing("Maraat al-Numan") + [.key(.enter)])
        #expect(eventIDs(m) == ["ev-maarat"])
        let a = fixtureState(120, 40, [.key(.char("a"))] + typing("HTS") + [.key(.enter)])
        #expect(a.filter.actors == ["Hayat Tahrir al-Sham"])
        #expect(eventIDs(a).count == 5)
        #expect(a.rows.compactMap(\.eventIndex).allSatisfy { a.analysis.events[$0].actors.contains { $0.name == "Hayat Tahrir al-Sham" } })
    }

    @Test func filtersCombineAndClear() {
        var s = fixtureState(120, 40, [.key(.char("p"))] + typing("Idlib") + [.key(.enter), .key(.char("a"))] + typing("HTS") + [.key(.enter)])
        #expect(Set(eventIDs(s)) == ["ev-saraqib", "ev-maarat"])
        s.apply(.key(.char("t"))); for a in typing("Remote") + [.key(.enter)] { s.apply(a) }
        #expect(s.visibleEvents == 0)
        #expect(s.message?.contains("c clears") == true)
        s.apply(.key(.char("c")))
        #expect(s.visibleEvents == 10 && s.filter.isEmpty)
    }

    @Test func selectionStaysOnTheSameEventAcrossFilterChanges() {
        var s = fixtureState(120, 40, [.key(.char("G"))])
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
        for a in [.key(.char("p"))] + typing("Idlib") + [Action.key(.enter)] { s.apply(a) }
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
        s.apply(.key(.char("L")))
        #expect(s.grouping == .location && s.selectedEvent?.id == "ev-idlib-airstrike")
        s.apply(.key(.char("c")))
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
    }

    @Test func unknownPlaceKeepsThePromptOpen() {
        let s = fixtureState(120, 40, [.key(.char("p"))] + typing("Atlantis") + [.key(.enter)])
        #expect(s.prompt?.text == "Atlantis")
        #expect(s.message?.contains("Atlantis") == true)
        #expect(s.filter.isEmpty)
    }

    @Test func escapeCancelsAPromptAndTabCompletes() {
        var s = fixtureState(120, 40, [.key(.char("a"))] + typing("hay"))
        #expect(s.prompt?.completions == ["Hayat Tahrir al-Sham"])
        s.apply(.key(.escape))
        #expect(s.prompt == nil && s.filter.isEmpty)
        for a in [.key(.char("a"))] + typing("hay") + [Action.key(.tab), .key(.enter)] { s.apply(a) }
        #expect(s.filter.actors == ["Hayat Tahrir al-Sham"])
    }

    @Test func backspaceEditsThePrompt() {
        let s = fixtureState(120, 40, [.key(.char("p"))] + typing("Idx") + [.key(.backspace)])
        #expect(s.prompt?.text == "Id")
    }

    @Test func searchJumpsBetweenMatches() {
        var s = fixtureState(120, 40, [.key(.char("/"))] + typing("airstrikes") + [.key(.enter)])
        let ids = s.search!.matches.map { s.analysis.events[$0].id }
        #expect(ids == ["ev-idlib-airstrike"])
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
        s.apply(.key(.char("/")))
        #expect(s.prompt?.text == "", "a new search starts empty")
        for a in typing("Aleppo") + [Action.key(.enter)] { s.apply(a) }
        let first = s.selectedEvent?.id
        s.apply(.key(.char("n")))
        #expect(s.selectedEvent?.id != first)
        s.apply(.key(.char("N")))
        #expect(s.selectedEvent?.id == first)
        #expect(s.searchPosition?.hasPrefix("/Aleppo 1 of") == true)
    }

    @Test func enterShowsThePassageAndBracketsStepThroughOutlets() {
        var s = fixtureState(120, 40, [.key(.char("G")), .key(.enter)])
        #expect(s.focus == .source)
        let c = try! #require(s.sourceContent(width: 40))
        #expect(c.document?.outlet == "CNN")
        #expect(c.document?.slice(c.passage.span) == Fixtures.airstrikeQuoteCNN)
        s.apply(.key(.char("]")))
        #expect(s.sourceContent(width: 40)?.document?.outlet == "Voz")
        s.apply(.key(.char("]")))
        #expect(s.sourceContent(width: 40)?.document?.outlet == "CNN")
        s.apply(.key(.char("[")))
        #expect(s.sourceContent(width: 40)?.document?.outlet == "Voz")
    }

    @Test func sourcePaneScrollsTheWholeArticle() {
        var s = fixtureState(120, 40, [.key(.char("G")), .key(.enter)])
        let rect = s.sourceTextRect!
        let c = s.sourceContent(width: rect.width)!
        #expect(s.sourceTop(c, height: rect.height) > 0)
        s.apply(.key(.char("g")))
        #expect(s.source.top == 0)
        s.apply(.key(.char("G")))
        #expect(s.source.top == c.text.lines.count - rect.height)
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
    }

    @Test func enterOnAClaimShowsItsPassage() {
        var s = fixtureState(120, 40, [.key(.char("G")), .key(.tab), .key(.tab)])
        #expect(s.focus == .disagreements)
        #expect(s.disagreementClaims.map(\.claim.value) == ["at least 4 killed", "at least 8 killed, more than 60 wounded"])
        s.apply(.key(.down)); s.apply(.key(.enter))
        #expect(s.focus == .source)
        #expect(s.sourceContent(width: 40)?.document?.outlet == "Voz")
        #expect(s.sourceContent(width: 40)?.passage.value == "at least 8 killed, more than 60 wounded")
    }

    @Test func disputedListJumpsToTheEventAndClearsHidingFilters() {
        var s = fixtureState(120, 40, [.key(.char("a"))] + typing("Military Forces of R") + [.key(.tab), .key(.enter)])
        #expect(!s.filter.actors.isEmpty)
        s.apply(.key(.char("D")))
        #expect(s.overlay == .disputed(selected: 0, top: 0))
        #expect(s.disputedEvents.map { s.analysis.events[$0].id } == ["ev-aleppo-entry", "ev-idlib-airstrike"])
        s.apply(.key(.char("j"))); s.apply(.key(.enter))
        #expect(s.overlay == nil)
        #expect(s.selectedEvent?.id == "ev-idlib-airstrike")
        s.apply(.key(.char("D"))); s.apply(.key(.enter))
        #expect(s.selectedEvent?.id == "ev-aleppo-entry")
        #expect(s.filter.isEmpty)
    }

    @Test func helpListsEveryBindingAndClosesWithEscape() {
        var s = fixtureState(80, 24, [.key(.char("?"))])
        #expect(s.overlay == .help(top: 0))
        for b in KeyTable.bindings { #expect(HelpContent.lines.contains { $0.text == b.help }) }
        s.apply(.key(.escape))
        #expect(s.overlay == nil)
    }

    @Test func tabCyclesPanesAndStackedLayoutFollows() {
        var s = fixtureState(80, 24)
        #expect(s.layout.isStacked && s.layout.source != nil)
        s.apply(.key(.tab)); s.apply(.key(.tab))
        #expect(s.focus == .disagreements && s.layout.disagreements != nil && s.layout.source == nil)
        s.apply(.key(.backTab))
        #expect(s.focus == .source)
        s.apply(.key(.escape))
        #expect(s.focus == .timeline)
    }

    @Test func resizeRelaysOutAndQuitAndRedrawAreFlags() {
        var s = fixtureState(120, 40, [.key(.char("G"))])
        s.apply(.resize(Size(width: 70, height: 16)))
        let sel = s.selectedRow!
        #expect(sel >= s.timelineTop && sel < s.timelineTop + s.layout.timelineRows)
        s.apply(.resize(Size(width: 40, height: 10)))
        #expect(s.layout.isTooSmall)
        s.apply(.key(.ctrl("l")))
        #expect(s.redrawGeneration == 1)
        s.apply(.key(.char("q")))
        #expect(s.shouldQuit)
    }

    @Test func keyTableHasNoDuplicates() {
        var seen = Set<Key>()
        for b in KeyTable.bindings { for k in b.keys { #expect(seen.insert(k).inserted, "\(k.label) bound twice") } }
        #expect(Set(KeyTable.bindings.map(\.command)) == Set(Command.allCases))
    }
}
