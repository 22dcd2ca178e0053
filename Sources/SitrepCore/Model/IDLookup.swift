import Foundation

/// Positions of an analysis's documents and events by id, each table built once, on its first lookup, and shared by
/// the copies of that analysis (which replace it when they change their arrays).
final class IDLookup: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [String: Int]?
    private var events: [String: Int]?

    /// The position of the first document with this id in `all`.
    func document(_ id: String, in all: [Document]) -> Int? {
        lock.withLock {
            if documents == nil { documents = Self.positions(all.lazy.map(\.id)) }
            return documents?[id]
        }
    }

    /// The position of the first event with this id in `all`.
    func event(_ id: String, in all: [Event]) -> Int? {
        lock.withLock {
            if events == nil { events = Self.positions(all.lazy.map(\.id)) }
            return events?[id]
        }
    }

    /// Each id's first position.
    static func positions<C: Collection<String>>(_ ids: C) -> [String: Int] {
        var out: [String: Int] = [:]
        out.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }
}
