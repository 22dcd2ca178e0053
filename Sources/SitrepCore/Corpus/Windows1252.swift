/// Reads a file that is not valid UTF-8: each byte that starts no valid UTF-8 sequence is decoded as Windows-1252
/// (the usual encoding of old Western web pages; Latin-1 is its subset), valid sequences are kept.
public enum Windows1252 {
    /// The scalars of bytes 0x80–0x9F; the five bytes Windows-1252 leaves undefined keep their C1 code point.
    static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]

    /// The scalar of one byte.
    static func scalar(_ b: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(b >= 0x80 && b < 0xA0 ? high[Int(b) - 0x80] : UInt32(b))!
    }

    /// UTF-8 bytes of `bytes` with every invalid byte decoded, the map back to the stored offsets, and how many bytes
    /// were decoded.
    /// - Complexity: O(n).
    public static func decode(_ bytes: [UInt8]) -> (utf8: [UInt8], offsets: StoredOffsets, decoded: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        var offsets = StoredOffsets()
        var i = 0, decoded = 0
        while i < bytes.count {
            if let n = ArticleValidator.validSequenceLength(bytes, at: i) {
                out.append(contentsOf: bytes[i..<(i + n)]); i += n; continue
            }
            out.append(contentsOf: Array(String(scalar(bytes[i])).utf8))
            i += 1; decoded += 1
            offsets.add(textOffset: out.count, shift: out.count - i)
        }
        return (out, offsets, decoded)
    }
}

/// Where a decoded text's byte offsets lie in the file as stored: exports give offsets into the file, whatever its
/// encoding. Empty for UTF-8 files (offsets are the same).
public struct StoredOffsets: Hashable, Sendable, Codable {
    /// Text offsets right after each decoded character, increasing, and how far the text had then grown.
    var ends: [Int] = []
    var shifts: [Int] = []

    mutating func add(textOffset: Int, shift: Int) { ends.append(textOffset); shifts.append(shift) }

    /// The stored offset of a text offset (one inside a decoded character maps to that character's start).
    /// - Complexity: O(log n).
    public func stored(_ offset: Int) -> Int {
        var lo = 0, hi = ends.count   // lo: how many decoded characters end at or before `offset`
        while lo < hi { let mid = (lo + hi) / 2; if ends[mid] <= offset { lo = mid + 1 } else { hi = mid } }
        let mapped = offset - (lo > 0 ? shifts[lo - 1] : 0)
        guard lo < ends.count else { return mapped }
        return min(mapped, ends[lo] - shifts[lo] - 1)   // never past the start of the next decoded character
    }

    /// The stored offset of the first decoded byte, or nil when nothing was decoded.
    public var firstDecoded: Int? { ends.first.map { $0 - shifts[0] - 1 } }

    /// How many bytes were decoded.
    public var count: Int { ends.count }

    /// The text offset where the byte at stored offset `stored` begins (the inverse of `stored(_:)`).
    func text(_ stored: Int) -> Int {
        var lo = 0, hi = ends.count   // decoded characters that start before `stored`
        while lo < hi { let mid = (lo + hi) / 2; if ends[mid] - shifts[mid] - 1 < stored { lo = mid + 1 } else { hi = mid } }
        return stored + (lo > 0 ? shifts[lo - 1] : 0)
    }

    /// A span's stored offsets.
    public func stored(_ span: ByteSpan) -> ByteSpan { ByteSpan(stored(span.start), stored(span.end)) }
}
