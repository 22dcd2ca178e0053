extension Gazetteer.Table {
    /// Parses a decimal like "-12.34567" in place; nil unless the whole field is one.
    /// Exact for up to 15 significant digits (one correctly rounded division), as the data files use.
    func double(_ row: Int, _ column: Int) -> Double? {
        let r = range(row, column)
        guard !r.isEmpty else { return nil }
        var i = r.lowerBound
        let negative = bytes[i] == 45
        if negative || bytes[i] == 43 { i += 1 }
        var mantissa: Int64 = 0, digits = 0, scale = 0, seenDot = false
        while i < r.upperBound {
            let b = bytes[i]
            if b == 46, !seenDot {
                seenDot = true
            } else if b >= 48 && b <= 57 {
                guard digits < 17 else { return nil }
                mantissa = mantissa * 10 + Int64(b - 48); digits += 1
                if seenDot { scale += 1 }
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / Self.powersOfTen[scale]
        return negative ? -value : value
    }

    /// Parses a non-negative integer field; an empty field is 0.
    func integer(_ row: Int, _ column: Int) -> Int? {
        var value = 0
        for i in range(row, column) {
            let b = bytes[i]
            guard b >= 48 && b <= 57, value < Int.max / 10 - 10 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    static let powersOfTen: [Double] = (0...17).map { p in (0..<p).reduce(1.0) { acc, _ in acc * 10 } }
}
