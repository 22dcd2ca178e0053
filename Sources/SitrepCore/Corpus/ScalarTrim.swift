import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in:)` done on the string's scalars in Swift: the scalars of `set` dropped from both ends. The
    /// same result, without Foundation's bridging (a tenth of loading a corpus of short articles went there).
    func trimmingScalars(in set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[first...last])
        return String(out)
    }
}
