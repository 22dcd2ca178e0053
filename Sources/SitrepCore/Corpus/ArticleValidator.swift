/// Rejects files that are not text articles: empty, binary, too large (text that is not UTF-8 is decoded: `Windows1252`).
public enum ArticleValidator {
    public static func check(_ bytes: [UInt8], path: String, maxBytes: Int) -> LoadProblem? {
        if bytes.count > maxBytes { return tooLarge(path: path, maxBytes: maxBytes) }
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            return LoadProblem(kind: .emptyFile, path: path, message: "the file is empty",
                               help: "paste the article text into it, or remove the file")
        }
        if let nul = bytes.firstIndex(of: 0) {
            return LoadProblem(kind: .binaryFile, path: path, line: lineNumber(bytes, nul),
                               message: "the file holds binary data (a NUL byte), not text",
                               help: "convert it to plain UTF-8 text (.txt or .md)")
        }
        return nil
    }

    /// The problem of a file over the size limit (found before its bytes are read).
    public static func tooLarge(path: String, maxBytes: Int) -> LoadProblem {
        LoadProblem(kind: .tooLarge, path: path, message: "the file is over the \(maxBytes / 1_000_000) MB limit for one article",
                    help: "split it into one file per article")
    }

    static func lineNumber(_ bytes: [UInt8], _ offset: Int) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }

    /// Offset of the first byte that starts an invalid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            guard let n = validSequenceLength(bytes, at: i) else { return i }
            i += n
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence at `i`, or nil when the byte there starts none.
    @inline(__always)
    static func validSequenceLength(_ bytes: [UInt8], at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return 1 }
        let len: Int
        switch b {
        case 0xC2...0xDF: len = 2
        case 0xE0...0xEF: len = 3
        case 0xF0...0xF4: len = 4
        default: return nil
        }
        if i + len > bytes.count { return nil }
        for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { return nil }
        if b == 0xE0 && bytes[i + 1] < 0xA0 { return nil }
        if b == 0xED && bytes[i + 1] > 0x9F { return nil }
        if b == 0xF0 && bytes[i + 1] < 0x90 { return nil }
        if b == 0xF4 && bytes[i + 1] > 0x8F { return nil }
        return len
    }
}
