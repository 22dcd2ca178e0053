import Foundation
import Testing

/// The `url:` front-matter field is kept (JSON, `show`), and `show` takes the start of an event id.
@Suite("show and url")
struct ShowAndURLTests {
    static let url = "https://example.org/news/saraqib-2024"
    static let article = Array("---\ntitle: Test\noutlet: Test Wire\npublished: 2024-11-30\nurl: \(url)\n---\nRebel fighters stormed the town of Saraqib on Saturday, residents said.\n".utf8)

    func eventID(_ dir: String) throws -> String {
        let json = try JSONSerialization.jsonObject(with: try Binary.run(["export", dir]).data) as! [String: Any]
        return try #require((json["events"] as! [[String: Any]]).first?["id"] as? String)
    }

    @Test func jsonKeepsTheURL() throws {
        let dir = Binary.folder(["a.txt": Self.article])
        let json = try JSONSerialization.jsonObject(with: try Binary.run(["export", dir]).data) as! [String: Any]
        let doc = (json["documents"] as! [[String: Any]])[0]
        #expect(doc["url"] as? String == Self.url)
    }

    @Test func showTakesAPrefixAndPrintsTheURL() throws {
        let dir = Binary.folder(["a.txt": Self.article])
        let id = try eventID(dir)
        for given in [id, String(id.prefix(6)), String(id.dropFirst(3).prefix(4))] {
            let r = try Binary.run(["show", given, dir], env: ["NO_COLOR": "1"])
            #expect(r.status == 0, "\(given): \(r.stderr)")
            #expect(r.stdout.hasPrefix(id), "\(given): \(r.stdout.prefix(80))")
            #expect(r.stdout.contains(Self.url), "\(given): the url is shown")
        }
        let none = try Binary.run(["show", "zzzz", dir])
        #expect(none.status == 65 && none.stderr.contains("no event 'zzzz'"), "\(none.stderr)")
    }

    @Test func anAmbiguousPrefixListsTheCandidates() throws {
        let r = try Binary.run(["show", "ev-"])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("starts") && r.stderr.contains("give more of the id"), "\(r.stderr)")
    }
}
