import Foundation
import Testing

@Suite("sitrep annotate and sitrep annotations")
struct AnnotationCLITests {
    /// The first event id of the JSON export.
    func firstEvent(_ corpus: String, _ index: String) throws -> String {
        let data = try Binary.run(["export", "--index", index, corpus]).data
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        return try #require(events.first?["id"] as? String)
    }

    @Test func anAnnotationIsListedExportedAndImportedIntoAnotherIndex() throws {
        let corpus = try Binary.corpusCopy(), dir = Binary.folder([:])
        let id = try firstEvent(corpus, dir + "/a.sqlite")
        let set = try Binary.run(["annotate", id, "--verdict", "disputed", "--note", "two \u{1B}[2Joutlets", "--tag", "video",
                                  "--index", dir + "/a.sqlite", corpus])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "\(id)  disputed  #video  two \u{FFFD}[2Joutlets\n", "\(set.stdout)")
        #expect(FileManager.default.fileExists(atPath: dir + "/a-annotations.sqlite"))
        let listed = try Binary.run(["annotations", "--index", dir + "/a.sqlite", corpus])
        #expect(listed.stdout == set.stdout)
        let exported = try Binary.run(["annotations", "export", "--index", dir + "/a.sqlite", corpus])
        #expect(exported.status == 0 && exported.stdout.contains("\"verdict\" : \"disputed\""), "\(exported.stdout)")
        try exported.data.write(to: URL(fileURLWithPath: dir + "/notes.json"))
        let imported = try Binary.run(["annotations", "import", dir + "/notes.json", "--index", dir + "/b.sqlite", corpus])
        #expect(imported.stdout == "imported 1 annotation; 0 orphaned\n", "\(imported.stdout) \(imported.stderr)")
        let again = try Binary.run(["annotations", "export", "--index", dir + "/b.sqlite", corpus])
        #expect(again.data == exported.data, "the round trip gives the same file")
    }

    @Test func anAnnotationSurvivesTheCacheBeingRebuiltAndItsArticleBeingRemoved() throws {
        let corpus = try Binary.corpusCopy(), dir = Binary.folder([:]), index = dir + "/i.sqlite"
        let id = try firstEvent(corpus, index)
        _ = try Binary.run(["annotate", id, "--verdict", "confirmed", "--index", index, corpus])
        try Data(repeating: 0x41, count: 5000).write(to: URL(fileURLWithPath: index))   // the cache ruined
        let kept = try Binary.run(["annotations", "--index", index, corpus])
        #expect(kept.status == 80 && kept.stdout == "\(id)  confirmed\n", "\(kept.stdout) \(kept.stderr)")
        for f in try FileManager.default.contentsOfDirectory(atPath: corpus) { try FileManager.default.removeItem(atPath: corpus + "/" + f) }
        try Data("---\noutlet: T\npublished: 2024-11-30\n---\nNothing happened here.\n".utf8).write(to: URL(fileURLWithPath: corpus + "/quiet.txt"))
        let orphan = try Binary.run(["annotations", "--orphaned", "--index", index, corpus])
        #expect(orphan.stdout.hasPrefix("orphaned  confirmed  (was in "), "\(orphan.stdout) \(orphan.stderr)")
    }

    @Test func exportsCarryAnnotationsAndFiltersSelectByThem() throws {
        let corpus = try Binary.corpusCopy(), index = Binary.folder([:]) + "/i.sqlite"
        let id = try firstEvent(corpus, index)
        let plainCSV = try Binary.run(["export", "--format", "csv", "--index", index, corpus]).stdout
        #expect(!plainCSV.hasPrefix("verdict") && !plainCSV.split(separator: "\n")[0].contains("verdict"))
        _ = try Binary.run(["annotate", id, "--verdict", "dismissed", "--tag", "dup", "--tag", "old", "--index", index, corpus])
        let json = try Binary.run(["export", "--index", index, corpus]).data
        let events = try #require((try JSONSerialization.jsonObject(with: json) as? [String: Any])?["events"] as? [[String: Any]])
        #expect(events.first?["verdict"] as? String == "dismissed" && events.first?["tags"] as? [String] == ["dup", "old"])
        #expect(events.first?["note"] == nil && events.dropFirst().allSatisfy { $0["verdict"] == nil && $0["tags"] == nil })
        let csv = try Binary.run(["export", "--format", "csv", "--index", index, corpus]).stdout.split(separator: "\n")
        #expect(csv[0].hasSuffix(",verdict,note,tags") && csv[1].hasPrefix(id) && csv[1].hasSuffix(",dismissed,,dup; old"))
        let only = try Binary.run(["list", "--verdict", "dismissed", "--tag", "old", "--index", index, corpus])
        let none = try Binary.run(["list", "--verdict", "confirmed", "--index", index, corpus])
        #expect(only.status == 0 && none.status == 0 && only.stdout != none.stdout && only.stdout.count > none.stdout.count)
        let filtered = try Binary.run(["export", "--format", "csv", "--tag", "dup", "--index", index, corpus]).stdout
        #expect(filtered.split(separator: "\n").count == 2 && filtered.contains(id))
    }

    @Test func badValuesAreRefused() throws {
        let r = try Binary.run(["annotate", "ev-x", "--verdict", "maybe"])
        #expect(r.status == 64 && r.stderr.contains("confirmed, disputed, dismissed or none"))
        let none = try Binary.run(["annotate", "ev-x"])
        #expect(none.status == 64 && none.stderr.contains("nothing to record"))
        let noIndex = try Binary.run(["annotate", "ev-x", "--note", "x", "--no-index"])
        #expect(noIndex.status == 82 && noIndex.stderr.contains("annotations are kept beside the corpus index"), "\(noIndex.stderr)")
    }
}
