import Testing
import SitrepCore
import SitrepTUI

/// Prompts edit like a shell's line: cursor keys, Ctrl-A/E/W/K/U, history, and Enter on a single completion.
@Suite struct PromptEditingTests {
    func prompt(_ actions: [Action]) -> Prompt? { fixtureState(120, 40, actions).prompt }

    @Test func searchDoesNotPrefillTheLastQuery() {
        let s = fixtureState(120, 40, [.key(.char("/"))] + typing("Aleppo") + [.key(.enter), .key(.char("/"))] + typing("x"))
        #expect(s.prompt?.text == "x")
    }

    @Test func leftRightHomeEndMoveTheCursorAndTypingInserts() {
        let p = prompt([.key(.char("/"))] + typing("Alepo") + [.key(.left), .key(.char("p")), .key(.home), .key(.char(">")),
                                                              .key(.end), .key(.char("<"))])
        #expect(p?.text == ">Aleppo<")
        let q = prompt([.key(.char("/"))] + typing("bc") + [.key(.ctrl("a")), .key(.char("a")), .key(.ctrl("e")), .key(.char("d")),
                                                           .key(.right), .key(.char("e"))])
        #expect(q?.text == "abcde")
    }

    @Test func ctrlWDeletesAWordAndCtrlKToTheEnd() {
        #expect(prompt([.key(.char("/"))] + typing("rebels entered Aleppo") + [.key(.ctrl("w"))])?.text == "rebels entered ")
        let p = prompt([.key(.char("/"))] + typing("rebels entered Aleppo") + [.key(.home), .key(.right), .key(.ctrl("k"))])
        #expect(p?.text == "r")
        #expect(p?.cursor == 1)
        let u = prompt([.key(.char("/"))] + typing("abc") + [.key(.left), .key(.ctrl("u"))])
        #expect(u?.text == "c" && u?.cursor == 0)
        let d = prompt([.key(.char("/"))] + typing("abc") + [.key(.home), .key(.delete), .key(.backspace)])
        #expect(d?.text == "bc" && d?.cursor == 0, "Backspace at the start deletes nothing")
    }

    @Test func upAndDownRecallEarlierSearches() {
        var s = fixtureState(120, 40, [.key(.char("/"))] + typing("Aleppo") + [.key(.enter)]
                             + [.key(.char("/"))] + typing("Idlib") + [.key(.enter), .key(.char("/"))])
        s.apply(.key(.up))
        #expect(s.prompt?.text == "Idlib")
        s.apply(.key(.up))
        #expect(s.prompt?.text == "Aleppo")
        s.apply(.key(.up))
        #expect(s.prompt?.text == "Aleppo", "stops at the oldest")
        s.apply(.key(.down))
        #expect(s.prompt?.text == "Idlib")
        s.apply(.key(.down))
        #expect(s.prompt?.text == "", "past the newest: empty again")
        s.apply(.key(.up)); s.apply(.key(.char("!")))
        #expect(s.prompt?.text == "Idlib!" && s.prompt?.cursor == 6)
    }

    @Test func enterWithOneCompletionAcceptsIt() {
        let s = fixtureState(120, 40, [.key(.char("t"))] + typing("remote") + [.key(.enter)])
        #expect(s.prompt == nil, "\(s.message ?? "")")
        #expect(s.filter.types == [.explosions])
        let highlighted = fixtureState(120, 40, [.key(.char("t"))] + typing("expl") + [.key(.tab), .key(.enter)])
        #expect(highlighted.filter.types == [.explosions])
        let place = fixtureState(120, 40, [.key(.char("p"))] + typing("Sara") + [.key(.enter)])
        #expect(place.filter.places.map(\.name) == ["Saraqib"])
    }

    @Test func theCursorIsDrawnWhereTypingGoes() {
        let s = fixtureState(80, 24, [.key(.char("/"))] + typing("Aleppo") + [.key(.home)])
        let b = Renderer.render(s)
        let y = 23
        let x = (0..<80).first { b[$0, y].text == "A" }!
        #expect(b[x, y].style.reverse, "the cell under the cursor is reversed")
        #expect(!b[x + 1, y].style.reverse)
    }
}
