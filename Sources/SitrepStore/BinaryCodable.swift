import SitrepCore

/// A value the index caches in its binary format: written field by field in a fixed order, read back in the same.
protocol BinaryCodable {
    init(from r: inout BinaryReader) throws
    func write(to w: inout BinaryWriter)
}

extension BinaryCodable {
    /// The value's bytes (strings numbered afresh).
    var binary: [UInt8] { binary(texts: [:]) }

    /// The value's bytes, its passages of `texts` (document texts by id) written as references to them.
    func binary(texts: [String: ArticleText]) -> [UInt8] { var w = BinaryWriter(texts: texts); write(to: &w); return w.bytes }

    /// The value in `bytes`, which must hold nothing more; passages written as references are cut from `texts`.
    init(binary bytes: [UInt8], texts: [String: ArticleText] = [:]) throws {
        var r = BinaryReader(bytes, texts: texts)
        self = try Self(from: &r)
        guard r.isAtEnd else { throw BinaryReader.Damaged() }
    }
}

extension CalendarDate: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(dayNumber: try r.int()) }
    func write(to w: inout BinaryWriter) { w.int(dayNumber) }
}

extension ByteSpan: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(try r.int(), try r.int()) }
    func write(to w: inout BinaryWriter) { w.int(start); w.int(end) }
}

extension EventDate: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        self.init(date: try r.optional { try $0.value() }, precision: .unknown)
        earliest = try r.optional { try $0.value() }
        latest = try r.optional { try $0.value() }
        precision = try r.raw()
    }

    func write(to w: inout BinaryWriter) {
        w.optional(date) { $0.value($1) }; w.optional(earliest) { $0.value($1) }; w.optional(latest) { $0.value($1) }
        w.string(precision.rawValue)
    }
}

extension ActorRef: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(name: try r.string(), role: try r.raw(), inter: try r.int()) }
    func write(to w: inout BinaryWriter) { w.string(name); w.string(role.rawValue); w.int(inter) }
}

extension FatalityCount: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(count: try r.int(), qualifier: try r.optional { try $0.string() }) }
    func write(to w: inout BinaryWriter) { w.int(count); w.optional(qualifier) { $0.string($1) } }
}

extension FatalityRange: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        self.init(low: try r.int(), best: try r.int(), high: try r.int(), count: try r.int(), qualifier: try r.optional { try $0.string() })
    }

    func write(to w: inout BinaryWriter) {
        w.int(low); w.int(best); w.int(high); w.int(count); w.optional(qualifier) { $0.string($1) }
    }
}

extension PeopleCount: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(kind: try r.raw(), count: try r.value()) }
    func write(to w: inout BinaryWriter) { w.string(kind.rawValue); w.value(count) }
}

extension PeopleTally: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(kind: try r.raw(), range: try r.value()) }
    func write(to w: inout BinaryWriter) { w.string(kind.rawValue); w.value(range) }
}
