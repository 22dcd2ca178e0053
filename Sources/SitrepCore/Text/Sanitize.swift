/// Makes untrusted text safe to print: no control character, escape sequence or bidirectional override reaches a
/// terminal. The one rule for the text commands, the exports' single-line fields and the browser (`scalar`).
public enum Sanitize {
    /// What to print for one scalar of untrusted text, or nil to drop it: a tab is a space; C0 and C1 controls (ESC,
    /// BEL, CR, NEL …) and DEL are U+FFFD; bidirectional marks, embeddings, overrides and isolates (U+200E/F, U+061C,
    /// U+202A–202E, U+2066–2069), which could reorder what is shown, are dropped; line and paragraph separators are
    /// spaces. Newlines are the caller's choice (`text(_:keepNewlines:)`): here LF is a control like the others.
    @inline(__always)
    public static func scalar(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        switch u.value {
        case 9, 0x2028, 0x2029: return " "
        case 0..<32, 127, 0x80..<0xA0: return "\u{FFFD}"
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return nil
        default: return u
        }
    }

    /// Whether `scalar` changes or drops `u`.
    @inline(__always)
    public static func isUnsafe(_ u: Unicode.Scalar) -> Bool { scalar(u) != u }

    /// Every scalar through `scalar`; newlines kept when `keepNewlines`, else spaces (a CR is always a space).
    public static func text(_ s: String, keepNewlines: Bool = true) -> String {
        if isPrintableASCII(s) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 10 where keepNewlines: out.append(u)
            case 10, 13: out.append(" ")
            default: if let c = scalar(u) { out.append(c) }
            }
        }
        return String(out)
    }

    /// A single-line field (a file name, an outlet, an actor, an option's value) as is, made safe: controls and
    /// newlines U+FFFD (a newline in a file name cannot forge a line of output, and shows), bidirectional controls
    /// dropped; no other change, no limit.
    public static func line(_ s: String) -> String {
        if isPrintableASCII(s) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { if let c = scalar(u) { out.append(c) } }
        return String(out)
    }

    /// One line, whitespace collapsed, safe, cut to `limit` characters with an ellipsis.
    public static func oneLine(_ s: String, limit: Int = 200) -> String {
        if let ascii = printableASCIIOneLine(s, limit: limit) { return ascii }
        let flat = text(s, keepNewlines: false).split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit - 1)) + "…" : flat
    }

    /// Whether every byte of `s` is printable ASCII (space to tilde): nothing to sanitise.
    static func isPrintableASCII(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in b.allSatisfy { $0 >= 32 && $0 < 127 } }
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
