import Foundation

/// Normalised lookup keys for names: the same rules as `Data/gazetteer/build/namekey.py`, which builds the data files.
///
/// `normalize`: decompose, drop combining marks, map special letters (ø→o, ł→l, đ/ð→d, þ→th, ß→ss,
/// æ→ae, œ→oe, ı→i, ħ→h), lowercase, delete apostrophe-like characters (' ’ ‘ ` ´ ʿ ʾ ʻ ʼ ′), turn every
/// other character outside [a-z0-9] into a space, collapse and trim spaces.
/// `skeleton`: from a normalised key, drop Arabic-style articles (al, el, an, ar, as, ash, at, ad, adh,
/// az, ath, ul, ud, ed, es, ez, er, et) that are not the last token, map q→k, keep each token's first
/// letter and its consonants (drop a e i o u y), collapse repeated letters, join without spaces.
public enum NameKey {
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "`", "\u{B4}", "\u{2BF}", "\u{2BE}",
                                                   "\u{2BB}", "\u{2BC}", "\u{2032}"]
    static let articles: Set<String> = ["al", "el", "an", "ar", "as", "ash", "at", "ad", "adh", "az", "ath",
                                        "ul", "ud", "ed", "es", "ez", "er", "et"]

    /// The normalised key of a name or phrase.
    public static func normalize<S: StringProtocol>(_ s: S) -> String {
        if s.utf8.allSatisfy({ $0 < 128 }) { return normalizeASCII(s.utf8) }
        var out = [UInt8](); out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        func emit(_ b: UInt8) {
            if pendingSpace && !out.isEmpty { out.append(32) }
            pendingSpace = false; out.append(b)
        }
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                let b = UInt8(v)
                switch b {
                case 65...90: emit(b + 32)
                case 97...122, 48...57: emit(b)
                case 39, 96: continue
                default: pendingSpace = true
                }
                continue
            }
            if apostrophes.contains(scalar) { continue }
            for folded in fold(scalar) {
                switch folded {
                case 97...122, 48...57: emit(folded)
                case 0: continue
                default: pendingSpace = true
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `normalize` for pure-ASCII text, byte by byte.
    static func normalizeASCII<C: Collection<UInt8>>(_ bytes: C) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            _ = asciiKeyBytes(of: bytes) { out[n] = $0; n += 1; return true }
            return n
        }
    }

    /// The bytes of `normalize` for pure-ASCII text, one by one, until `emit` returns false; false if it did.
    @inline(__always)
    static func asciiKeyBytes<C: Collection<UInt8>>(of bytes: C, _ emit: (UInt8) -> Bool) -> Bool {
        var started = false, pendingSpace = false
        for b in bytes {
            let c: UInt8
            switch b {
            case 65...90: c = b + 32
            case 97...122, 48...57: c = b
            case 39, 96: continue
            default: pendingSpace = true; continue
            }
            if pendingSpace && started { guard emit(32) else { return false } }
            pendingSpace = false; started = true
            guard emit(c) else { return false }
        }
        return true
    }

    /// Folds one non-ASCII scalar to ASCII bytes (0 = drop, 32 = separator).
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        switch scalar {
        case "ø", "Ø": return [111]
        case "ł", "Ł": return [108]
        case "đ", "Đ", "ð", "Ð": return [100]
        case "þ", "Þ": return [116, 104]
        case "ß": return [115, 115]
        case "æ", "Æ": return [97, 101]
        case "œ", "Œ": return [111, 101]
        case "ı": return [105]
        case "ħ", "Ħ": return [104]
        default: break
        }
        if scalar.properties.generalCategory == .nonspacingMark { return [0] }
        guard let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
              decomposed.value < 128 else {
            return [32]
        }
        let b = UInt8(decomposed.value)
        return [(65...90).contains(b) ? b + 32 : b]
    }

    /// A fast, seed-free 64-bit hash of a key's bytes (the gazetteer's), for tables built on token keys.
    public static func hash(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { Gazetteer.hash($0) }
    }

    /// The consonant skeleton of a normalised key, for near-miss transliterations.
    public static func skeleton(ofKey key: String) -> String {
        var key = key
        return key.withUTF8 { String(decoding: skeleton(ofKeyBytes: $0), as: UTF8.self) }
    }

    /// `skeleton(ofKey:)` on the key's UTF-8 bytes, without splitting it into strings.
    static func skeleton(ofKeyBytes key: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: key.count) { out, n in n = skeleton(ofKeyBytes: key, into: out) }
    }

    /// Writes the skeleton of `key` into `out` (room for `key.count` bytes); returns its length.
    static func skeleton(ofKeyBytes key: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0, i = 0
        while i < key.count {
            if key[i] == 32 { i += 1; continue }
            var end = i
            while end < key.count && key[end] != 32 { end += 1 }
            var next = end
            while next < key.count && key[next] == 32 { next += 1 }
            // Articles go, except as the last word.
            if next < key.count, isArticle(UnsafeBufferPointer(rebasing: key[i..<end])) { i = end; continue }
            var first = true
            for p in i..<end {
                var b = key[p]
                if b == 113 { b = 107 }
                let vowel = b == 97 || b == 101 || b == 105 || b == 111 || b == 117 || b == 121
                if !first && (vowel || n > 0 && out[n - 1] == b) { continue }
                out[n] = b; n += 1; first = false
            }
            i = end
        }
        return n
    }

    static let articleBytes: [[UInt8]] = articles.map { Array($0.utf8) }

    /// Whether a word's bytes are one of `articles`.
    static func isArticle(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        w.count <= 3 && articleBytes.contains { $0.elementsEqual(w) }
    }
}
