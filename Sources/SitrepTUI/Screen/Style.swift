/// One of the eight ANSI colours; `nil` in a `Style` means the terminal's own default.
public enum TermColor: Int, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
    public var name: String { String(describing: self) }
}

/// How a cell is drawn: colours on the terminal's default background plus attributes.
public struct Style: Hashable, Sendable {
    public var fg: TermColor?
    public var bg: TermColor?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(fg: TermColor? = nil, bg: TermColor? = nil, bold: Bool = false, underline: Bool = false,
                reverse: Bool = false, dim: Bool = false) {
        self.fg = fg; self.bg = bg; self.bold = bold; self.underline = underline; self.reverse = reverse; self.dim = dim
    }

    public static let plain = Style()

    /// A compact description for golden files: "fg=red bold", or "plain".
    public var code: String {
        var parts: [String] = []
        if let fg { parts.append("fg=\(fg.name)") }
        if let bg { parts.append("bg=\(bg.name)") }
        if bold { parts.append("bold") }
        if underline { parts.append("underline") }
        if reverse { parts.append("reverse") }
        if dim { parts.append("dim") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    /// The same style without colours, for monochrome terminals.
    public var withoutColors: Style { var s = self; s.fg = nil; s.bg = nil; return s }
}
