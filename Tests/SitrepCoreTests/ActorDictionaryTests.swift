import Foundation
import Testing
@testable import SitrepCore

/// The repository's Data directory, found from this file's path.
let lexiconDataDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Data")

@Suite("ActorDictionary")
struct ActorDictionaryTests {
    static let real: ActorDictionary = try! ActorDictionary.load(file: lexiconDataDirectory.appendingPathComponent("actors.tsv"))

    func parse(_ text: String) throws -> ActorDictionary {
        try ActorDictionary.parse(Array(text.utf8), fileName: "actors.tsv")
    }

    func names(_ key: String) -> [String] { Self.real.entries(forKey: NameKey.normalize(key)).map(\.name) }

    @Test func realFileLoadsWithBroadCoverage() throws {
        let d = Self.real
        #expect(d.allEntries.count >= 400)
        #expect(d.allEntries.reduce(0) { $0 + d.aliases(of: $1.name).count } >= 4000)
        #expect(d.maxKeyTokens >= 6)
        for code in [1, 2, 3, 4, 5, 6, 7, 8, 0] { #expect(d.allEntries.contains { $0.inter == code }) }
    }

    @Test func regionalBodiesAreEachTheirOwn() {
        // A statement of the EU or of ECOWAS is not the African Union's.
        #expect(Self.real.entries(forExactAbbreviation: "EU").map(\.name) == ["European Union"])
        #expect(Self.real.entries(forExactAbbreviation: "ECOWAS").map(\.name) == ["ECOWAS: Economic Community of West African States"])
        #expect(Self.real.entries(forExactAbbreviation: "AU").map(\.name) == ["African Union"])
        #expect(Self.real.entries(forKey: NameKey.normalize("Arab League")).map(\.name) == ["Arab League"])
    }

    @Test func abbreviationsMatchCaseSensitively() {
        let d = Self.real
        #expect(d.entries(forExactAbbreviation: "HTS").map(\.name) == ["HTS: Hayat Tahrir al-Sham"])
        #expect(d.entries(forExactAbbreviation: "hts").isEmpty)
        #expect(d.entries(forExactAbbreviation: "IS").map(\.name) == ["Islamic State ({country})"])
        #expect(d.entries(forKey: "is").isEmpty)
        #expect(d.entries(forExactAbbreviation: "M23").map(\.name) == ["M23: March 23 Movement"])
        #expect(d.entries(forExactAbbreviation: "ISIS-K").map(\.name) == ["ISKP: Islamic State Khorasan Province"])
        #expect(d.entries(forKey: "who").isEmpty)
    }

    @Test func deliberatelySharedAbbreviationReturnsBoth() {
        let sna = Self.real.entries(forExactAbbreviation: "SNA")
        #expect(Set(sna.map(\.name)) == ["Syrian National Army", "Military Forces of Somalia"])
        #expect(ActorDictionary.preferred(sna, countryCode: "SO")?.name == "Military Forces of Somalia")
        #expect(ActorDictionary.preferred(sna, countryCode: "SY")?.name == "Syrian National Army")
    }

    @Test func descriptiveReferencesResolveToTemplates() throws {
        let e = try #require(Self.real.entries(forKey: "regime forces").first)
        #expect(e.name == "Military Forces of {country}" && e.isTemplate && e.inter == 1)
        #expect(e.resolved(countryName: "Syria") == "Military Forces of Syria")
        #expect(e.resolved(countryName: nil) == "Military Forces")
        #expect(names("residents") == ["Civilians ({country})"])
        #expect(Self.real.entry(named: "Civilians ({country})")?.resolved(countryName: nil) == "Civilians")
        #expect(names("gunmen") == ["Unidentified Armed Group ({country})"])
        #expect(names("government aircraft") == ["Air Force of {country}"])
    }

    @Test func anAliasWithAPossessiveInsideIsFoundAsTextReadsIt() throws {
        // Text's tokens key "People's" as "people" (the possessive apart), so the alias is found under that key too.
        let d = try parse("Hill People's Guard\t2\tXX\trebel_group\tValley Workers’s Front|Guard's\n")
        for key in ["hill peoples guard", "hill people guard", "valley workers front"] {
            #expect(d.entries(forKey: key).map(\.name) == ["Hill People's Guard"], "\(key)")
        }
        #expect(ActorDictionary.withoutInnerPossessives("Guard's") == nil)
        #expect(ActorDictionary.withoutInnerPossessives("X's Army") == nil)
        let said = Fixtures.mentions("The Korean People's Army fired shells at a fishing village on Tuesday, killing two fishermen.")
        #expect(said.first?.actors.first { $0.role == .actor1 }?.name == "Military Forces of North Korea", "\(said.map(\.actors))")
    }

    @Test func spellingVariantsReachTheSameActor() {
        for alias in ["Syrian Civil Defence", "Syrian Civil Defense", "White Helmets", "the White Helmets"] {
            #expect(names(alias) == ["Syrian Civil Defence"], "\(alias)")
        }
        #expect(Self.real.entries(forExactAbbreviation: "SOHR").map(\.name) == ["Syrian Observatory for Human Rights"])
        #expect(names("Syrian Observatory for Human Rights") == ["Syrian Observatory for Human Rights"])
        #expect(names("Hay’at Tahrir al-Sham") == ["HTS: Hayat Tahrir al-Sham"])
        #expect(names("Russian planes") == ["Air Force of Russia"])
        #expect(names("Israel Defense Forces") == ["Military Forces of Israel"])
        #expect(Self.real.entries(forExactAbbreviation: "IDF").map(\.name) == ["Military Forces of Israel"])
    }

    @Test func demonymsAndClaimSources() throws {
        #expect(names("Syrian army") == ["Military Forces of Syria"])
        #expect(names("Ukrainian Armed Forces") == ["Military Forces of Ukraine"])
        #expect(names("Tatmadaw") == ["Military Forces of Myanmar"])
        #expect(names("Russian Aerospace Forces") == ["Air Force of Russia"])
        let kremlin = try #require(Self.real.entries(forKey: "dmitry peskov").first)
        #expect(kremlin.name == "Kremlin" && kremlin.isClaimSource && !kremlin.isArmed)
        #expect(Self.real.aliases(of: "Kremlin").contains("Kremlin spokesperson"))
    }

    @Test func wrongColumnCountReportsLine() {
        #expect(throws: LexiconError(file: "actors.tsv", line: 2,
                                     message: "expected 5 tab-separated columns (name, inter, country, kind, aliases), found 4")) {
            try parse("# comment\nFoo\t1\tSY\tmilitia\n")
        }
    }

    @Test(arguments: [
        ("A\t9\tSY\tmilitia\ta", "inter '9'"),
        ("A\t1\tSYR\tmilitia\ta", "country 'SYR'"),
        ("A\t1\tSY\tgang\ta", "unknown kind 'gang'"),
        ("A\t1\tSY\tmilitia\ta||b", "empty alias"),
    ])
    func badFieldsReportLine(row: String, expected: String) {
        do { _ = try parse("X\t1\t\tgeneric\tx\n" + row + "\n"); Issue.record("no error for \(row)") } catch let e as LexiconError {
            #expect(e.line == 2 && e.message.contains(expected), "\(e)")
        } catch { Issue.record("\(error)") }
    }

    @Test func duplicateNameAndSharedAliasAreErrors() {
        #expect(throws: LexiconError.self) { try parse("A\t1\tSY\tmilitia\ta\nA\t1\tSY\tmilitia\tb\n") }
        do { _ = try parse("A\t1\tSY\tmilitia\tthe Foo\nB\t2\tSY\trebel_group\tthe foo\n"); Issue.record("no error") } catch let e as LexiconError {
            #expect(e.line == 2 && e.message.contains("already names 'A' (line 1)"))
        } catch { Issue.record("\(error)") }
    }

    @Test func sharingIsAllowedAcrossKindClassesOrWhenMarked() throws {
        let d = try parse("A\t1\tSY\tmilitia\tRSF\nB\t0\t\tmedia\tRSF\nC\t2\tSY\trebel_group\t?XY\nD\t1\tSO\tstate_forces\t?XY\n")
        #expect(d.entries(forExactAbbreviation: "RSF").map(\.name) == ["A", "B"])
        #expect(d.entries(forExactAbbreviation: "XY").map(\.name) == ["C", "D"])
        #expect(d.aliases(of: "C") == ["XY"])
        #expect(throws: LexiconError.self) { try parse("C\t2\tSY\trebel_group\t?XY\nD\t1\tSO\tstate_forces\tXY\n") }
    }
}

