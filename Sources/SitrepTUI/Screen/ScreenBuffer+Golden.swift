/// A plain-text rendering of a screen with its styles, for golden files that show up well in a diff.
///
/// The text rows come first, framed by `|`; then a legend maps one letter to each style used; then the
/// same grid with each cell replaced by its style letter (`.` for plain, continuation cells repeat).
extension ScreenBuffer {
    public var goldenText: String {
        var out = "size \(width)x\(height)\n"
        for line in lines { out += "|" + line + "|\n" }
        var letters: [Style: Character] = [.plain: "."]
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        var order: [Style] = []
        var grid = ""
        for y in 0..<height {
            var row = ""
            var previous: Character = "."
            for x in 0..<width {
                let cell = self[x, y]
                if cell.isContinuation { row.append(previous); continue }
                if letters[cell.style] == nil {
                    letters[cell.style] = order.count < alphabet.count ? alphabet[order.count] : "?"
                    order.append(cell.style)
                }
                previous = letters[cell.style]!
                row.append(previous)
            }
            grid += "|" + row + "|\n"
        }
        out += "styles:\n"
        for style in order { out += "  \(letters[style]!) = \(style.code)\n" }
        return out + grid
    }
}
