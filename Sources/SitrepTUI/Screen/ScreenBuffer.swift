/// One terminal cell: a spacing scalar with its combining marks, its display width and style.
///
/// A wide character occupies its cell (width 2) and a continuation cell to its right (width 0, empty text).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style
    public init(text: String, width: UInt8, style: Style) { self.text = text; self.width = width; self.style = style }
    public static let blank = Cell(text: " ", width: 1, style: .plain)
    public var isContinuation: Bool { width == 0 }
}

/// An in-memory screen that views draw into; the terminal backend diffs it against the last frame.
///
/// Text written here is sanitised and measured cell by cell; a wide character never straddles a clip edge.
public struct ScreenBuffer: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    public let measure: WidthFunction

    public init(width: Int, height: Int, measure: @escaping WidthFunction = DisplayWidth.of) {
        self.width = max(0, width); self.height = max(0, height); self.measure = measure
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Fills a rectangle with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let blank = Cell(text: " ", width: 1, style: style)
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { set(x, y, blank) }
        }
    }

    /// Writes `text` from column `x` of row `y`, clipped at column `maxX`; returns the column after the text.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, maxX: Int? = nil, style: Style) -> Int {
        let limit = min(maxX ?? width, width)
        guard y >= 0, y < height else { return x }
        var col = x
        var last: Int? = nil
        for raw in text.unicodeScalars {
            guard let s = Sanitizer.clean(raw) else { continue }
            let w = measure(s)
            if w == 0 {
                if let last, cells[y * width + last].text.unicodeScalars.count < 8 {
                    cells[y * width + last].text.unicodeScalars.append(s)
                }
                continue
            }
            if col + w > limit {
                if col < limit, col >= 0 { set(col, y, Cell(text: " ", width: 1, style: style)) }
                return limit
            }
            if col >= 0 {
                set(col, y, Cell(text: String(s), width: UInt8(w), style: style))
                if w == 2 { set(col + 1, y, Cell(text: "", width: 0, style: style)) }
                last = col
            }
            col += w
        }
        return col
    }

    /// Writes one scalar at a column; returns the column after it (unchanged when it does not fit).
    @discardableResult
    public mutating func put(scalar: Unicode.Scalar, x: Int, y: Int, maxX: Int, style: Style) -> Int {
        put(String(scalar), x: x, y: y, maxX: maxX, style: style)
    }

    /// Applies `transform` to the style of every cell in a rectangle (e.g. to mark a selection).
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x].style = transform(cells[y * width + x].style) }
        }
    }

    /// Sets a cell, blanking the other half of any wide character it cuts.
    mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0, !cell.isContinuation { cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style) }
        if old.width == 2, x + 1 < width, cell.width != 2 { cells[i + 1] = Cell(text: " ", width: 1, style: old.style) }
        if cell.width == 2, x + 1 >= width { cells[i] = Cell(text: " ", width: 1, style: cell.style); return }
        cells[i] = cell
    }

    /// The text of each row (continuation cells contribute nothing), trailing spaces kept.
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width { s += self[x, y].text }
            return s
        }
    }
}
