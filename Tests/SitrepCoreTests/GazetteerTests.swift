import Foundation
import TestScratch
import Testing
@testable import SitrepCore

/// The real data in Data/gazetteer, loaded once.
private enum RealGazetteer {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/gazetteer")
    static let loaded: Gazetteer? = try? Gazetteer.load(directory: directory)
}

@Suite struct GazetteerDataTests {
    let g: Gazetteer
    init() throws { g = try #require(RealGazetteer.loaded) }

    @Test func aleppoCityFirstAndGovernorateExists() throws {
        let hits = g.places(forKey: "aleppo")
        let first = try #require(hits.first)
        #expect(first.name == "Aleppo" && first.kind == .city && first.countryCode == "SY")
        #expect(first.admin1 != nil && first.country == "Syria")
        let admin = try #require(hits.first { $0.kind == .admin1 && $0.countryCode == "SY" })
        #expect(g.admin1(of: first) == admin)
        #expect(g.place(key: admin.key) == admin)
    }

    @Test func designatorVariants() throws {
        let idlib = try #require(g.places(forKey: "idlib governorate").first)
        #expect(idlib.kind == .admin1 && idlib.countryCode == "SY")
        #expect(g.places(forKey: "idlib").contains(idlib))
        #expect(g.places(forKey: "kharkiv oblast").first?.countryCode == "UA")
    }

    @Test func transliterationVariants() throws {
        for key in ["maarat al numan", "maarrat al numan", "maarrat an numan"] {
            let exact = g.places(forKey: key).filter { $0.countryCode == "SY" }
            let fuzzy = g.places(forSkeleton: NameKey.skeleton(ofKey: key)).filter { $0.countryCode == "SY" }
            let hit = try #require((exact + fuzzy).first, "\(key)")
            #expect(hit.name.hasPrefix("Ma") && hit.kind.isLocal, "\(key) -> \(hit.name)")
        }
        #expect(g.places(forSkeleton: NameKey.skeleton(ofKey: "maraat al numan")).contains { $0.countryCode == "SY" })
    }

    @Test(arguments: [("kharkiv", "UA"), ("khartoum", "SD"), ("goma", "CD"), ("gaza", "PS"), ("khan younis", "PS"),
                      ("rafah", "PS"), ("mariupol", "UA"), ("el fasher", "SD"), ("al fashir", "SD"),
                      ("timbuktu", "ML"), ("mogadishu", "SO"), ("mekelle", "ET"), ("sittwe", "MM"),
                      ("kandahar", "AF"), ("valencia", "ES"), ("jabalia refugee camp", "PS"),
                      ("zaporizhzhia nuclear power plant", "UA"), ("aleppo international airport", "SY")])
    func knownPlaces(key: String, country: String) {
        #expect(g.places(forKey: key).contains { $0.countryCode == country && $0.kind != .country },
                "\(key) in \(country)")
    }

    @Test func countriesAndDemonyms() throws {
        #expect(g.places(forKey: "syria").first?.key == "C:SY")
        #expect(g.country(code: "SY")?.name == "Syria")
        #expect(g.country(forDemonym: "ukrainian")?.countryCode == "UA")
        #expect(g.country(forDemonym: "congolese") != nil)
        let countries = (0..<g.tables[0].count).map { g.place(table: 0, row: $0) }
        #expect(countries.count >= 240)
        #expect(Set(countries.map(\.countryCode)).count == countries.count)
        #expect(g.places(forKey: "dr congo").first?.countryCode == "CD")
    }

    @Test func adminNamesAsPeopleWriteThem() throws {
        for (key, cc) in [("north kivu", "CD"), ("north darfur", "SD"), ("rural damascus", "SY"), ("damascus governorate", "SY"),
                          ("gaza strip", "PS"), ("sagaing region", "MM")] {
            #expect(g.places(forKey: key).first { $0.kind == .admin1 }?.countryCode == cc, "\(key)")
        }
        let damascus = try #require(g.places(forKey: "damascus").first { $0.countryCode == "SY" && $0.kind == .city })
        #expect(g.admin1(of: damascus)?.name == "Damascus", "a city is filed under its real division")
        #expect(g.places(forKey: "rural damascus").first?.key != g.admin1(of: damascus)?.key)
    }

    @Test func wordsAndNamesThatArePlacesAreListed() {
        #expect(g.ambiguity(of: "area") == .word && g.ambiguity(of: "taylor") == .name)
        #expect(g.ambiguity(of: "aleppo") == nil && g.ambiguity(of: "kharkiv") == nil && g.ambiguity(of: "syria") == nil)
    }

