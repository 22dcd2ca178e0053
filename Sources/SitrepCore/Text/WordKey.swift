import Synchronization

/// Short text stored inline (up to 23 UTF-8 bytes; longer text is interned), so that a `Token` holding it is
/// trivially copyable: copying tokens costs no reference counting.
///
/// Two values are equal exactly when their texts are: short texts compare their bytes, long ones their
/// interned number (one per distinct text).
public struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Bytes 0…22 of the text, little-endian; byte 23 (the top byte of `c`) is the length, or `interned`.
    private var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0

    static let inlineCapacity = 23
    private static let interned: UInt8 = 0xFF

    public init() {}

    public init(_ text: String) {
        var text = text
        self = text.withUTF8 { WordKey(bytes: $0) }
    }

    @inline(__always)
    public init(stringLiteral value: StaticString) {
        self.init(bytes: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// The text of these UTF-8 bytes.
    @inline(__always)
    public init(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.inlineCapacity else {
            a = UInt64(WordKeyInterner.shared.id(of: String(decoding: bytes, as: UTF8.self)))
            c = UInt64(Self.interned) << 56
            return
        }
        // Byte by byte into the words: for the short texts of tokens this beats a call to memcpy, and for
        // literals it folds to constants.
        for (i, byte) in bytes.enumerated() {
            let v = UInt64(byte) << (UInt64(i & 7) << 3)
            switch i >> 3 {
            case 0: a |= v
            case 1: b |= v
            default: c |= v
            }
        }
        c |= UInt64(bytes.count) << 56
    }

    /// One mixed word instead of three: `Hasher` work is most of a dictionary probe.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(a &+ (b &* 0x9e37_79b9_7f4a_7c15) &+ (c &* 0xc2b2_ae3d_27d4_eb4f))
    }

    public static func == (l: WordKey, r: WordKey) -> Bool { l.a == r.a && l.b == r.b && l.c == r.c }

    private var lengthByte: UInt8 { UInt8(truncatingIfNeeded: c >> 56) }

    /// The text.
    public var string: String {
        if lengthByte == Self.interned { return WordKeyInterner.shared.text(of: Int(a)) }
        return withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    public var description: String { string }

    /// Whether the text is empty.
    public var isEmpty: Bool { lengthByte == 0 }

    /// `Gazetteer.hash` of the text's bytes (what the tokenizer stores as a token's `keyHash`).
    public var keyHash: UInt64 {
        if lengthByte == Self.interned { return withUTF8 { Gazetteer.hash($0) } }
        return Words(w0: a, w1: b, w2: c & 0x00FF_FFFF_FFFF_FFFF).hash(Int(lengthByte))
    }

    /// The length of the text in UTF-8 bytes.
    public var utf8Count: Int { lengthByte == Self.interned ? string.utf8.count : Int(lengthByte) }

    /// Whether an ASCII capital stands after the first byte ("LeT", "PressTV"), tested on the inline words at once
    /// (a byte from "A" to "Z" is one that adding 0x3F lifts to 0x80 and adding 0x25 does not).
    public var hasCapitalAfterFirst: Bool {
        if lengthByte == Self.interned { return withUTF8 { $0.dropFirst().contains { $0 &- 65 < 26 } } }
        func capitals(_ x: UInt64) -> UInt64 {
            let low = x & 0x7F7F_7F7F_7F7F_7F7F
            return (low &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(low &+ 0x2525_2525_2525_2525) & ~x & 0x8080_8080_8080_8080
        }
        return capitals(a) & ~0x80 != 0 || capitals(b) != 0 || capitals(c & 0x00FF_FFFF_FFFF_FFFF) != 0
    }

    /// Whether the text has an ASCII digit.
    public var containsDigit: Bool { withUTF8 { $0.contains { $0 &- 48 < 10 } } }

    /// Calls `body` with the keys `key(0)…key(count - 1)` joined by single spaces, in a stack buffer (the way
    /// multi-word keys are written), and with where each word ends in it.
    static func withJoined<R>(count: Int, key: (Int) -> WordKey, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Int>) -> R) -> R {
        var capacity = count
        for n in 0..<count { capacity += key(n).utf8Count }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, capacity)) { joined in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, count)) { ends in
                var length = 0
                for n in 0..<count {
                    if n > 0 { joined[length] = 32; length += 1 }
                    key(n).withUTF8 { for byte in $0 { joined[length] = byte; length += 1 } }
                    ends[n] = length
                }
                return body(UnsafeBufferPointer(rebasing: joined[0..<length]), UnsafeBufferPointer(rebasing: ends[0..<count]))
            }
        }
    }

    /// Whether the text ends with the ASCII `suffix` ("-ed", "-ing"), compared on bytes without building a String.
    public func endsWith(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        return withUTF8 { b in
            guard b.count >= n else { return false }
            let s = suffix.utf8Start
            for k in 0..<n where b[b.count - n + k] != s[k] { return false }
            return true
        }
    }

    /// The text followed by the ASCII `suffix` ("civilian" + "s"), joined in a stack buffer without building a String.
    public func appending(_ suffix: StaticString) -> WordKey {
        withUTF8 { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + suffix.utf8CodeUnitCount) { joined in
                let end = joined.initialize(fromContentsOf: text)
                _ = joined[end...].initialize(fromContentsOf: UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
                return WordKey(bytes: UnsafeBufferPointer(joined))
            }
        }
    }

    /// Calls `body` with the text's UTF-8 bytes.
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if lengthByte == Self.interned {
            var s = string
            return s.withUTF8(body)
        }
        var copy = self
        let count = Int(lengthByte)
        return withUnsafeBytes(of: &copy) { raw in
            body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }
}