@Suite("Regional branches of movements")
struct AffiliateTests {
    @Test func aMovementsTemplateStandsForItsBranchWhereItHasOne() throws {
        var d = ActorDictionaryTests.real
        try d.parseAffiliates(Array("Al Qaeda ({country})\tML BF\tJNIM: Jama'at Nusrat al-Islam wal-Muslimin\n".utf8), fileName: "t.tsv")
        let t = try #require(d.entry(named: "Al Qaeda ({country})"))
        #expect(d.name(of: t, countryCode: "BF", countryName: "Burkina Faso") == "JNIM: Jama'at Nusrat al-Islam wal-Muslimin")
        #expect(d.name(of: t, countryCode: "IQ", countryName: "Iraq") == "Al Qaeda (Iraq)")
    }

    @Test func anUnknownBranchOrCountryIsALoadError() {
        var d = ActorDictionaryTests.real
        #expect(throws: LexiconError.self) { try d.parseAffiliates(Array("Al Qaeda ({country})\tBF\tNo Such Front\n".utf8), fileName: "t.tsv") }
        #expect(throws: LexiconError.self) { try d.parseAffiliates(Array("Al Qaeda ({country})\tBurkina\tAl Shabaab\n".utf8), fileName: "t.tsv") }
    }

    @Test func anArticlesGenericMovementTakesTheBranchOfItsCountry() {
        let ms = Fixtures.mentions("Al-Qaeda-linked militants killed 14 villagers near Djibo in northern Burkina Faso on Sunday.",
                                   published: "2024-06-03")
        #expect(ms.first?.actors.first { $0.role == .actor1 }?.name.hasPrefix("JNIM") == true, "\(ms.map(\.actors))")
    }
}