    @Test func notPlacesAndLimits() {
        #expect(g.isNotAPlace("god"))
        #expect(!g.isNotAPlace("aleppo"))
        #expect(g.maxKeyTokens >= 3 && g.maxKeyTokens <= 6)
        #expect(g.placeCount > 100_000)
        #expect(g.places(forKey: "no such place anywhere").isEmpty)
    }

    /// Swift and Python normalisation agree: the first key of a row is `NameKey.normalize(name)`.
    @Test func firstKeyIsNormalisedName() throws {
        let t = g.tables[2]
        let step = max(1, t.count / 2000)
        var mismatches: [String] = []
        for row in stride(from: 0, to: t.count, by: step) {
            let keys = t.string(row, 8).split(separator: "|").map(String.init)
            if keys.first != NameKey.normalize(t.string(row, 1)) { mismatches.append(t.string(row, 1)) }
            for key in keys where !key.isEmpty && key.count >= 7 {
                let skel = NameKey.skeleton(ofKey: key)
                if skel.count >= 4 && !t.string(row, 9).split(separator: "|").contains(Substring(skel)) {
                    mismatches.append("skeleton of \(key)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// Comparing a name's key with word keys in place agrees with `normalize`, for ASCII and other names.
    @Test func nameKeyComparisonAgreesWithNormalize() {
        let t = g.tables[2]
        var checked = 0
        for row in stride(from: 0, to: t.count, by: max(1, t.count / 3000)) {
            let name = t.string(row, 1)
            let words = NameKey.normalize(name).split(separator: " ").map { WordKey(String($0)) }
            guard !words.isEmpty else { continue }
            #expect(NameKey.normalized(name, equalsKeys: words), "\(name)")
            #expect(!NameKey.normalized(name, equalsKeys: words + [WordKey("x")]), "\(name) + x")
            #expect(!NameKey.normalized(name, equalsKeys: Array(words.dropLast())), "\(name) minus its last word")
            checked += 1
        }
        #expect(checked > 1000)
        let keys = ["maarrat", "al", "numan"].map { WordKey($0) }
        #expect(NameKey.normalized("Ma'arrat al-Nu'man", equalsKeys: keys) && NameKey.normalized("Ma’arrat al-Nu’man", equalsKeys: keys))
        #expect(NameKey.normalized("Kraków", equalsKeys: [WordKey("krakow")]) && !NameKey.normalized("Kraków", equalsKeys: [WordKey("krako")]))
    }
}

@Suite struct GazetteerValidationTests {
    static let countries = "# cc\tname\tlat\tlon\tpopulation\tkeys\tdemonyms\tcapital\nSY\tSyria\t35\t38\t100\tsyria\tsyrian\tP:1\n"
    static let admin1 = "# code\tname\tcc\tlat\tlon\tpopulation\tkeys\tskeletons\nSY.09\tAleppo\tSY\t36.2\t37.1\t50\taleppo\t\n"
    static let places = "# key\tname\tkind\tcc\tadmin1_code\tlat\tlon\tpopulation\tkeys\tskeletons\n"
        + "P:1\tAleppo\tcity\tSY\tSY.09\t36.20124\t37.16117\t2098210\taleppo|halab\t\n"
        + "P:2\tMa'arrat an Nu'man\ttown\tSY\t\t35.64\t36.67\t0\tmaarrat an numan\tmrtnmn\n"

    /// Writes the three files (with one replaced) into a fresh directory and loads them.
    func load(_ file: String = "", _ text: String = "") throws -> Gazetteer {
        let dir = TestScratch.directory.appendingPathComponent("gaz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = ["countries.tsv": Self.countries, "admin1.tsv": Self.admin1, "places.tsv": Self.places,
                     "not-places.txt": "# words\ngod\n", "ambiguous.txt": "# key\tclass\naleppo\tname\n"]
        for (name, body) in files {
            try (name == file ? text : body).write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try Gazetteer.load(directory: dir)
    }

    func expectError(_ file: String, _ text: String, line: Int, _ fragment: String) {
        do {
            _ = try load(file, text)
            Issue.record("no error for \(fragment)")
        } catch let e as LexiconError {
            #expect(e.file.hasSuffix(file) && e.line == line && e.message.contains(fragment), "\(e)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func smallFilesLoad() throws {
        let g = try load()
        #expect(g.placeCount == 4)
        #expect(g.places(forKey: "aleppo").map(\.key) == ["P:1", "A:SY.09"])
        #expect(g.places(forKey: "halab").first?.admin1 == "Aleppo")
        #expect(g.places(forSkeleton: "mrtnmn").first?.key == "P:2")
        #expect(g.place(key: "P:2")?.admin1 == nil)
        #expect(g.isNotAPlace("god"))
        #expect(g.capital(forDemonym: WordKey("syrian"))?.key == "P:1")
        #expect(g.capital(forDemonym: WordKey("iraqi")) == nil)
    }

    @Test func ambiguousKeysAreValidated() throws {
        #expect(try load().ambiguity(of: "aleppo") == .name)
        expectError("ambiguous.txt", "# key\tclass\narea\tword\nbad\tnoun\n", line: 3, "unknown class 'noun'")
        expectError("ambiguous.txt", "area\tword\narea\tname\n", line: 2, "duplicate key 'area'")
        expectError("ambiguous.txt", "Area\tword\n", line: 1, "not normalised")
        expectError("ambiguous.txt", "area\n", line: 1, "expected 'key<TAB>class'")
    }

    @Test func wrongColumnCount() {
        expectError("places.tsv", Self.places + "P:3\tX\ttown\tSY\n", line: 4, "expected 10 tab-separated columns, found 4")
        expectError("countries.tsv", Self.countries + "\nIQ\tIraq\t33\t44\t1\tiraq\n", line: 4, "found 6")
        expectError("countries.tsv", Self.countries + "IQ\tIraq\t33\t44\t1\tiraq\tiraqi\tP:9\n", line: 3, "unknown capital 'P:9'")
    }

    @Test func duplicateKey() {
        expectError("places.tsv", Self.places + "P:1\tAgain\ttown\tSY\t\t1\t1\t0\tagain\t\n", line: 4, "duplicate key 'P:1'")
        expectError("admin1.tsv", Self.admin1 + "SY.09\tX\tSY\t1\t1\t0\tx\t\n", line: 3, "duplicate admin1 code")
        expectError("countries.tsv", Self.countries + "SY\tX\t1\t1\t0\tx\t\t\n", line: 3, "duplicate country code")
    }

    @Test func badCoordinates() {
        expectError("places.tsv", Self.places + "P:3\tX\ttown\tSY\t\t91\t1\t0\tx\t\n", line: 4, "bad coordinates")
        expectError("places.tsv", Self.places + "P:3\tX\ttown\tSY\t\t1\t-180.5\t0\tx\t\n", line: 4, "bad coordinates")
        expectError("admin1.tsv", Self.admin1 + "SY.10\tX\tSY\tabc\t1\t0\tx\t\n", line: 3, "bad coordinates 'abc'")
        expectError("places.tsv", Self.places + "P:3\tX\ttown\tSY\t\t1\t\t0\tx\t\n", line: 4, "bad coordinates")
    }

    @Test func unknownKindCountryAdmin1() {
        expectError("places.tsv", Self.places + "P:3\tX\tvillage\tSY\t\t1\t1\t0\tx\t\n", line: 4, "unknown kind 'village'")
        expectError("places.tsv", Self.places + "P:3\tX\ttown\tZZ\t\t1\t1\t0\tx\t\n", line: 4, "unknown country code 'ZZ'")
        expectError("places.tsv", Self.places + "P:3\tX\ttown\tSY\tSY.99\t1\t1\t0\tx\t\n", line: 4, "unknown admin1 code 'SY.99'")
        expectError("admin1.tsv", Self.admin1 + "IQ.01\tX\tIQ\t1\t1\t0\tx\t\n", line: 3, "unknown country code 'IQ'")
    }
}

/// `Place` keeps its texts in a shared object: it must still behave as a plain value.
@Suite struct PlaceValueTests {
    static let aleppo = Place(key: "P:1", name: "Aleppo", kind: .city, admin1: "Aleppo Governorate", country: "Syria",
                              countryCode: "SY", lat: 36.2, lon: 37.16, population: 2_098_210)

    @Test func settingATextChangesOnlyThatCopy() {
        var renamed = Self.aleppo
        renamed.name = "Halab"
        #expect(renamed.name == "Halab" && Self.aleppo.name == "Aleppo")
        #expect(renamed.key == "P:1" && renamed.admin1 == "Aleppo Governorate" && renamed.countryCode == "SY")
        #expect(renamed != Self.aleppo)
        renamed.name = "Aleppo"
        #expect(renamed == Self.aleppo && renamed.hashValue == Self.aleppo.hashValue)
    }

    @Test func codableRoundTripKeepsEveryField() throws {
        let noAdmin = Place(key: "C:SY", name: "Syria", kind: .country, admin1: nil, country: "Syria", countryCode: "SY",
                            lat: 35, lon: 38)
        for p in [Self.aleppo, noAdmin] {
            let data = try JSONEncoder().encode(p)
            #expect(try JSONDecoder().decode(Place.self, from: data) == p)
        }
        let json = String(decoding: try JSONEncoder().encode(noAdmin), as: UTF8.self)
        #expect(!json.contains("admin1"), "absent optionals are left out, as before")
    }
}
