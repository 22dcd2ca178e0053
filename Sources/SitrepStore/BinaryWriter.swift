/// Writes values in the index's compact binary cache format (`BinaryReader` reads them back): integers as varints,
/// doubles as their bits, and each distinct short string once (later uses are its number in a table).
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    private var table: [String: Int] = [:]

    init() { bytes.reserveCapacity(1 << 16) }

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

    /// A string written in full each time (a passage).
    mutating func text(_ s: String) {
        var s = s
        s.withUTF8 { u in unsigned(UInt64(u.count)); bytes += u }
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
