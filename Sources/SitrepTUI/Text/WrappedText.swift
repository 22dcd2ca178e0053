/// Text wrapped to a width, keeping each glyph's byte offset so a byte span can be highlighted.
public struct WrappedText: Sendable {
    /// One drawable scalar: its byte offset in the source text and its display width (0 for marks).
    public struct Glyph: Sendable {
        public var scalar: Unicode.Scalar
        public var offset: Int
        public var width: Int
    }
    public var glyphs: [Glyph]
    /// Each line as a range of `glyphs`.
    public var lines: [Range<Int>]

    /// Wraps `text[from...]` (byte offsets index `text.utf8`) at spaces to lines of at most `width` columns.
    ///
    /// Newlines end lines (a blank line stays blank); runs of spaces at a wrap point are dropped; a word
    /// longer than the width is broken between glyphs; controls are sanitised.
    /// - Complexity: O(n) in the length of the text.
    public init(_ text: String, from start: Int = 0, width: Int, measure: WidthFunction = DisplayWidth.of) {
        glyphs = []; lines = []
        let width = max(1, width)
        var offset = 0
        var lineStart = 0, lineWidth = 0
        var breakAt: Int? = nil   // glyph index of the first space of the last run of spaces in the line
        var lastWasSpace = false
        for raw in text.unicodeScalars {
            defer { offset += UTF8.width(raw) }
            if offset < start { continue }
            if raw == "\n" { lines.append(lineStart..<glyphs.count); lineStart = glyphs.count; lineWidth = 0; breakAt = nil; lastWasSpace = false; continue }
            if raw == "\r" { continue }
            let isSpace = raw == " " || raw == "\t" || raw == "\u{A0}"
            guard let s = Sanitizer.clean(isSpace ? " " : raw) else { continue }
            let w = measure(s)
            if isSpace && !lastWasSpace { breakAt = glyphs.count }
            lastWasSpace = isSpace
            if lineWidth + w > width, !isSpace {
                if let b = breakAt, b > lineStart {
                    lines.append(lineStart..<b)
                    var next = b
                    while next < glyphs.count && glyphs[next].scalar == " " { next += 1 }
                    lineStart = next
                    lineWidth = glyphs[next...].reduce(0) { $0 + $1.width }
                } else {
                    lines.append(lineStart..<glyphs.count); lineStart = glyphs.count; lineWidth = 0
                }
                breakAt = nil
            }
            if isSpace && lineWidth + w > width { glyphs.append(Glyph(scalar: s, offset: offset, width: 0)); continue }
            glyphs.append(Glyph(scalar: s, offset: offset, width: w))
            lineWidth += w
        }
        if lineStart < glyphs.count || lines.isEmpty { lines.append(lineStart..<glyphs.count) }
    }

    /// The first line that contains a glyph at or after byte `offset`.
    public func line(containing offset: Int) -> Int? {
        for (i, r) in lines.enumerated() where !r.isEmpty && glyphs[r.upperBound - 1].offset >= offset { return i }
        return nil
    }
}
