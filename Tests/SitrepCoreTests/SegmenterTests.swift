import Testing
@testable import SitrepCore

@Suite("Tokenizer, segmenter and boilerplate")
struct SegmenterTests {
    @Test func nbspCurlyQuotesAndDashesKeepOffsets() {
        let s = "warplanes\u{A0}launched strikes – on Aleppo’s airport, “they said.”"
        let toks = Fixtures.tokens(s)
        let bytes = Array(s.utf8)
        for t in toks where t.isWord { #expect(String(decoding: bytes[t.start..<t.end], as: UTF8.self) == t.raw) }
        #expect(toks.map(\.key).contains("launched"))
        #expect(toks.first { $0.raw.hasPrefix("Aleppo") }?.key == "aleppo")
        #expect(toks.first { $0.raw.hasPrefix("Aleppo") }?.isPossessive == true)
        #expect(toks.contains { $0.key == "--" })
    }

    @Test func transliterationsTokenizeAlike() {
        #expect(Fixtures.tokens("Ma'arrat al-Nu'man").filter(\.isWord).map(\.key) == ["maarrat", "al", "numan"])
        #expect(NameKey.skeleton(ofKey: "maraat al numan") == NameKey.skeleton(ofKey: "maarrat an numan"))
    }

    @Test func sentencesRespectInitialsAndQuotes() {
        let text = "The U.N. envoy Geir O. Pedersen spoke. “We are capable,” he said. Rebels entered Aleppo."
        let toks = Fixtures.tokens(text)
        let block = Segmenter.blocks(Array(text.utf8), from: 0, tokens: toks)[0]
        let sents = Segmenter.sentences(of: block, index: 0, tokens: toks)
        #expect(sents.count == 3)
    }

    @Test func boilerplateTailTeasersBiosAndForms() {
        let body = """
        Rebels stormed the city on Saturday, and fighting spread to the suburbs, residents said.

        You May Also Like

        Protesters and police clashed in the streets of Valencia in eastern Spain on Saturday, as tens of thousands...

        """
        let doc = Fixtures.document(body)
        let layout = TextLayout(document: doc, lexicon: Fixtures.lexicon)
        #expect(layout.roles == [.prose, .boilerplate, .boilerplate])
        let bio = Fixtures.document("Si Venus L Peñaflor ay naging editor-in-chief ng Newsworld, isang lokal na pahayagan ng Laguna.\n\nPlease enter your comment!\n")
        let l2 = TextLayout(document: bio, lexicon: Fixtures.lexicon)
        #expect(l2.roles.allSatisfy { $0 == .boilerplate })
    }
}

@Suite("Boilerplate seen in web copies")
struct WebBoilerplateTests {
    func roles(_ body: String) -> [BlockRole] {
        TextLayout(document: Fixtures.document(body), lexicon: Fixtures.lexicon).roles
    }

    @Test func inlineLinksCaptionsCreditsAndEmbeds() {
        let body = """
        Russian drones struck an apartment block in Odesa on Tuesday, killing three people, the governor said.
        RELATED: Russian missile strike on Kharkiv kills seven, officials say.
        Smoke rises after a strike on Odesa on Tuesday. (AP Photo/Michael Shtekel)
        Shelling killed two in Kherson on Monday — Ukraine News (@uanews) pic.twitter.com/abc123
        Reporting by Olena Harmash; Editing by Peter Graff.
        """
        #expect(roles(body) == [.prose, .boilerplate, .boilerplate, .boilerplate, .boilerplate])
    }

    @Test func anEmbedRunOntoProseLeavesTheProse() {
        // A tweet flattened onto the end of a paragraph of two sentences: the paragraph stays prose.
        let body = "Rioters set fire to the depot in Siteki on Tuesday night, police said. The depot belongs to a company the governor partly owns. Fire at the depot tonight pic.twitter.com/AbC123 — Local News (@localnews) June 30, 2021\n\nA lone embed: pic.twitter.com/XyZ987 — Local News (@localnews) June 30, 2021"
        #expect(roles(body) == [.prose, .boilerplate])
    }

    @Test func aCreditRunIntoTheLeadParagraphLeavesItProseButAnAgencyCaptionStaysOut() {
        let body = """
        At least nine people were killed in a fresh attack on a village in the hills on Monday, the worst in months. NP Image

        Police fire tear gas at protesters in Karachi, Pakistan, July 17, 2024. REUTERS/Jane Doe
        """
        #expect(roles(body) == [.prose, .heading])
    }

    @Test func shortProseWithoutFunctionWordsIsNoForeignLine() {
        // Not one "the", "of", "in" …: English still, by its words of harm, people and time.
        #expect(roles("Two days ago, rebels killed two farmers near Kidal.") == [.prose])
        #expect(roles("Last week, gunmen abducted seven traders near Sokoto.") == [.prose])
        // A line in another language stays boilerplate.
        #expect(roles("Des hommes armés ont attaqué hier soir plusieurs villages voisins, selon des sources locales.") == [.boilerplate])
    }
}

@Suite("Boilerplate cues never swallow prose")
struct BoilerplateCueSafetyTests {
    @Test func noSingleWordContainsCue() {
        let words = Fixtures.cues[.boilerplateContains]
        for w in ["reuters", "more", "newsletter", "photo", "watch", "related", "copyright", "video"] {
            #expect(!words.contains(w), "'\(w)' alone would make any paragraph containing it boilerplate")
        }
    }

    @Test func reportingThatNamesAgenciesIsProse() {
        let body = "A Syrian army officer told Reuters on Saturday that troops had withdrawn from more positions near Hama, and a photo showed damage."
        let layout = TextLayout(document: Fixtures.document(body), lexicon: Fixtures.lexicon)
        #expect(layout.roles == [.prose])
    }
}

@Suite("Safe one-line text")
struct SanitizeTests {
    @Test func oneLineCollapsesSpacesAndCutsAtTheLimit() {
        #expect(Sanitize.oneLine("  the   army  said ") == "the army said")
        #expect(Sanitize.oneLine("abcdefgh", limit: 5) == "abcd…")
        #expect(Sanitize.oneLine("abcde", limit: 5) == "abcde")
    }

    @Test func nonASCIIAndControlsTakeTheGeneralPath() {
        #expect(Sanitize.oneLine("Ma’arrat\u{A0}\u{A0}al-Nu’man\tsaid") == "Ma’arrat al-Nu’man said")
        #expect(Sanitize.oneLine("red\u{1B}[31m alert") == "red\u{FFFD}[31m alert")
        #expect(Sanitize.oneLine("line one\nline two") == "line one line two")
        #expect(Sanitize.printableASCIIOneLine("a\nb", limit: 10) == nil)
        #expect(Sanitize.printableASCIIOneLine("über", limit: 10) == nil)
    }
}
