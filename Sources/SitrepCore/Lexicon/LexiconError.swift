import Foundation

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
    /// The bytes of a data file, or a `LexiconError` naming it (`what`: "trigger lexicon", "cues" …).
    public static func read(_ file: URL, what: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw LexiconError(file: file.lastPathComponent, line: 0, message: "cannot read the \(what) at \(file.path)")
        }
        return [UInt8](data)
    }

    /// Splits UTF-8 `bytes` into lines of tab-separated fields; line numbers start at 1.
    public static func rows(_ bytes: [UInt8]) -> [(line: Int, fields: [Substring])] {
        var out: [(Int, [Substring])] = []
        bytes.withUnsafeBufferPointer { buf in
            var n = 0, start = 0
            while start <= buf.count {
                var end = start
                while end < buf.count && buf[end] != 10 { end += 1 }
                n += 1
                var stop = end
                if stop > start && buf[stop - 1] == 13 { stop -= 1 }
                if stop > start && buf[start] != 35 { out.append((n, fields(buf, start, stop))) }
                if end >= buf.count { break }
                start = end + 1
            }
        }
        return out
    }

    static func fields(_ buf: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> [Substring] {
        var out: [Substring] = []
        var f = s
        for i in s...e where i == e || buf[i] == 9 {
            out.append(Substring(String(decoding: UnsafeBufferPointer(rebasing: buf[f..<i]), as: UTF8.self)))
            f = i + 1
        }
        return out
    }
}
