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
        let flat = text(s, keepNewlines: false).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }
}
