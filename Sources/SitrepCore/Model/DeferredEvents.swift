import Foundation

/// The whole events and the disagreements of an analysis whose event outlines came first (every field but the
/// mentions): read on another thread from the moment this is made, while the outlines are drawn; any one event can
/// be read at once meanwhile, and which events have disagreements is known from the start.
public final class DeferredEvents: @unchecked Sendable {
    // @unchecked: `result` is written once under `lock`, before `done` is signalled.
    private let lock = NSLock()
    private var result: Result<(events: [Event], disagreements: [Disagreement]), Error>? = nil
    private let done = DispatchSemaphore(value: 0)
    private let one: @Sendable (Int) throws -> (Event, [Disagreement])
    /// Ids of the events that the pending disagreements are about (either side of one).
    public let disputed: Set<String>

    /// Starts `all` on a thread of its own; `one(i)` reads event `i` alone, with the disagreements about it.
    public init(disputed: Set<String> = [], one: @escaping @Sendable (Int) throws -> (Event, [Disagreement]),
                all: @escaping @Sendable () throws -> ([Event], [Disagreement])) {
        self.one = one; self.disputed = disputed
        Thread.detachNewThread { [self] in
            let r = Result { try all() }.map { (events: $0.0, disagreements: $0.1) }
            lock.lock(); result = r; lock.unlock()
            done.signal()
        }
    }

    /// The whole events, in the outlines' order, and the disagreements (waits for them).
    public func whole() throws -> (events: [Event], disagreements: [Disagreement]) {
        done.wait(); done.signal()
        lock.lock(); defer { lock.unlock() }
        return try result!.get()
    }

    /// Event `i` whole and the disagreements about it (either side of one): read alone now unless all are read.
    public func event(_ i: Int) throws -> (event: Event, disagreements: [Disagreement]) {
        lock.lock()
        let ready = result
        lock.unlock()
        if let ready {
            let (events, disagreements) = try ready.get()
            let id = events[i].id
            return (events[i], disagreements.filter { $0.event == id || $0.relatedEvent == id })
        }
        return try one(i)
    }
}
