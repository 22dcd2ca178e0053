import Foundation
import Testing
@testable import SitrepCore

@Suite("Lazy lexicon: loaded once, when first asked, failures kept")
struct LazyLexiconTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func bump() { lock.lock(); n += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return n }
    }

    @Test func loadsOnceWhenFirstAsked() throws {
        let calls = Counter()
        let lazy = LazyLexicon { calls.bump(); return Fixtures.lexicon }
        #expect(calls.value == 0 && lazy.seconds == nil)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in _ = try? lazy.get() }
        #expect(calls.value == 1 && lazy.seconds != nil)
        #expect(try lazy.get() === Fixtures.lexicon)
    }

    @Test func aFailureIsKeptForEveryCaller() {
        let calls = Counter()
        let lazy = LazyLexicon { calls.bump(); throw LexiconError(file: "triggers.tsv", line: 3, message: "bad row") }
        #expect(throws: LexiconError.self) { try lazy.get() }
        #expect(throws: LexiconError.self) { try lazy.get() }
        #expect(calls.value == 1)
    }
}
