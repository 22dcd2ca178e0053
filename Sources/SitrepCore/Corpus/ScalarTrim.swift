import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in:)` done on the string's scalars in Swift: the scalars of `set` dropped from both ends. The
    /// same result, without Foundation's bridging (a tenth of loading a corpus of short articles went there). `set` is
    /// a set of spaces (printable ASCII is never in it, so those scalars are not looked up).
    func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        let kept = { (s: Unicode.Scalar) in (0x21..<0x7F).contains(s.value) || !set.contains(s) }
        guard let first = scalars.firstIndex(where: kept), let last = scalars.lastIndex(where: kept) else { return "" }
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}
