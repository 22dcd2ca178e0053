/// Makes article text safe to print: no control characters or escape sequences reach a terminal.
public enum Sanitize {
    /// Replaces C0/C1 controls (except newline and tab when allowed) and DEL with U+FFFD or a space.
    public static func text(_ s: String, keepNewlines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 10 where keepNewlines: out.append(u)
            case 9: out.append(" ")
            case 10, 13: out.append(" ")
            case 0..<32, 127, 0x80..<0xA0: out.append("\u{FFFD}")
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// One line, whitespace collapsed, safe, cut to `limit` characters with an ellipsis.
    public static func oneLine(_ s: String, limit: Int = 200) -> String {
        if let ascii = printableASCIIOneLine(s, limit: limit) { return ascii }
        let flat = text(s, keepNewlines: false).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }

    /// `oneLine` for printable ASCII text (the usual case), on bytes; nil for any other text.
    static func printableASCIIOneLine(_ s: String, limit: Int) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for b in s.utf8 {
            guard b >= 32 && b < 127 else { return nil }
            if b == 32 { pendingSpace = !bytes.isEmpty; continue }
            if pendingSpace { bytes.append(32); pendingSpace = false }
            bytes.append(b)
        }
        if bytes.count > limit { return String(decoding: bytes[0..<max(0, limit - 1)], as: UTF8.self) + "…" }
        return String(decoding: bytes, as: UTF8.self)
    }
}
