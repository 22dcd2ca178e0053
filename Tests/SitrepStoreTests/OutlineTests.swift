import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Index: the events' outlines first, their mentions and the disagreements when asked for")
struct AnalysisOutlineTests {
    static let analysis = Fixtures.pipeline.analyse(documents: Fixtures.corpus)
    static let texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0.article) })
    static let parts = CachedAnalysis(analysis).binaryParts(texts: texts)

    static func details(_ bytes: [UInt8] = parts.details) throws -> AnalysisDetails {
        try AnalysisOutline(binary: parts.outline).details(bytes, texts: texts)
    }

    @Test func detailsEncodedOnSeveralThreadsAreTheSameBytes() {
        let cached = CachedAnalysis(Self.analysis)
        let two = cached.binaryParts(texts: Self.texts, workers: 2)
        var d = BinaryWriter(texts: Self.texts)
        cached.writeDetails(to: &d)
        #expect(two.details == d.bytes && two.outline == Self.parts.outline && two.details == Self.parts.details)
        #expect(Self.analysis.events.count > 3)
    }

    @Test func theOutlinesHoldAllButTheMentionsAndEachEventReadsWholeAlone() throws {
        let outline = try AnalysisOutline(binary: Self.parts.outline)
        let details = try Self.details()
        let whole = Self.analysis.events
        #expect(outline.events.count == whole.count && details.parts.count == whole.count + Self.analysis.disagreements.count)
        #expect(outline.disputed == Set(Self.analysis.disagreements.compactMap(\.event)).union(Self.analysis.disagreements.compactMap(\.relatedEvent)))
        for (i, e) in whole.enumerated() {
            #expect(outline.events[i].isOutline && outline.events[i].mentions.isEmpty)
            #expect(outline.events[i].sourceDocs == e.sourceDocs && outline.events[i].id == e.id && outline.events[i].fatalities == e.fatalities)
        }
        for i in whole.indices.reversed() { #expect(try details.event(i, of: outline.events[i]) == whole[i], "in any order") }
        #expect(try Self.analysis.disagreements.indices.map { try details.disagreement($0) } == Self.analysis.disagreements)
        for (i, e) in whole.enumerated() {
            let (one, about) = try outline.event(i, details: details)
            #expect(one == e && about == Self.analysis.disagreements(of: e.id), "an event alone comes with its disagreements")
        }
        #expect(try outline.completed(with: details, workers: 2) == CachedAnalysis(Self.analysis))
        #expect(Self.parts.outline.count * 4 < Self.parts.details.count, "the outline is the small part")
    }

    @Test func aDeferredAnalysisCompletesToTheWholeOne() throws {
        let outline = try AnalysisOutline(binary: Self.parts.outline)
        let deferred = outline.deferredAnalysis(documents: Self.analysis.documents, problems: [], texts: Self.texts, workers: 2,
                                                fetch: { Self.parts.details })
        #expect(deferred.pendingEvents != nil && deferred.events.allSatisfy { $0.isOutline } && deferred.disagreements.isEmpty)
        #expect(try deferred.pendingEvents!.event(1).event == Self.analysis.events[1])
        let done = try deferred.completed()
        #expect(done.events == Self.analysis.events && done.disagreements == Self.analysis.disagreements && done.pendingEvents == nil)
    }

    @Test func aDamagedPartFailsItsEventAndTheWholeNotTheOthers() throws {
        let outline = try AnalysisOutline(binary: Self.parts.outline)
        let clean = try Self.details()
        let last = clean.parts[clean.events - 1]
        var damaged = Self.parts.details
        for i in last { damaged[i] = 0xFF }
        let details = try Self.details(damaged)
        let n = outline.events.count
        #expect(throws: BinaryReader.Damaged.self) { try details.event(n - 1, of: outline.events[n - 1]) }
        #expect(try details.event(0, of: outline.events[0]) == Self.analysis.events[0])
        let deferred = outline.deferredAnalysis(documents: Self.analysis.documents, problems: [], texts: Self.texts, workers: 2,
                                                fetch: { [damaged] in damaged })
        #expect(throws: BinaryReader.Damaged.self) { try deferred.completed() }
        #expect(throws: BinaryReader.Damaged.self) { try Self.details(Array(Self.parts.details.dropLast())) }
        let missing = outline.deferredAnalysis(documents: Self.analysis.documents, problems: [], texts: Self.texts, workers: 1,
                                               fetch: { throw BinaryReader.Damaged() })
        #expect(throws: BinaryReader.Damaged.self) { try missing.completed() }
    }

    @Test func theIndexGivesOutlinesOnlyToACallerThatAsks() throws {
        var p = try Fixtures.indexed()
        let (first, _) = try p.analyse(documents: Fixtures.corpus)
        p.deferMentions = true
        let (early, report) = try p.analyse(documents: Fixtures.corpus)
        #expect(report.consolidationCached && early.pendingEvents != nil && early.events.allSatisfy { $0.isOutline })
        let done = try early.completed()
        #expect(done.events == first.events && done.disagreements == first.disagreements)
        p.deferMentions = false
        let (plain, _) = try p.analyse(documents: Fixtures.corpus)
        #expect(plain.pendingEvents == nil && plain.events == first.events && plain.disagreements == first.disagreements)
    }
}
