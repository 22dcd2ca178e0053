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
