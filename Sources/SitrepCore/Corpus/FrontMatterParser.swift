import Foundation

/// Parses the optional `---` front-matter block at the top of an article (see docs/article-format).
public enum FrontMatterParser {
    /// The parsed block and the byte offset where the body starts, or a problem naming the line.
    public struct Result: Sendable { public var frontMatter: FrontMatter; public var bodyStart: Int }

    /// The most lines a front-matter block may hold.
    static let maxLines = 200

    /// Parses `bytes`; files without a block get an empty front matter and body offset 0 (3 after a UTF-8 byte-order
    /// mark, which is skipped: a BOM before `---` still opens a block).
    public static func parse(_ bytes: [UInt8], path: String) -> Swift.Result<Result, LoadProblem> {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let lines = splitLines(bytes, from: start)
        guard let first = lines.first, trimmed(bytes, first) == "---" else {
            return .success(Result(frontMatter: FrontMatter(), bodyStart: start))
        }
        var fm = FrontMatter()
        for (n, line) in lines.enumerated().dropFirst() {
            let text = trimmed(bytes, line)
            if text == "---" { return .success(Result(frontMatter: fm, bodyStart: line.end)) }
            if text.isEmpty || text.hasPrefix("#") { continue }
            if let problem = apply(text, to: &fm, path: path, line: n + 1) { return .failure(problem) }
        }
        if lines.count > maxLines, closes(bytes, after: lines[lines.count - 1].end) {
            return .failure(LoadProblem(kind: .malformedFrontMatter, path: path, line: 1,
                                        message: "front matter is longer than \(maxLines) lines",
                                        help: "keep the block to its keys (title, outlet, published …), or remove the opening '---'"))
        }
        return .failure(LoadProblem(kind: .malformedFrontMatter, path: path, line: 1,
                                    message: "front matter opened with '---' is never closed",
                                    help: "add a line '---' after the last key, or remove the opening '---'"))
    }

    /// Whether a line '---' comes after `offset` (a block that closes too late).
    static func closes(_ bytes: [UInt8], after offset: Int) -> Bool {
        var start = offset
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 10).map { $0 + 1 } ?? bytes.count
            if end - start <= 8 && trimmed(bytes, (start, end)) == "---" { return true }
            start = end
        }
        return false
    }

    static func apply(_ text: String, to fm: inout FrontMatter, path: String, line: Int) -> LoadProblem? {
        guard let colon = text.firstIndex(of: ":") else {
            return LoadProblem(kind: .malformedFrontMatter, path: path, line: line,
                               message: "expected 'key: value' in front matter, found '\(Sanitize.oneLine(text, limit: 60))'",
                               help: "write each front-matter line as 'key: value' (e.g. 'published: 2024-12-01')")
        }
        let key = text[..<colon].trimmingScalars(in: .whitespaces).lowercased()
        var value = text[text.index(after: colon)...].trimmingScalars(in: .whitespaces)
        if value.count >= 2, let f = value.first, f == value.last, f == "\"" || f == "'" { value = String(value.dropFirst().dropLast()) }
        // An empty value is an absent value: `published:` with nothing after it means "no date", like no line.
        if value.trimmingScalars(in: .whitespaces).isEmpty { return nil }
        switch key {
        case "title": fm.title = value
        case "outlet", "source", "publisher": fm.outlet = value
        case "url": fm.url = value
        case "published", "date":
            guard let d = CalendarDate(iso: String(value.prefix(10))) else {
                return LoadProblem(kind: .malformedFrontMatter, path: path, line: line,
                                   message: "published date '\(Sanitize.oneLine(value, limit: 40))' is not YYYY-MM-DD",
                                   help: "write the publication date as 'published: 2024-12-01', or remove the line")
            }
            fm.published = d
        default: fm.extra[key] = value
        }
        return nil
    }

    /// The first `maxLines` + 1 lines from `from`, as byte ranges with their newline.
    static func splitLines(_ bytes: [UInt8], from: Int = 0) -> [(start: Int, end: Int)] {
        var out: [(Int, Int)] = []
        var start = from
        for i in from..<bytes.count where bytes[i] == 10 {
            out.append((start, i + 1)); start = i + 1
            if out.count > maxLines { break }
        }
        if start < bytes.count && out.count <= maxLines { out.append((start, bytes.count)) }
        return out
    }

    static func trimmed(_ bytes: [UInt8], _ line: (start: Int, end: Int)) -> String {
        String(decoding: bytes[line.start..<line.end], as: UTF8.self).trimmingScalars(in: .whitespacesAndNewlines)
    }
}
