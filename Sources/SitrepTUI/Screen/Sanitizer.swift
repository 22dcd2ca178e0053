/// Keeps article text from controlling the terminal: no control character or escape sequence gets through.
public enum Sanitizer {
    /// Shown in place of a control character.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The scalar to draw for `s`, or nil to drop it.
    ///
    /// Tabs become a space; other C0 and C1 controls and DEL become U+FFFD; zero-width joiners,
    /// variation selectors and bidirectional overrides (which could reorder what is shown) are dropped.
    public static func clean(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        switch v {
        case 0x09: return " "
        case 0x00...0x1F, 0x7F...0x9F: return replacement
        case 0x200D, 0xFE0E, 0xFE0F, 0x202A...0x202E, 0x2066...0x2069: return nil
        default: return s
        }
    }

    /// A whole string with every scalar cleaned (newlines included: they become U+FFFD).
    public static func clean(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { if let c = clean(s) { out.append(c) } }
        return String(out)
    }

    /// A string for one line: runs of whitespace (newlines, tabs, NBSP) become one space, controls U+FFFD.
    public static func oneLine(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace { space = !out.isEmpty; continue }
            guard let c = clean(s) else { continue }
            if space { out.append(" "); space = false }
            out.append(c)
        }
        return String(out)
    }
}
