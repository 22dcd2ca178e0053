import Foundation
import Testing
@testable import SitrepCore

@Suite("Inline token texts and the word index")
struct WordKeyTests {
    /// Tokens stay packed (fields widest first): a document's tokens are the pipeline's largest array.
    @Test func tokensArePackedAndTriviallyCopyable() {
        #expect(MemoryLayout<Token>.stride <= 104)
        #expect(_isPOD(Token.self))
    }

    @Test func shortAndLongTextsRoundTripAndCompareByText() {
        let short = WordKey("aleppo"), empty = WordKey("")
        let long = String(repeating: "x", count: 23), longer = String(repeating: "ü", count: 30)
        #expect(short.string == "aleppo" && short == "aleppo" && short != "alepp")
        #expect(empty.isEmpty && empty.string.isEmpty && !short.isEmpty)
        #expect(WordKey(long).string == long)                       // exactly the inline capacity
        #expect(WordKey(longer).string == longer)                   // interned
        #expect(WordKey(longer) == WordKey(String(repeating: "ü", count: 30)))
        #expect(WordKey(longer) != WordKey(String(repeating: "ü", count: 29) + "u"))
        #expect(Set([WordKey("a"), WordKey("a"), WordKey(longer), WordKey(longer)]).count == 2)
    }

    @Test func tokensKeepTheirKeyAndRawText() {
        let t = Fixtures.tokens("Ma’arrat al-Nu’man’s 300,000 Internationally-recognised")
        #expect(t.map(\.key) == ["maarrat", "al", "-", "numan", "300000", "internationally", "-", "recognised"])
        #expect(t[3].raw == "Nu’man’s" && t[3].isPossessive)
        #expect(t[4].raw == "300,000" && t[4].number == 300_000)
    }

    @Test func builtKeysEqualKeysFromBytesAndHashAlike() {
        for n in 0...23 {
            let text = String((0..<n).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })
            var b = WordKey.Builder()
            let fits = text.utf8.map { b.append($0) }
            #expect(fits.allSatisfy { $0 })
            #expect(b.key == WordKey(text) && b.key.string == text)
            #expect(b.hash == NameKey.hash(text), "length \(n)")
        }
        var full = WordKey.Builder()
        for _ in 0..<23 { _ = full.append(120) }
        let fitsTwentyFourth = full.append(120)
        #expect(!fitsTwentyFourth)                                   // a 24th byte does not fit inline
        var dropped = WordKey.Builder()
        for byte in "assads".utf8 { _ = dropped.append(byte) }
        dropped.removeLast()
        #expect(dropped.key == "assad" && dropped.hash == NameKey.hash("assad"))
    }

    @Test func asciiFastPathAgreesWithTheGeneralTokenizer() {
        let text = "Assad's ASSAD'S al-Qaeda O'Brien rock'n'roll isn't IS, M23 23rd 1,200 3.5 x' Ukraine’s Qu’ran "
            + String(repeating: "Z", count: 30) + " " + String(repeating: "Ab", count: 11) + "c "
            + String(repeating: "x", count: 24) + " HELLO World q"
        let fast = Tokenizer.tokenize(Array(text.utf8))
        let bytes = Array(text.utf8)
        var general: [Token] = []
        bytes.withUnsafeBufferPointer { b in
            for t in fast where t.kind != .punct { general.append(Tokenizer.word(b, t.start, b.count, spaceBefore: t.spaceBefore)) }
        }
        let words = fast.filter { $0.kind != .punct }
        #expect(words.count == general.count)
        for (a, b) in zip(words, general) {
            #expect(a == b, "\(a.raw): fast \(a.key) \(a.end), general \(b.key) \(b.end)")
        }
        #expect(words[0].key == "assad" && words[0].isPossessive && words[0].raw == "Assad's")
        #expect(words[1].isAllCaps && words[1].isPossessive)
        #expect(words.map(\.key).contains("obrien") && words.map(\.key).contains("rocknroll"))
    }

    @Test func annotationSetsTheWordFlagsOfEveryLexicon() {
        let t = Fixtures.tokens("Syrian army jets struck on Saturday yesterday near nowhereville")
        #expect(t[0].flags.contains(.demonym))
        #expect(t[1].flags.contains(.startsActor))
        #expect(t[3].flags.contains(.startsTrigger))
        #expect(t[5].flags.contains(.calendarWord) && t[6].flags.contains(.temporalStarter))
        #expect(t[8].flags.isEmpty && t[8].cues == .none)
        #expect(Tokenizer.tokenize(Array("Syrian".utf8))[0].flags.isEmpty)   // nothing until annotated
        #expect(t[0].keyHash == NameKey.hash("syrian"))
        let u = Fixtures.tokens("the rebels of the Free Syrian Army thanked God amid heavy casualties")
        #expect(u[0].flags.contains(.english) && !u[1].flags.contains(.english))
        #expect(u[1].flags.contains(.actorKey) && u[4].flags.contains(.actorPrefix) && !u[4].flags.contains(.actorKey))
        #expect(u[8].flags.contains(.notAPlace))
        #expect(u[10].flags.contains(.startsClaim) && !u[11].flags.contains(.startsClaim))
    }
}

