import Foundation
import Testing
import SitrepCore
import SitrepTUI

/// `y` copies the passage with its citation; `e` exports the events shown.
@Suite struct WorkflowTests {
    @Test func yCopiesThePassageWithItsCitation() {
        let s = fixtureState(120, 40, [.key(.char("y"))])
        guard case .copy(let text)? = s.effects.first else { Issue.record("no copy effect: \(s.effects)"); return }
        #expect(text.hasPrefix("“This follows a surprise attack on Friday"), "\(text)")
        #expect(text.contains("— Reuters, 30 Nov 2024, sitrep event ev-aleppo-entry"), "\(text)")
        #expect(s.message?.contains("OSC 52") == true)
        let next = fixtureState(120, 40, [.key(.char("y")), .key(.char("j"))])
        #expect(next.effects == [.copy(text)], "moving adds no effect (the backend takes them)")
    }

    @Test func theCitationFollowsTheOutletShownAndCarriesTheURL() {
        var a = Fixtures.analysis
        let i = a.documents.firstIndex { $0.id == Fixtures.ssb }!
        a.documents[i].frontMatter.url = "https://example.org/aleppo"
        var s = AppState(analysis: a, vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
        s.apply(.key(.char("]"))); s.apply(.key(.char("y")))
        guard case .copy(let text)? = s.effects.first else { Issue.record("no copy effect"); return }
        #expect(text.hasPrefix("“By Friday, the jihadist fighters"), "\(text)")
        #expect(text.contains("SSBCrack, 30 Nov 2024, https://example.org/aleppo, sitrep event ev-aleppo-entry"), "\(text)")
    }

    @Test func eExportsTheFilteredViewAsCSVOrJSON() throws {
        let s = fixtureState(120, 40, [.key(.char("p"))] + typing("Idlib") + [.key(.enter), .key(.char("e")), .key(.enter)])
        #expect(s.effects == [.export(path: "sitrep-view.csv", format: .csv)])
        let csv = String(decoding: try s.exportData(.csv), as: UTF8.self)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 1 + s.visibleEvents && s.visibleEvents < s.analysis.events.count, "\(lines.count) lines")
        #expect(lines.dropFirst().allSatisfy { $0.contains("Idlib") })
        let j = fixtureState(120, 40, [.key(.char("e")), .key(.ctrl("u"))] + typing("view.json") + [.key(.enter)])
        #expect(j.effects == [.export(path: "view.json", format: .json)])
        let json = try JSONSerialization.jsonObject(with: try j.exportData(.json)) as! [String: Any]
        #expect((json["events"] as! [Any]).count == 10)
        #expect((json["disagreements"] as! [Any]).count == 3)
    }

    @Test func theExportPromptOffersTheLastFileName() {
        let s = fixtureState(120, 40, [.key(.char("e")), .key(.ctrl("u"))] + typing("a.json") + [.key(.enter), .key(.char("e"))])
        #expect(s.prompt?.text == "a.json" && s.prompt?.cursor == 6)
    }
}

/// `u` opens the article's url through the backend.
@Suite struct OpenURLTests {
    @Test func uAsksToOpenTheURLOfTheArticleShown() {
        let none = fixtureState(120, 40, [.key(.char("u"))])
        #expect(none.effects.isEmpty && none.message?.contains("no http(s) url") == true, "\(none.message ?? "")")
        var a = Fixtures.analysis
        for i in a.documents.indices { a.documents[i].frontMatter.url = "https://example.org/\(a.documents[i].id)" }
        a.documents[0].frontMatter.url = "javascript:alert(1)"
        var s = AppState(analysis: a, vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
        s.apply(.key(.char("u")))
        #expect(s.effects == [.openURL("https://example.org/\(Fixtures.reuters)")], "the passage shown is Reuters'")
        let cnn = a.documents.firstIndex { $0.id == Fixtures.cnn }!
        #expect(cnn == 0)
        var c = AppState(analysis: a, vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
        c.apply(.key(.char("G"))); c.apply(.key(.char("u")))
        #expect(c.effects.isEmpty, "only http(s) addresses are opened: \(c.effects)")
    }
}
