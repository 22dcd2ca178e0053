import Foundation
import Testing

@Suite("Command line, run as a user would")
struct CommandLineTests {
    let article = Array("---\ntitle: Test\noutlet: Test Wire\npublished: 2024-11-30\n---\nRebel fighters stormed the town of Saraqib on Saturday, residents said.\n".utf8)

    @Test func listFindsTheBundledCorpusFromAnyDirectory() throws {
        let r = try Binary.run(["list"], cwd: "/tmp", env: ["NO_COLOR": "1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Sat 30 Nov 2024") && r.stdout.contains(" events"))
        #expect(!r.stdout.contains("\u{1B}["), "piped output must be plain")
    }

    @Test func exportIsDeterministicAndFollowsTheSchema() throws {
        let a = try Binary.run(["export"], cwd: Binary.root.path)
        let b = try Binary.run(["export"], cwd: Binary.root.path)
        #expect(a.status == 0 && a.data == b.data)
        let json = try JSONSerialization.jsonObject(with: a.data) as! [String: Any]
        #expect(json["schema"] as? String == "sitrep/1")
        let docs = json["documents"] as! [[String: Any]]
        #expect(docs.count == 5 && docs.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
        let events = json["events"] as! [[String: Any]]
        let mention = (events.first!["mentions"] as! [[String: Any]]).first!
        let path = Binary.root.appendingPathComponent(docs.first { $0["id"] as? String == mention["doc"] as? String }!["path"] as! String)
        let bytes = try Data(contentsOf: path)
        let quote = String(decoding: bytes[(mention["start"] as! Int)..<(mention["end"] as! Int)], as: UTF8.self)
        #expect(quote == mention["quote"] as? String, "offsets must point into the file as stored")
    }

    @Test func csvHasACLEDColumns() throws {
        let r = try Binary.run(["export", "--format", "csv"], cwd: Binary.root.path)
        let header = r.stdout.split(separator: "\n").first ?? ""
        for col in ["event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "admin1", "latitude",
                    "geo_precision", "fatalities", "sources_count", "disputed_fields"] {
            #expect(header.contains(col), "missing \(col)")
        }
    }

    @Test func badFilesAreReportedAndTheRestStillLoads() throws {
        let dir = Binary.folder(["good.txt": article, "empty.txt": [], "binary.txt": [0, 1, 2, 0, 255],
                                 "latin1.txt": Array("caf".utf8) + [0xE9], "broken.md": Array("---\ntitle: x\n".utf8)])
        let r = try Binary.run(["export", dir])
        #expect(r.status != 0)
        #expect(r.stdout.contains("Saraqib"), "the good article still exports")
        for name in ["empty.txt", "binary.txt", "latin1.txt", "broken.md"] { #expect(r.stderr.contains(name), "\(name) named") }
        #expect(r.stderr.contains("Help:"))
    }

    @Test func eachKindOfProblemHasItsOwnExitCode() throws {
        var codes: [String: Int32] = [:]
        codes["missing"] = try Binary.run(["list", "/nonexistent/articles"]).status
        codes["emptyDir"] = try Binary.run(["list", Binary.folder([:])]).status
        codes["emptyFile"] = try Binary.run(["list", Binary.folder(["a.txt": []])]).status
        codes["binary"] = try Binary.run(["list", Binary.folder(["a.txt": [0, 0, 1]])]).status
        let fifo = Binary.folder([:]) + "/pipe.txt"
        mkfifo(fifo, 0o644)
        codes["notAFile"] = try Binary.run(["list", fifo]).status
        codes["frontMatter"] = try Binary.run(["list", Binary.folder(["a.txt": Array("---\npublished: soon\n---\nx".utf8)])]).status
        codes["format"] = try Binary.run(["export", "--format", "xml"]).status
        codes["place"] = try Binary.run(["list", "--place", "Narnia"]).status
        #expect(Set(codes.values).count == codes.count - 1, "\(codes)")   // --format and --place are both usage errors (64)
        #expect(codes.values.allSatisfy { $0 != 0 }, "\(codes)")
        #expect(codes["format"] == 64 && codes["place"] == 64)
    }

    @Test func hugeArticleIsRefusedWithAClearMessage() throws {
        let big = Array(repeating: UInt8(ascii: "a"), count: 21_000_000)
        let r = try Binary.run(["list", Binary.folder(["big.txt": big, "ok.txt": article])])
        #expect(r.status == 71 && r.stderr.contains("big.txt") && r.stdout.contains("Saraqib"))
    }

    @Test func filtersByPlaceHierarchyActorAliasAndType() throws {
        let idlib = try Binary.run(["list", "--place", "Idlib Governorate"], cwd: Binary.root.path)
        #expect(idlib.status == 0 && idlib.stdout.contains("Idlib") && !idlib.stdout.contains("› Aleppo"))
        let variant = try Binary.run(["list", "--place", "Maraat al-Numan"], cwd: Binary.root.path)
        #expect(variant.status == 0, "\(variant.stderr)")
        let hts = try Binary.run(["list", "--actor", "HTS"], cwd: Binary.root.path)
        #expect(hts.status == 0 && hts.stdout.contains("Hayat Tahrir al-Sham"))
        let remote = try Binary.run(["list", "--type", "Remote"], cwd: Binary.root.path)
        #expect(remote.status == 0 && !remote.stdout.contains("Battle "))
    }

    @Test func disagreementsAndShow() throws {
        let d = try Binary.run(["disagreements"], cwd: Binary.root.path)
        #expect(d.status == 0 && d.stdout.contains("fatalities") && d.stdout.contains("Voz") && d.stdout.contains("CNN"))
        let id = d.stdout.split(separator: " ").first { $0.hasPrefix("ev-") }.map(String.init) ?? "ev-none"
        let s = try Binary.run(["show", id], cwd: Binary.root.path)
        #expect(s.status == 0 && s.stdout.contains(id))
        #expect(try Binary.run(["show", "ev-doesnotexist"]).status == 65)
    }

    @Test func articleTextCannotInjectEscapes() throws {
        let evil = Array("---\npublished: 2024-11-30\n---\nRebels stormed the town of Saraqib \u{1B}[2J\u{1B}]0;pwned\u{07} on Saturday.\n".utf8)
        let dir = Binary.folder(["evil.txt": evil])
        let list = try Binary.run(["disagreements", dir])
        let ex = try Binary.run(["list", dir])
        let shown = try Binary.run(["show", ex.stdout.split(separator: " ").first { $0.hasPrefix("ev-") }.map(String.init) ?? "", dir])
        for out in [list.stdout, ex.stdout, shown.stdout] { #expect(!out.contains("\u{1B}"), "escape reached stdout") }
        #expect(shown.stdout.contains("Saraqib"))
    }
}
