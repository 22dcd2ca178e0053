import Foundation

/// `sitrep/1` JSON written piece by piece: each document, event and disagreement is encoded on its own (sorted keys,
/// pretty-printed, as one encoder of the whole tree would write it) and indented into place, so no encoded tree of
/// the whole corpus is ever held in memory.
extension JSONExport {
    /// Writes the export through `sink` in pieces of about `chunkBytes`. `annotations` (by event id) add `verdict`,
    /// `note` and `tags` to their events; events without one are as before.
    public static func write(_ a: Analysis, generator: String, events: [Event]? = nil, disagreements: [Disagreement]? = nil,
                             annotations: [String: EventAnnotation] = [:], chunkBytes: Int = 1 << 20,
                             to sink: (Data) throws -> Void) throws {
        let maps = Dictionary(a.documents.compactMap { d in d.storedOffsets.map { (d.id, $0) } }, uniquingKeysWith: { x, _ in x })
        try withoutActuallyEscaping(sink) { sink in
            var out = Chunks(limit: chunkBytes, sink: sink)
            try write(a, generator: generator, events: events, disagreements: disagreements, annotations: annotations, maps: maps, into: &out)
        }
    }

    private static func write(_ a: Analysis, generator: String, events: [Event]?, disagreements: [Disagreement]?,
                              annotations: [String: EventAnnotation], maps: [String: StoredOffsets], into out: inout Chunks) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try out.append("{\n  \"disagreements\" : ")
        try array(disagreements ?? a.disagreements, enc, &out) { ExportDisagreement(storedSpans(of: $0, maps)) }
        try out.append(",\n  \"documents\" : ")
        try array(a.documents, enc, &out) { ExportDocument($0) }
        try out.append(",\n  \"events\" : ")
        try array(events ?? a.events, enc, &out) { ExportEvent(storedSpans(of: $0, maps), annotations[$0.id]) }
        try out.append(",\n  \"generator\" : ")
        try out.append(JSONEscape.escapingUnsafe(enc.encode(generator)))
        try out.append(",\n  \"schema\" : ")
        try out.append(JSONEscape.escapingUnsafe(enc.encode(schema)))
        try out.append("\n}\n")
        try out.flush()
    }

    /// One top-level array: its elements encoded one at a time and indented by four spaces.
    static func array<T, E: Encodable>(_ items: [T], _ enc: JSONEncoder, _ out: inout Chunks, _ shape: (T) -> E) throws {
        // An empty array is written as the encoder writes one: an empty line between the brackets.
        guard !items.isEmpty else { return try out.append("[\n\n  ]") }
        try out.append("[\n")
        for (i, item) in items.enumerated() {
            var piece = indented(JSONEscape.escapingUnsafe(try enc.encode(shape(item))))
            if i < items.count - 1 { piece.append(contentsOf: [44, 10]) }
            try out.append(Data(piece))
        }
        try out.append("\n  ]")
    }

    /// The encoded value with every line but the empty ones (inside an empty array) moved in by four spaces.
    static func indented(_ encoded: Data) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(encoded.count + encoded.count / 8)
        encoded.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 10 { end += 1 }
                if end > start { out += [32, 32, 32, 32]; out.append(contentsOf: bytes[start..<end]) }
                if end < bytes.count { out.append(10) }
                start = end + 1
            }
        }
        return out
    }

    static func storedSpans(of e: Event, _ maps: [String: StoredOffsets]) -> Event {
        guard !maps.isEmpty else { return e }
        var e = e
        for i in e.mentions.indices { e.mentions[i].span = maps[e.mentions[i].doc]?.stored(e.mentions[i].span) ?? e.mentions[i].span }
        return e
    }

    static func storedSpans(of d: Disagreement, _ maps: [String: StoredOffsets]) -> Disagreement {
        guard !maps.isEmpty else { return d }
        var d = d
        for i in d.claims.indices { d.claims[i].span = maps[d.claims[i].doc]?.stored(d.claims[i].span) ?? d.claims[i].span }
        return d
    }

    /// Bytes gathered until `limit`, then handed to `sink`.
    struct Chunks {
        let limit: Int
        let sink: (Data) throws -> Void
        var buffer = Data()
        mutating func append(_ s: String) throws { try append(Data(s.utf8)) }
        mutating func append(_ d: Data) throws {
            buffer.append(d)
            if buffer.count >= limit { try flush() }
        }
        mutating func flush() throws {
            guard !buffer.isEmpty else { return }
            try sink(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }
}
