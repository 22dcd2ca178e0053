import Foundation
import Testing
import SitrepCore
@testable import SitrepTUI

/// Prints figures (it does not time out): `SITREP_BENCH=1 swift test -c release --filter Benchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SITREP_BENCH"] != nil)) struct BenchmarkTests {
    static func ms(_ d: Duration) -> String {
        let v = Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
        return String(format: "%.2f ms", v)
    }

    @Test func keystrokeOnAHundredThousandEvents() {
        let clock = ContinuousClock()
        var analysis: Analysis!
        let gen = clock.measure { analysis = GeneratedCorpus.analysis(events: 100_000) }
        var state: AppState!
        let build = clock.measure {
            state = AppState(analysis: analysis, vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
        }
        let first = clock.measure { _ = Renderer.render(state) }
        var times: [Duration] = []
        let keys: [Key] = Array(repeating: .down, count: 200) + [.pageDown, .pageDown, .char("G"), .up, .pageUp, .char("g"), .tab, .down, .tab]
        for k in keys {
            times.append(clock.measure { state.apply(.key(k)); _ = Renderer.render(state) })
        }
        let sorted = times.sorted()
        let filter = clock.measure {
            for a in [.key(.char("a"))] + typing("HTS") + [Action.key(.enter)] { state.apply(a) }
            _ = Renderer.render(state)
        }
        // A search normalises the events' text once; a second search and a regrouping reuse it.
        let search = clock.measure {
            for a in [.key(.char("c")), .key(.char("/"))] + typing("killed") + [Action.key(.enter)] { state.apply(a) }
            _ = Renderer.render(state)
        }
        let again = clock.measure {
            for a in [.key(.char("/"))] + typing("clash") + [Action.key(.enter)] { state.apply(a) }
            _ = Renderer.render(state)
        }
        let regroup = clock.measure { state.apply(.key(.char("L"))); _ = Renderer.render(state) }
        let next = clock.measure { state.apply(.key(.char("n"))); _ = Renderer.render(state) }
        print("""
            search (first, normalising every event): \(Self.ms(search)); another search: \(Self.ms(again)) → \(state.search?.matches.count ?? 0) matches
            grouping switch with the search on: \(Self.ms(regroup)); next match: \(Self.ms(next))
            benchmark (100,000 events, 120x40): generate \(Self.ms(gen)), index+rows \(Self.ms(build)), first frame \(Self.ms(first))
            keystroke+redraw: median \(Self.ms(sorted[sorted.count / 2])), p95 \(Self.ms(sorted[sorted.count * 95 / 100])), max \(Self.ms(sorted.last!))
            actor filter (HTS) applied and redrawn: \(Self.ms(filter)) → \(state.visibleEvents) events
            """)
        #expect(state.visibleEvents > 0)
    }

    /// On a real corpus (`SITREP_BENCH_CORPUS=DIR`, e.g. one `sitrep bench --corpus realistic --dump DIR` wrote):
    /// the state built, the first frame, a first and a second search, a grouping switch and keystrokes.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SITREP_BENCH_CORPUS"] != nil)) func searchOnARealCorpus() throws {
        let clock = ContinuousClock()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let lexicon = try Lexicon.load(dataDirectory: root.appendingPathComponent("Data"))
        let docs = CorpusLoader().load(paths: [ProcessInfo.processInfo.environment["SITREP_BENCH_CORPUS"]!]).documents
        let analysis = Pipeline(lexicon: lexicon).analyse(documents: docs, workers: 2)
        var state: AppState!
        let build = clock.measure {
            state = AppState(analysis: analysis, vocabulary: Fixtures.vocabulary, size: Size(width: 120, height: 40))
            _ = Renderer.render(state)
        }
        let first = clock.measure { for a in [.key(.char("/"))] + typing("killed") + [Action.key(.enter)] { state.apply(a) }; _ = Renderer.render(state) }
        let again = clock.measure { for a in [.key(.char("/"))] + typing("clash") + [Action.key(.enter)] { state.apply(a) }; _ = Renderer.render(state) }
        let regroup = clock.measure { state.apply(.key(.char("L"))); _ = Renderer.render(state) }
        var keys: [Duration] = []
        for _ in 0..<100 { keys.append(clock.measure { state.apply(.key(.down)); _ = Renderer.render(state) }) }
        keys.sort()
        print("""
            real corpus (\(docs.count) articles, \(analysis.events.count) events): state and first frame \(Self.ms(build))
            first search \(Self.ms(first)), another search \(Self.ms(again)), grouping switch \(Self.ms(regroup)); \
            keystroke median \(Self.ms(keys[50])), max \(Self.ms(keys[99]))
            """)
        #expect(analysis.events.count > 0)
    }
}
