import SitrepCore

/// Keeps article text from controlling the terminal: no control character or escape sequence gets through.
public enum Sanitizer {
    /// Shown in place of a control character.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The scalar to draw for `s`, or nil to drop it.
    ///
    /// The core's rule (`Sanitize.scalar`: tabs a space, C0 and C1 controls and DEL U+FFFD, bidirectional controls
    /// dropped), plus, for cell layout only, zero-width joiners and variation selectors dropped.
    @inline(__always)
    public static func clean(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x200D, 0xFE0E, 0xFE0F: return nil
        default: return Sanitize.scalar(s)
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