@Suite("Orders of the model's enums")
struct ModelOrderTests {
    @Test func ranksFollowDeclarationOrder() {
        #expect(PlaceKind.allCases.map(\.rank) == Array(0..<PlaceKind.allCases.count))
        #expect(DatePrecision.allCases.map(\.rank) == Array(0..<DatePrecision.allCases.count))
        #expect(EventType.allCases.sorted() == EventType.allCases)
        #expect(EventType.allCases.map(\.order) == Array(0..<EventType.allCases.count))
    }
}

@Suite("Token index sets")
struct TokenSetTests {
    @Test func membershipUnionAndEquality() {
        var a: TokenSet = [0, 63, 64, 1000]
        #expect(a.contains(0) && a.contains(63) && a.contains(64) && a.contains(1000))
        #expect(!a.contains(1) && !a.contains(65) && !a.contains(999) && !a.contains(5000) && !a.contains(-1))
        let b = TokenSet([2, 3])
        a.formUnion(b)
        #expect(a.contains(2) && a.contains(3) && a.contains(1000))
        #expect(TokenSet().isEmpty && !b.isEmpty)
        var grown = TokenSet([5]); grown.insert(700)
        #expect(TokenSet([5]) != grown && TokenSet([5, 700]) == grown)
    }
}

@Suite("Tables probed by a precomputed hash")
struct HashedTablesTests {
    @Test func wordKeyHashIsTheTokenizersKeyHash() {
        let long = String(repeating: "y", count: 40)
        for text in ["", "a", "aleppo", "twelveletter", String(repeating: "q", count: 23), long] {
            #expect(WordKey(text).keyHash == NameKey.hash(text))
        }
        let t = Fixtures.tokens("Kharkiv oblast")
        #expect(t.allSatisfy { $0.word.keyHash == $0.keyHash })
    }

    @Test func wordTableStoresGrowsOverwritesAndRemoves() {
        var table = WordTable<Int>()
        #expect(table["x"] == nil && table.count == 0)
        func word(_ n: Int) -> WordKey { WordKey("w" + String(n)) }
        for n in 0..<100 { table[word(n)] = n }
        let found: [Int?] = (0..<100).map { table[word($0)] }
        #expect(table.count == 100 && found == (0..<100).map { Optional($0) })
        table["w5"] = 500
        table["w7"] = nil
        table["w8", default: 0] += 1
        #expect(table["w5"] == 500 && table["w7"] == nil && table["w8"] == 9 && table.count == 99)
        let kept: [Bool] = (0..<100).map { table[word($0)] != nil }
        #expect(kept.enumerated().allSatisfy { $0.element == ($0.offset != 7) })
        #expect(Array(table).count == 99)
    }

    @Test func hashedTableFindsEveryKeyAndNothingElse() {
        let pairs = (0..<50).map { (key: UInt64($0) &* 0x9e37_79b9_7f4a_7c15, value: $0) }
        let table = HashedTable(pairs)
        #expect(pairs.allSatisfy { table[$0.key] == $0.value })
        #expect(!table.contains(12345) && !HashedTable<Int>().contains(0))
    }

    @Test func aCapitalAfterTheFirstLetterIsFoundInEveryInlineWord() {
        for (text, expected) in [("LeT", true), ("Let", false), ("let", false), ("PressTV", true), ("Police", false), ("A", false),
                                 ("abcdefghijklmnopqrstuvW", true), ("abcdefghijklmnoPqrs", true), ("Zabcdefg", false),
                                 ("Mañana", false), ("ÉtatÉ", false), ("a[b`c@d", false), ("averyveryverylongwordthatisinternedX", true)] {
            #expect(WordKey(text).hasCapitalAfterFirst == expected, "\(text)")
        }
    }
}
