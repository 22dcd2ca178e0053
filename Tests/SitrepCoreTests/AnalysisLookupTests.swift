import Foundation
import Testing
@testable import SitrepCore

/// `Analysis.document(_:)` and `event(_:)` find what a scan finds, and follow changes to the arrays (invented articles).
@Suite("Analysis lookups by id")
struct AnalysisLookupTests {
    let analysis = Fixtures.twoReports

    @Test func lookupsFindWhatAScanFinds() throws {
        #expect(analysis.events.count >= 2)
        for e in analysis.events { #expect(analysis.event(e.id)?.id == e.id) }
        for d in analysis.documents { #expect(analysis.document(d.id)?.path == d.path) }
        #expect(analysis.event("ev-none") == nil && analysis.document("none") == nil)
    }

    @Test func theFirstOfTwoEqualIdsIsFound() throws {
        var a = analysis
        var twin = a.documents[1]
        twin.id = a.documents[0].id
        a.documents.append(twin)
        #expect(a.document(twin.id)?.path == analysis.documents[0].path)
    }

    @Test func aCopyThatChangesItsArraysLooksUpItsOwn() throws {
        _ = analysis.event(analysis.events[0].id)   // the original's tables are built
        var copy = analysis
        let first = copy.events.removeFirst()
        copy.documents[0].id = "renamed"
        #expect(copy.event(first.id) == nil && analysis.event(first.id)?.id == first.id)
        #expect(copy.document("renamed") != nil && analysis.document("renamed") == nil)
        #expect(copy.event(copy.events[0].id)?.id == copy.events[0].id)
    }

    @Test func aDecodedAnalysisLooksUpItsIds() throws {
        let decoded = try JSONDecoder().decode(Analysis.self, from: JSONEncoder().encode(analysis))
        #expect(decoded.event(analysis.events[0].id)?.id == analysis.events[0].id)
        #expect(decoded.document("b")?.id == "b")
    }
}
