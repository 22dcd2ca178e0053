import Dispatch
import Foundation

/// Decoding cached values on several threads: `(0..<count).map(body)` in chunks, results in order; the first error
/// thrown is thrown again.
enum ParallelDecode {
    static func map<T: Sendable>(count: Int, workers: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        guard workers > 1, count > 1 else { return try (0..<count).map(body) }
        let size = max(1, (count + workers * 4 - 1) / (workers * 4))
        let chunks = stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
        let parts = Parts<T>(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
            do { parts.set(c, try chunks[c].map(body)) } catch { parts.fail(error) }
        }
        return try parts.values()
    }

    /// Each chunk's results, or the first error, filled from several threads.
    final class Parts<T: Sendable>: @unchecked Sendable {
        // @unchecked: `slots` and `error` are only touched holding `lock`.
        private let lock = NSLock()
        private var slots: [[T]]
        private var error: (any Error)?
        init(count: Int) { slots = Array(repeating: [], count: count) }
        func set(_ i: Int, _ v: [T]) { lock.lock(); slots[i] = v; lock.unlock() }
        func fail(_ e: any Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
        func values() throws -> [T] {
            lock.lock(); defer { lock.unlock() }
            if let error { throw error }
            return slots.flatMap { $0 }
        }
    }
}
