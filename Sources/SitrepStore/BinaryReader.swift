import SitrepCore

/// Reads what `BinaryWriter` wrote; throws `BinaryReader.Damaged` rather than reading past the end or trusting a
/// count that cannot be right.
struct BinaryReader {
    /// The bytes do not hold what was asked for.
    struct Damaged: Error {}

    let bytes: [UInt8]
    private var at = 0
    /// Where the bytes read end (the array's end, or a part's).
    private let end: Int
    private var table: [String] = []
    /// The documents' texts by id, which passages written as references are cut from (sharing their storage), or
    /// point into when the text is still to be read.
    let texts: [String: ArticleText]
    /// The last document a passage was read of (passages come grouped by document): no lookup or lock per passage.
    private var last: (doc: String, article: ArticleText, loaded: Bool)? = nil

    init(_ bytes: [UInt8], texts: [String: ArticleText] = [:]) { self.init(bytes, part: 0..<bytes.count, texts: texts) }

    /// A reader of `part` of `bytes` only (which shares their storage), with a string table of its own.
    init(_ bytes: [UInt8], part: Range<Int>, texts: [String: ArticleText] = [:]) {
        self.bytes = bytes; at = part.lowerBound; end = part.upperBound; self.texts = texts
    }

    var isAtEnd: Bool { at == end }
    /// The position of the next byte to read.
    var position: Int { at }

    /// Skips `n` bytes (which must be there).
    mutating func skip(_ n: Int) throws {
        guard n <= end - at else { throw Damaged() }
        at += n
    }

    mutating func unsigned() throws -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard at < end, shift < 64 else { throw Damaged() }
            let b = bytes[at]; at += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    mutating func int() throws -> Int {
        let u = try unsigned()
        return Int(Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1))
    }

    mutating func bool() throws -> Bool {
        guard at < end, bytes[at] <= 1 else { throw Damaged() }
        at += 1
        return bytes[at - 1] == 1
    }

    mutating func double() throws -> Double {
        guard end - at >= 8 else { throw Damaged() }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
        at += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws -> String {
        let n = try unsigned()
        if n > 0 {
            guard n <= UInt64(table.count) else { throw Damaged() }
            return table[Int(n - 1)]
        }
        let s = try text()
        table.append(s)
        return s
    }

    mutating func text() throws -> String {
        let n = try count()
        defer { at += n }
        return String(decoding: bytes[at..<at + n], as: UTF8.self)
    }

    /// A count of bytes or elements: never more than the bytes left (each element takes at least one).
    mutating func count() throws -> Int {
        let n = try unsigned()
        guard n <= UInt64(end - at) else { throw Damaged() }
        return Int(n)
    }

    /// What `BinaryWriter.quote` wrote. A reference into a text not read yet stays one (it is cut when first used).
    mutating func quote(doc: String, span: ByteSpan) throws -> SharedText {
        guard try bool() else { return SharedText(try text()) }
        if last?.doc != doc {
            guard let article = texts[doc] else { throw Damaged() }
            last = (doc, article, article.isLoaded)
        }
        let (_, article, loaded) = last!
        guard loaded else { return SharedText(article, span: span) }
        let t = article.text
        guard let cut = BinaryWriter.scalarRange(t, span) else { throw Damaged() }
        return SharedText(Substring(t.unicodeScalars[cut]))
    }

    mutating func optional<T>(_ body: (inout BinaryReader) throws -> T) throws -> T? {
        try bool() ? try body(&self) : nil
    }

    mutating func array<T>(_ body: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try body(&self)) }
        return out
    }

    mutating func value<T: BinaryCodable>(_: T.Type = T.self) throws -> T { try T(from: &self) }
    mutating func values<T: BinaryCodable>(_: T.Type = T.self) throws -> [T] { try array { try T(from: &$0) } }

    /// What `values` reads, appended to `out` (no list of its own).
    mutating func values<T: BinaryCodable>(appendingTo out: inout [T]) throws {
        for _ in 0..<(try count()) { out.append(try T(from: &self)) }
    }

    /// An enum case by its raw value.
    mutating func raw<T: RawRepresentable<String>>(_: T.Type = T.self) throws -> T {
        guard let v = T(rawValue: try string()) else { throw Damaged() }
        return v
    }
}
