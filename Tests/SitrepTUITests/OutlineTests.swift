import SitrepCore
import Testing
@testable import SitrepTUI

@Suite("The first frame from events' outlines, their mentions read meanwhile")
struct OutlineTests {
    /// The fixture's analysis with outlines for events and the whole ones pending; `fail` makes reading them throw.
    static func outlined(fail: Bool = false) -> Analysis {
        var a = Fixtures.analysis
        let whole = a.events
        struct Unreadable: Error {}
        let disagreements = a.disagreements
        a.events = whole.map { $0.outline() }; a.disagreements = []
        a.pendingEvents = DeferredEvents(disputed: Set(disagreements.compactMap(\.event) + disagreements.compactMap(\.relatedEvent)),
                                         one: { i in
                                             if fail { throw Unreadable() }
                                             return (whole[i], disagreements.filter { $0.event == whole[i].id || $0.relatedEvent == whole[i].id })
                                         },
                                         all: { if fail { throw Unreadable() }; return (whole, disagreements) })
        return a
    }

    @Test func anOutlineKnowsItsSourcesButHasNoMentions() {
        for e in Fixtures.analysis.events {
            let o = e.outline()
            #expect(o.isOutline && o.mentions.isEmpty && o.sourceDocs == e.sourceDocs)
            #expect(o.completed(with: e.mentions) == e)
        }
    }

    @Test func theFirstFrameIsTheSameAsFromWholeEvents() throws {
        let size = Size(width: 120, height: 40)
        let whole = AppState(analysis: Fixtures.analysis, vocabulary: Fixtures.vocabulary, size: size)
        var early = AppState(analysis: Self.outlined(), vocabulary: Fixtures.vocabulary, size: size)
        #expect(early.rows == whole.rows && early.selectedRow == whole.selectedRow)
        #expect(early.index.disputed == whole.index.disputed, "events with disagreements are marked before they are read")
        try early.fillSelectedEvent()
        #expect(early.selectedEvent == whole.selectedEvent)
        let others = early.analysis.events.indices.filter { $0 != early.selectedEventIndex }
        #expect(others.allSatisfy { early.analysis.events[$0].isOutline }, "only the selected event is read at once")
        #expect(Renderer.render(early).lines == Renderer.render(whole).lines, "the source pane shows the selected event's passage")
        try early.completeEvents()
        #expect(early.analysis.events == whole.analysis.events && early.analysis.pendingEvents == nil)
        #expect(early.analysis.disagreements == whole.analysis.disagreements)
        #expect(early.rows == whole.rows)
    }

    @Test func aSourceFilterReadsTheOutlinesDocuments() {
        var f = EventFilter()
        f.sources = [Fixtures.cnn]
        let outlines = Self.outlined().events
        #expect(zip(outlines, Fixtures.analysis.events).allSatisfy { f.matches($0, outlets: [:]) == f.matches($1, outlets: [:]) })
        #expect(outlines.contains { f.matches($0, outlets: [:]) } && outlines.contains { !f.matches($0, outlets: [:]) })
    }

    @Test func eventsThatCannotBeReadAreAnErrorNotEmptyEvents() {
        var s = AppState(analysis: Self.outlined(fail: true), vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
        #expect(throws: (any Error).self) { try s.fillSelectedEvent() }
        #expect(throws: (any Error).self) { try s.completeEvents() }
        #expect(s.analysis.pendingEvents != nil)
    }
}
