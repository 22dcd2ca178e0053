import Foundation

/// Why a gazetteer key is a doubtful place on its own: it is also a common word or a person's name.
public enum AmbiguousKind: String, Sendable, CaseIterable {
    case word, name
}

extension Gazetteer {
    /// Reads `ambiguous.txt` (`key<TAB>class`, class `word` or `name`), validating each line.
    static func readAmbiguous(_ url: URL) throws -> [String: AmbiguousKind] {
        let file = url.lastPathComponent
        var out: [String: AmbiguousKind] = [:]
        for (line, fields) in DataFile.rows(try readBytes(url)) {
            guard fields.count == 2, !fields[0].isEmpty else {
                throw LexiconError(file: file, line: line, message: "expected 'key<TAB>class', got \(fields.count) fields")
            }
            let key = String(fields[0])
            guard NameKey.normalize(key) == key else {
                throw LexiconError(file: file, line: line, message: "key '\(key)' is not normalised (expected '\(NameKey.normalize(key))')")
            }
            guard let kind = AmbiguousKind(rawValue: String(fields[1])) else {
                throw LexiconError(file: file, line: line, message: "unknown class '\(fields[1])': expected word or name")
            }
            guard out.updateValue(kind, forKey: key) == nil else {
                throw LexiconError(file: file, line: line, message: "duplicate key '\(key)'")
            }
        }
        return out
    }
}
