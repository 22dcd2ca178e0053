import Foundation
import SitrepCore

/// Each event's searchable text (summary, place, types, actors, passages), normalised once with `NameKey` and kept
/// as bytes, so a search or a regrouping reads it instead of normalising every quote again.
public struct SearchText: Sendable {
    /// Per event index, its fields' keys, each followed by a newline (no key holds one, so no match spans two).
    private let haystacks: [[UInt8]]

    public init(_ analysis: Analysis) {
        haystacks = analysis.events.map { e in
            var hay: [UInt8] = []
            var fields = [e.summary, Labels.path(e.location), e.subEventType, e.eventType.rawValue]
            fields += e.actors.map(\.name)
            fields += e.mentions.map(\.quote)
            for f in fields { hay += NameKey.normalize(f).utf8; hay.append(10) }
            return hay
        }
    }

    /// Whether event `i`'s text holds `key` (a `NameKey`, not empty) within one field.
    func contains(_ i: Int, _ key: [UInt8]) -> Bool {
        haystacks[i].withUnsafeBytes { hay in
            key.withUnsafeBytes { k in
                guard let base = hay.baseAddress, let kb = k.baseAddress, hay.count >= k.count else { return false }
                let first = Int32(k[0])
                var at = 0
                // memchr finds each candidate first byte; memcmp checks the rest.
                while at + k.count <= hay.count, let p = memchr(base + at, first, hay.count - k.count + 1 - at) {
                    if memcmp(p, kb, k.count) == 0 { return true }
                    at = base.distance(to: UnsafeRawPointer(p)) + 1
                }
                return false
            }
        }
    }

    /// The events whose text holds the query's key, as flags by event index; nil for a query without one.
    public func matching(_ query: String) -> [Bool]? {
        let key = Array(NameKey.normalize(query).utf8)
        guard !key.isEmpty else { return nil }
        return haystacks.indices.map { contains($0, key) }
    }
}

/// The events' search text, built on a thread of its own from the moment the browser starts, so the first search
/// does not wait for every quote to be normalised (it waits only for what is left of that work).
public final class SearchTextPreparation: @unchecked Sendable {
    // @unchecked: `text` is written once, under `condition`, and read only under it.
    private let condition = NSCondition()
    private var text: SearchText? = nil

    public init(_ analysis: Analysis) {
        let thread = Thread { [self] in
            let built = SearchText(analysis)
            condition.lock(); text = built; condition.broadcast(); condition.unlock()
        }
        thread.start()
    }

    /// The search text, once it is built.
    public func wait() -> SearchText {
        condition.lock()
        defer { condition.unlock() }
        while text == nil { condition.wait() }
        return text!
    }
}
