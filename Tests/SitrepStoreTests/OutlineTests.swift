import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Index: the events' outlines first, their mentions when asked for")
struct AnalysisOutlineTests {
    static let analysis = Fixtures.pipeline.analyse(documents: Fixtures.corpus)
    static let texts = Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0.article) })
    static let bytes = CachedAnalysis(analysis).binary(texts: texts)

    @Test func theOutlinesHoldAllButTheMentionsAndEachEventReadsWholeAlone() throws {
        let outline = try AnalysisOutline(binary: Self.bytes, texts: Self.texts)
        let whole = Self.analysis.events
        #expect(outline.events.count == whole.count && outline.parts.count == whole.count)
        for (i, e) in whole.enumerated() {
            #expect(outline.events[i].isOutline && outline.events[i].mentions.isEmpty)
            #expect(outline.events[i].sourceDocs == e.sourceDocs && outline.events[i].id == e.id && outline.events[i].fatalities == e.fatalities)
            #expect(try outline.event(i) == e)
        }
        for i in whole.indices.reversed() { #expect(try outline.event(i) == whole[i], "in any order") }
        #expect(try outline.completed(workers: 2) == CachedAnalysis(Self.analysis))
    }

    @Test func aDeferredAnalysisCompletesToTheWholeOne() throws {
        let outline = try AnalysisOutline(binary: Self.bytes, texts: Self.texts)
        let deferred = outline.deferredAnalysis(documents: Self.analysis.documents, problems: [], workers: 2)
        #expect(deferred.pendingEvents != nil && deferred.events.allSatisfy(\.isOutline))
        let done = try deferred.completed()
        #expect(done.events == Self.analysis.events && done.disagreements == Self.analysis.disagreements && done.pendingEvents == nil)
        #expect(try deferred.pendingEvents!.event(1) == Self.analysis.events[1])
    }

    @Test func aDamagedPartFailsItsEventAndTheWholeNotTheOthers() throws {
        let clean = try AnalysisOutline(binary: Self.bytes, texts: Self.texts)
        let last = try #require(clean.parts.last)
        var damaged = Self.bytes
        for i in last { damaged[i] = 0xFF }
        let outline = try AnalysisOutline(binary: damaged, texts: Self.texts)
        #expect(throws: BinaryReader.Damaged.self) { try outline.event(clean.parts.count - 1) }
        #expect(try outline.event(0) == Self.analysis.events[0])
        let deferred = outline.deferredAnalysis(documents: Self.analysis.documents, problems: [], workers: 2)
        #expect(throws: BinaryReader.Damaged.self) { try deferred.completed() }
        #expect(throws: BinaryReader.Damaged.self) { try AnalysisOutline(binary: Array(Self.bytes.dropLast()), texts: Self.texts) }
    }

    @Test func theIndexGivesOutlinesOnlyToACallerThatAsks() throws {
        var p = try Fixtures.indexed()
        let (first, _) = try p.analyse(documents: Fixtures.corpus)
        p.deferMentions = true
        let (early, report) = try p.analyse(documents: Fixtures.corpus)
        #expect(report.consolidationCached && early.pendingEvents != nil && early.events.allSatisfy(\.isOutline))
        #expect(try early.completed().events == first.events)
        p.deferMentions = false
        let (plain, _) = try p.analyse(documents: Fixtures.corpus)
        #expect(plain.pendingEvents == nil && plain.events == first.events)
    }
}
