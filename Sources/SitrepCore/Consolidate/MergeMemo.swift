/// What the merge keeps between runs (the corpus index stores it): the clusters of each merge part (`MergeParts`),
/// by a key naming the part's mentions (`MentionNames.key`). A part whose mentions are those of an earlier run is
/// not clustered again. A run given one is left holding this run's parts alone.
public struct MergeMemo: Sendable, Equatable {
    /// Each part's clusters, as positions among the part's mentions in the merge's order, each cluster in ascending
    /// order (its founder first).
    public var parts: [String: [[Int]]] = [:]
    public init(parts: [String: [[Int]]] = [:]) { self.parts = parts }

    /// Whether `clusters` could be a part's of `count` mentions: each position below `count` once, each cluster
    /// ascending (a damaged value is clustered again, not trusted).
    static func fits(_ clusters: [[Int]], count: Int) -> Bool {
        var seen = [Bool](repeating: false, count: count), n = 0
        for c in clusters {
            guard !c.isEmpty else { return false }
            var last = -1
            for p in c {
                guard p > last, p < count, !seen[p] else { return false }
                seen[p] = true; last = p; n += 1
            }
        }
        return n == count
    }
}

/// Names for a merge's mentions that stay the same from run to run: the source a mention was read from (a document's
/// bytes, id, path and date, or an undated article's inferred reading) and its place among that source's mentions.
/// Equal names are equal mentions, as long as the lexicon is the same (the index empties its memo when it changes).
struct MentionNames {
    /// Each source's name, hashed (16 bytes as 32 hex digits).
    var sources: [[UInt8]] = []
    /// Per mention: its source and its place among the source's mentions.
    var source: [Int32] = []
    var ordinal: [Int32] = []

    /// Names for `mentions` in document order, read from `documents` as they were extracted.
    init(documents: [Document], mentions: [Mention]) {
        var index: [String: Int32] = [:]
        for d in documents {
            var bytes: [UInt8] = []
            d.appendExtractionBasis(to: &bytes)
            index[d.id] = Int32(sources.count)
            sources.append(Self.digest(bytes))
        }
        var seen = [Int32](repeating: 0, count: sources.count)
        source.reserveCapacity(mentions.count); ordinal.reserveCapacity(mentions.count)
        var last: (doc: String, source: Int32)? = nil   // a document's mentions follow each other
        for k in mentions.indices {
            let s: Int32
            if let last, last.doc == mentions[k].doc { s = last.source } else { s = index[mentions[k].doc] ?? -1 }
            last = (mentions[k].doc, s)
            source.append(s)
            if s >= 0 { ordinal.append(seen[Int(s)]); seen[Int(s)] += 1 } else { ordinal.append(0) }
        }
    }

    init() {}

    /// The names of the mentions at `positions`, in that order.
    func picking(_ positions: [Int]) -> MentionNames {
        var out = MentionNames()
        out.sources = sources
        out.source = positions.map { source[$0] }
        out.ordinal = positions.map { ordinal[$0] }
        return out
    }

    /// Appends mentions read from a source named `name` (an inferred reading's key), `count` of them.
    mutating func append(source name: String, count: Int) {
        let s = Int32(sources.count)
        sources.append(Self.digest(Array(name.utf8)))
        source += Array(repeating: s, count: count)
        ordinal += (0..<Int32(count)).map { $0 }
    }

    /// Whether every mention has a name (a mention of a document the list does not hold has none: no memo then).
    var isComplete: Bool { !source.contains(-1) }

    /// The key of a part whose mentions are at `run` (in the merge's order), for a merge with capture window `window`.
    func key(of run: [Int], window: Int) -> String {
        var bytes: [UInt8] = Array("w\(window)".utf8)
        bytes.reserveCapacity(bytes.count + run.count * 40)
        for k in run {
            bytes.append(0x1E)
            bytes += sources[Int(source[k])]
            var n = UInt32(ordinal[k])
            repeat { bytes.append(UInt8(48 + n % 10)); n /= 10 } while n > 0   // digits, lowest first
        }
        return SHA256.hex(bytes)
    }

    static func digest(_ bytes: [UInt8]) -> [UInt8] { Array(SHA256.hex(bytes).utf8.prefix(32)) }
}
