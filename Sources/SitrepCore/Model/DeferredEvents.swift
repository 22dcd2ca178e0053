import Foundation

/// The whole events of an analysis whose outlines came first (every field but the mentions): read on another thread
/// from the moment this is made, while the outlines are drawn; any one event can be read at once meanwhile.
public final class DeferredEvents: @unchecked Sendable {
    // @unchecked: `result` is written once under `lock`, before `done` is signalled.
    private let lock = NSLock()
    private var result: Result<[Event], Error>? = nil
    private let done = DispatchSemaphore(value: 0)
    private let one: @Sendable (Int) throws -> Event

    /// Starts `all` on a thread of its own; `one(i)` reads event `i` alone.
    public init(one: @escaping @Sendable (Int) throws -> Event, all: @escaping @Sendable () throws -> [Event]) {
        self.one = one
        Thread.detachNewThread { [self] in
            let r = Result { try all() }
            lock.lock(); result = r; lock.unlock()
            done.signal()
        }
    }

    /// The whole events, in the outlines' order (waits for them).
    public func events() throws -> [Event] {
        done.wait(); done.signal()
        lock.lock(); defer { lock.unlock() }
        return try result!.get()
    }

    /// Event `i` whole: taken from the others when they are read, else read alone now.
    public func event(_ i: Int) throws -> Event {
        lock.lock()
        let ready = result
        lock.unlock()
        if let ready { return try ready.get()[i] }
        return try one(i)
    }

    /// Whether the whole events have been read (or failed to be).
    public var isReady: Bool { lock.lock(); defer { lock.unlock() }; return result != nil }
}
