import SitrepCore
import Testing
@testable import SitrepTUI

@Suite("v marks an event's verdict")
struct VerdictTests {
    @Test func vCyclesTheVerdictAsksToSaveItAndTheTimelineShowsTheMark() {
        let saved = SavedVerdicts()
        var s = fixtureState(120, 40)
        s.saveVerdict = { id, v in saved.add(id, v); return nil }
        let id = s.selectedEvent!.id
        var marks: [String?] = []
        for _ in 0..<4 {
            s.apply(.key(.char("v")))
            #expect(s.effects == [.saveVerdict(event: id, verdict: s.annotations[id]?.verdict)])
            s.effects = []
            marks.append(s.annotationMark(id))
        }
        #expect(marks == ["✓", "?", "✗", nil])
        s.apply(.key(.char("v")))
        let row = Renderer.render(s).lines.first { $0.contains("✓") }
        #expect(row != nil, "the confirmed event's row shows ✓")
    }

    @Test func withoutAnIndexVSaysWhy() {
        var s = fixtureState(120, 40)
        s.apply(.key(.char("v")))
        #expect(s.effects.isEmpty && s.message?.contains("beside the corpus index") == true)
    }
}

/// Verdicts a test's save closure received.
final class SavedVerdicts: @unchecked Sendable {
    // @unchecked: used from one test's thread only.
    var list: [(String, String?)] = []
    func add(_ id: String, _ v: String?) { list.append((id, v)) }
}

@Suite("m writes a note and # tags an event")
struct NoteAndTagTests {
    func type(_ text: String, into s: inout AppState) {
        for ch in text { s.apply(.key(.char(ch))) }
        s.apply(.key(.enter))
    }

    @Test func aNoteIsSavedShownAndEditable() {
        var s = fixtureState(120, 40)
        s.saveAnnotation = { _, _ in nil }
        let id = s.selectedEvent!.id
        s.apply(.key(.char("m")))
        #expect(s.prompt?.kind == .note && s.prompt?.text == "")
        type("second source needed", into: &s)
        let expected = EventAnnotation(verdict: nil, note: "second source needed", tags: [])
        #expect(s.effects == [.saveAnnotation(event: id, annotation: expected)])
        #expect(s.annotationMark(id) == "•")
        s.effects = []
        // Opening it again starts from the saved note; clearing it removes the mark.
        s.apply(.key(.char("m")))
        #expect(s.prompt?.text == "second source needed")
        s.apply(.key(.ctrl("u")))
        s.apply(.key(.enter))
        #expect(s.annotations[id] == nil && s.annotationMark(id) == nil)
    }

    @Test func tagsAreCommaSeparatedTrimmedAndKeptOnce() {
        var s = fixtureState(120, 40)
        s.saveAnnotation = { _, _ in nil }
        let id = s.selectedEvent!.id
        s.apply(.key(.char("v")))   // no verdict saver: the verdict stays unset
        s.apply(.key(.char("#")))
        type(" shelling ,  needs check, shelling,", into: &s)
        #expect(s.annotations[id]?.tags == ["shelling", "needs check"])
        #expect(s.effects.last == .saveAnnotation(event: id, annotation: EventAnnotation(verdict: nil, note: "", tags: ["shelling", "needs check"])))
    }

    @Test func withoutAnIndexMSaysWhy() {
        var s = fixtureState(120, 40)
        s.apply(.key(.char("m")))
        #expect(s.prompt == nil && s.message?.contains("beside the corpus index") == true)
    }
}