extension WordKey {
    /// Builds a short key byte by byte, in registers.
    struct Builder {
        private var words = Words(w0: 0, w1: 0, w2: 0)
        private var count = 0

        /// Appends a byte; false when the key would no longer fit inline.
        @inline(__always) mutating func append(_ byte: UInt8) -> Bool {
            let shift = UInt64(count & 7) << 3
            switch count >> 3 {
            case 0: words.w0 |= UInt64(byte) << shift
            case 1: words.w1 |= UInt64(byte) << shift
            case 2 where count < WordKey.inlineCapacity: words.w2 |= UInt64(byte) << shift
            default: return false
            }
            count += 1
            return true
        }

        /// Drops the last byte.
        @inline(__always) mutating func removeLast() {
            count -= 1
            let keep = ~(UInt64(0xFF) << (UInt64(count & 7) << 3))
            switch count >> 3 {
            case 0: words.w0 &= keep
            case 1: words.w1 &= keep
            default: words.w2 &= keep
            }
        }

        /// The key built so far.
        var key: WordKey { words.key(count) }

        /// `Gazetteer.hash` of the bytes.
        var hash: UInt64 { words.hash(count) }
    }

    /// Up to 23 bytes of text as three little-endian words, zero beyond the text.
    struct Words {
        var w0: UInt64, w1: UInt64, w2: UInt64

        /// Bytes `start ..< start + count` of `b` (count ≤ 23), read eight at a time where the buffer allows.
        @inline(__always)
        init(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) {
            let base = UnsafeRawPointer(b.baseAddress! + start)
            @inline(__always) func word(_ at: Int) -> UInt64 {
                let n = min(8, count - at)
                guard n > 0 else { return 0 }
                if start + at + 8 <= b.count {
                    let v = base.loadUnaligned(fromByteOffset: at, as: UInt64.self)
                    return n == 8 ? v : v & ((1 << (UInt64(n) << 3)) - 1)
                }
                var v: UInt64 = 0
                for k in 0..<n { v |= UInt64(base.load(fromByteOffset: at + k, as: UInt8.self)) << (UInt64(k) << 3) }
                return v
            }
            w0 = word(0); w1 = word(8); w2 = word(16)
        }

        init(w0: UInt64, w1: UInt64, w2: UInt64) { self.w0 = w0; self.w1 = w1; self.w2 = w2 }

        /// The same text with every ASCII letter lowercased (the bytes must all be ASCII letters, the unused ones
        /// zero). Every ASCII letter has bit 0x40 set and gets the case bit 0x20 from it; zero bytes stay zero.
        @inline(__always)
        func lowercasedLetters() -> Words {
            @inline(__always) func lower(_ w: UInt64) -> UInt64 { w | (w & 0x4040_4040_4040_4040) >> 1 }
            return Words(w0: lower(w0), w1: lower(w1), w2: lower(w2))
        }

        func key(_ count: Int) -> WordKey { WordKey(a: w0, b: w1, c: w2 | UInt64(count) << 56) }

        /// `Gazetteer.hash` of the first `count` bytes.
        @inline(__always)
        func hash(_ count: Int) -> UInt64 {
            var h = Gazetteer.hashSeed(count), tail = w0
            if count >= 8 { h = Gazetteer.hashStep(h, w0); tail = w1 }
            if count >= 16 { h = Gazetteer.hashStep(h, w1); tail = w2 }
            return Gazetteer.hashTail(h, tail)
        }
    }

    fileprivate init(a: UInt64, b: UInt64, c: UInt64) {
        self.a = a; self.b = b; self.c = c
    }
}

/// The long texts of `WordKey`s, numbered in order of first use (shared by all threads).
final class WordKeyInterner: Sendable {
    static let shared = WordKeyInterner()
    private let state = Mutex<(ids: [String: Int], texts: [String])>(([:], []))

    func id(of text: String) -> Int {
        state.withLock { s in
            if let id = s.ids[text] { return id }
            s.texts.append(text)
            s.ids[text] = s.texts.count - 1
            return s.texts.count - 1
        }
    }

    func text(of id: Int) -> String { state.withLock { $0.texts[id] } }
}
