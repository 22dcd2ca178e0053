/// Fitting one-line text into a number of columns.
public enum TextFit {
    /// `text` cut to at most `width` columns, ending in "…" when cut.
    public static func truncate(_ text: String, _ width: Int, measure: WidthFunction = DisplayWidth.of) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text, measure: measure) <= width { return text }
        var out = String.UnicodeScalarView()
        var w = 0
        for raw in text.unicodeScalars {
            guard let s = Sanitizer.clean(raw) else { continue }
            let sw = measure(s)
            if w + sw > width - 1 { break }
            out.append(s); w += sw
        }
        return String(out) + "…"
    }

    /// `text` truncated, then padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, _ width: Int, measure: WidthFunction = DisplayWidth.of) -> String {
        let t = truncate(text, width, measure: measure)
        return t + String(repeating: " ", count: max(0, width - DisplayWidth.of(t, measure: measure)))
    }

    /// `text` right-aligned in `width` columns.
    public static func padLeft(_ text: String, _ width: Int, measure: WidthFunction = DisplayWidth.of) -> String {
        let t = truncate(text, width, measure: measure)
        return String(repeating: " ", count: max(0, width - DisplayWidth.of(t, measure: measure))) + t
    }
}
