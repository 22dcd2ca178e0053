/// A data file (gazetteer, actor dictionary, trigger lexicon, cues) that failed validation, at `file:line`.
public struct LexiconError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public init(file: String, line: Int, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads a tab-separated data file: skips blank lines and lines starting with '#', yields (line number, fields).
public enum DataFile {
    /// Splits UTF-8 `bytes` into lines of tab-separated fields; line numbers start at 1.
    public static func rows(_ bytes: [UInt8]) -> [(line: Int, fields: [Substring])] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [(Int, [Substring])] = []
        var n = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            n += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") { continue }
            out.append((n, line.split(separator: "\t", omittingEmptySubsequences: false)))
        }
        return out
    }
}
