import SitrepCore

/// Writes values in the index's compact binary cache format (`BinaryReader` reads them back): integers as varints,
/// doubles as their bits, and each distinct short string once (later uses are its number in a table).
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    private var table: [String: Int] = [:]
    /// The documents' texts by id: a passage that is its document's bytes at its span is written as that reference.
    var texts: [String: ArticleText] = [:]

    init(texts: [String: ArticleText] = [:]) { self.texts = texts }

    mutating func unsigned(_ v: UInt64) {
        var v = v
        while v >= 0x80 { bytes.append(UInt8(truncatingIfNeeded: v) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }

    /// A signed integer, zigzag-coded so small negative numbers stay short.
    mutating func int(_ v: Int) { unsigned(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }
    mutating func double(_ v: Double) { withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes += $0 } }

    /// A string that recurs (an id, a type, a name): its table number + 1, or 0 and the text the first time.
    mutating func string(_ s: String) {
        if let n = table[s] { unsigned(UInt64(n + 1)); return }
        table[s] = table.count
        bytes.append(0)
        text(s)
    }

    /// What `body` writes with a writer of its own (strings numbered afresh).
    static func bytes(texts: [String: ArticleText], _ body: (inout BinaryWriter) -> Void) -> [UInt8] {
        var w = BinaryWriter(texts: texts)
        body(&w)
        return w.bytes
    }

    /// Bytes written by another writer (a part read on its own): their count, then the bytes.
    mutating func part(_ other: [UInt8]) { unsigned(UInt64(other.count)); bytes += other }

    /// A string written in full each time (a passage).
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { u in unsigned(UInt64(u.count)); bytes += u }
    }

    /// A passage of document `doc` at `span`: a reference when it is the text's bytes there (cut at scalars), else
    /// the text in full. A passage that points into its document's text is a reference without reading it.
    mutating func quote(_ q: SharedText, doc: String, span: ByteSpan) {
        guard let article = texts[doc] else { bool(false); text(String(q.slice)); return }
        if q.refers(to: article, span: span) { bool(true); return }
        let t = article.text
        if Self.isCut(q.slice, of: t, at: span) {
            bool(true)
        } else if let cut = Self.scalarRange(t, span), t.utf8[cut].elementsEqual(q.slice.utf8) {
            bool(true)
        } else {
            bool(false); text(String(q.slice))
        }
    }

    /// Whether `slice` is `text` itself at `span` (the same storage, so the same bytes; a substring's ends lie at
    /// scalars) — found from offsets and addresses alone, without reading the text (scattered over the corpus, its
    /// bytes are cache misses). Small strings live inline, copied to the stack to be read, so only larger ones are
    /// compared by address.
    static func isCut(_ slice: Substring, of text: String, at span: ByteSpan) -> Bool {
        let u = slice.base.utf8
        guard text.utf8.count > 15, u.distance(from: u.startIndex, to: slice.startIndex) == span.start,
              u.distance(from: u.startIndex, to: slice.endIndex) == span.end,
              let a = u.withContiguousStorageIfAvailable({ $0.baseAddress }),
              let b = text.utf8.withContiguousStorageIfAvailable({ $0.baseAddress }) else { return false }
        return a == b
    }

    /// `span`'s indices in `text`, when both ends lie inside it and at the start of a scalar.
    static func scalarRange(_ text: String, _ span: ByteSpan) -> Range<String.Index>? {
        let u = text.utf8
        guard span.start >= 0, span.start <= span.end, span.end <= u.count else { return nil }
        let a = u.index(u.startIndex, offsetBy: span.start), b = u.index(u.startIndex, offsetBy: span.end)
        func starts(_ i: String.Index) -> Bool { i == u.endIndex || u[i] & 0xC0 != 0x80 }
        return starts(a) && starts(b) ? a..<b : nil
    }

    mutating func optional<T>(_ v: T?, _ body: (inout BinaryWriter, T) -> Void) {
        guard let v else { bool(false); return }
        bool(true); body(&self, v)
    }

    mutating func array<T>(_ vs: [T], _ body: (inout BinaryWriter, T) -> Void) {
        unsigned(UInt64(vs.count))
        for v in vs { body(&self, v) }
    }

    mutating func value(_ v: some BinaryCodable) { v.write(to: &self) }
    mutating func values(_ vs: [some BinaryCodable]) { array(vs) { $0.value($1) } }
}
