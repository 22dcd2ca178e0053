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
        haystacks[i].withUnsafeBufferPointer { hay in
            guard let first = key.first, hay.count >= key.count else { return false }
            var at = 0
            let last = hay.count - key.count
            while at <= last {
                if hay[at] == first {
                    var k = 1
                    while k < key.count && hay[at + k] == key[k] { k += 1 }
                    if k == key.count { return true }
                }
                at += 1
            }
            return false
        }
    }

    /// The events whose text holds the query's key, as flags by event index; nil for a query without one.
    public func matching(_ query: String) -> [Bool]? {
        let key = Array(NameKey.normalize(query).utf8)
        guard !key.isEmpty else { return nil }
        return haystacks.indices.map { contains($0, key) }
    }
}
