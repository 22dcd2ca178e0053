import Foundation
import SitrepCore
import Testing
@testable import SitrepStore

@Suite("Annotations: anchored to passages, never lost")
struct AnnotationTests {
    static let analysis = Fixtures.pipeline.analyse(documents: Fixtures.corpus)
    static var docs: [String: Document] { Dictionary(uniqueKeysWithValues: analysis.documents.map { ($0.id, $0) }) }

    /// An event with two passages or more, annotated in a fresh store.
    func annotated() throws -> (AnnotationStore, Event) {
        let e = try #require(Self.analysis.events.first { $0.mentions.count >= 2 })
        let store = try AnnotationStore.inMemory()
        try store.save(Annotation(verdict: .confirmed, note: "seen on video", tags: ["checked"],
                                  passages: Annotation.passages(of: e, documents: Self.docs), event: e.id))
        return (store, e)
    }

    func reconcile(_ store: AnnotationStore, _ events: [Event]) throws -> Annotation {
        try #require(try store.reconcile(events: events, documents: Self.analysis.documents).first)
    }

    @Test func theSameEventAfterALexiconChangeKeepsItsAnnotation() throws {
        let (store, e) = try annotated()
        let p = try Fixtures.indexed(fingerprint: "a")
        _ = try p.analyse(documents: Fixtures.corpus)
        let (again, r) = try IndexedPipeline(pipeline: Fixtures.pipeline, index: p.index, fingerprint: "b").analyse(documents: Fixtures.corpus)
        #expect(r.lexiconChanged && r.extracted == Fixtures.corpus.count)
        let a = try reconcile(store, again.events)
        #expect(a.event == e.id && a.verdict == .confirmed && a.note == "seen on video" && a.tags == ["checked"])
    }

    @Test func aNewIdWithTheSamePassagesOrOverlappingOnesIsTheSuccessor() throws {
        let (store, e) = try annotated()
        var renamed = Self.analysis.events
        let i = try #require(renamed.firstIndex { $0.id == e.id })
        renamed[i].id = "ev-renamed"
        #expect(try reconcile(store, renamed).event == "ev-renamed")
        renamed[i].id = "ev-shifted"
        for j in renamed[i].mentions.indices { renamed[i].mentions[j].span.end += 3 }
        let a = try reconcile(store, renamed)
        #expect(a.event == "ev-shifted" && a.verdict == .confirmed, "\(String(describing: a.event))")
    }

    @Test func aSplitGoesToThePartWithMostPassagesAndADropOrphansKeepingThePassage() throws {
        let (store, e) = try annotated()
        var split = Self.analysis.events.filter { $0.id != e.id }
        var big = e, small = e
        big.id = "ev-big"; big.mentions = Array(e.mentions.dropLast())
        small.id = "ev-small"; small.mentions = [e.mentions.last!]
        split += [small, big]
        #expect(try reconcile(store, split).event == (e.mentions.count > 2 ? "ev-big" : "ev-small"))
        let dropped = try reconcile(store, Self.analysis.events.filter { !$0.mentions.contains { m in e.mentions.contains { $0.doc == m.doc && $0.span.overlaps(m.span) } } })
        #expect(dropped.event == nil && dropped.verdict == .confirmed && !dropped.passages.isEmpty && !dropped.passages[0].quote.isEmpty)
        let back = try reconcile(store, Self.analysis.events)
        #expect(back.event != nil, "an orphan keeps its passages and finds its event again")
    }

    @Test func exportThenImportGivesTheSameAnnotations() throws {
        let (store, _) = try annotated()
        let before = try store.all()
        let file = try AnnotationFile.read(try AnnotationFile(annotations: before).data())
        let other = try AnnotationStore.inMemory()
        try other.importAll(file.annotations)
        #expect(try other.all() == before)
        try other.importAll(file.annotations)
        #expect(try other.all() == before, "importing again replaces, never doubles")
    }

    @Test func annotationsLiveInTheirOwnFileBesideTheIndex() {
        #expect(AnnotationStore.path(forIndex: "/c/.sitrep/sitrep.sqlite") == "/c/.sitrep/sitrep-annotations.sqlite")
    }
}
