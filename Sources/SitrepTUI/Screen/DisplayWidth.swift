/// Measures how many terminal columns a scalar occupies, the way glibc's `wcwidth` (and so ncurses) does.
///
/// Combining marks, zero-width joiners and variation selectors take 0 columns; East Asian wide and
/// fullwidth characters and most emoji take 2; everything else printable takes 1. Control characters
/// never reach the screen (see `Sanitizer`), so they are given width 1 here, as their replacement.
public typealias WidthFunction = @Sendable (Unicode.Scalar) -> Int

public enum DisplayWidth {
    /// The table-based width of a scalar: 0, 1 or 2.
    /// - Complexity: O(log n) in the number of table ranges.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if contains(WidthTables.zero, v) { return 0 }
        if contains(WidthTables.wide, v) { return 2 }
        return 1
    }

    /// The width of a whole string after sanitising, as the screen buffer would lay it out.
    public static func of(_ text: some StringProtocol, measure: WidthFunction = DisplayWidth.of) -> Int {
        var w = 0
        for s in text.unicodeScalars {
            guard let clean = Sanitizer.clean(s) else { continue }
            w += measure(clean)
        }
        return w
    }

    static func contains(_ table: [(UInt32, UInt32)], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < table[mid].0 { hi = mid - 1 } else if v > table[mid].1 { lo = mid + 1 } else { return true }
        }
        return false
    }
}
