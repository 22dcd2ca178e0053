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
        print("""
            benchmark (100,000 events, 120x40): generate \(Self.ms(gen)), index+rows \(Self.ms(build)), first frame \(Self.ms(first))
            keystroke+redraw: median \(Self.ms(sorted[sorted.count / 2])), p95 \(Self.ms(sorted[sorted.count * 95 / 100])), max \(Self.ms(sorted.last!))
            actor filter (HTS) applied and redrawn: \(Self.ms(filter)) → \(state.visibleEvents) events
            """)
        #expect(state.visibleEvents > 0)
    }
}
