import Foundation

/// Escapes, in encoded JSON, what `JSONEncoder` leaves raw but a terminal or an editor would act on: DEL, the C1
/// controls and the bidirectional controls and separators that `Sanitize.scalar` replaces (U+0085, U+202E …) become
/// `\uXXXX`. The JSON decodes to the same strings; only the bytes on screen change.
enum JSONEscape {
    /// `json` with every unsafe scalar written as a `\u` escape. Outside strings JSON is ASCII, so a scalar found
    /// anywhere is inside a string.
    /// - Complexity: O(n); the input is returned as is when it holds nothing to escape.
    static func escapingUnsafe(_ json: Data) -> Data {
        guard json.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return json }
        let text = String(decoding: json, as: UTF8.self)
        guard text.unicodeScalars.contains(where: needsEscape) else { return json }
        var out = ""
        out.reserveCapacity(json.count + 64)
        for u in text.unicodeScalars {
            if needsEscape(u) { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
            else { out.unicodeScalars.append(u) }
        }
        return Data(out.utf8)
    }

    /// DEL, C1 controls, and any other scalar the sanitiser would change above ASCII (C0 controls JSON escapes already).
    @inline(__always)
    static func needsEscape(_ u: Unicode.Scalar) -> Bool { u.value >= 0x7F && Sanitize.isUnsafe(u) }
}
