import Foundation
import Testing
@testable import SitrepCore

/// `PreparedVocabulary` answers as the `CorpusVocabulary` it builds, whether asked first or prepared on its thread.
@Suite("A vocabulary built once")
struct PreparedVocabularyTests {
    let analysis = Fixtures.twoReports

    func sameAnswers(_ v: any FilterVocabulary, _ plain: CorpusVocabulary) {
        #expect(v.places(named: "Konduga").map(\.key) == plain.places(named: "Konduga").map(\.key))
        #expect(v.actors(named: "Boko Haram") == plain.actors(named: "Boko Haram"))
        #expect(v.placeCompletions(prefix: "Ko", limit: 5) == plain.placeCompletions(prefix: "Ko", limit: 5))
        #expect(v.actorCompletions(prefix: "Bo", limit: 5) == plain.actorCompletions(prefix: "Bo", limit: 5))
    }

    @Test func askedFirstItBuildsOnTheSpot() {
        let plain = CorpusVocabulary(lexicon: Fixtures.lexicon, analysis: analysis)
        #expect(!plain.placeCompletions(prefix: "Ko", limit: 5).isEmpty)
        sameAnswers(PreparedVocabulary(lexicon: Fixtures.lexicon, analysis: analysis), plain)
    }

    @Test func preparedItIsBuiltOnItsThreadAndWaitedFor() async {
        let plain = CorpusVocabulary(lexicon: Fixtures.lexicon, analysis: analysis)
        let v = PreparedVocabulary(lexicon: Fixtures.lexicon, analysis: analysis)
        v.prepare()
        v.prepare()
        await withTaskGroup(of: [String].self) { group in
            for _ in 0..<4 { group.addTask { v.placeCompletions(prefix: "Ko", limit: 5) } }
            for await found in group { #expect(found == plain.placeCompletions(prefix: "Ko", limit: 5)) }
        }
        sameAnswers(v, plain)
    }
}
