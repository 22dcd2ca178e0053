import Foundation
import Testing
import SitrepTUI

/// The README's keys table and `?` list the same keys: every binding of `KeyTable` is in the README's key column.
@Suite struct KeyDocumentationTests {
    /// The key cells of the README's "Keys" table.
    static func readmeKeyCells() throws -> [String] {
        let text = try String(contentsOf: Fixtures.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Keys").dropFirst().first?.components(separatedBy: "\n\n").dropFirst().first)
        return section.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: "|").first.map(String.init) }
    }

    @Test func everyBoundKeyIsInTheReadme() throws {
        let cells = try Self.readmeKeyCells().joined(separator: " ")
        #expect(cells.count > 100, "the table was found")
        for b in KeyTable.bindings {
            for key in b.keys {
                let label = key.label
                let shown = label.count == 1 && !"↑↓←→".contains(label) ? cells.contains("`\(label)`") : cells.contains(label)
                #expect(shown, "\(label) (\(b.help)) is missing from the README's keys table")
            }
        }
    }
}
