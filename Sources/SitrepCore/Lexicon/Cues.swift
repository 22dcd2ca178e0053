import Foundation

/// A set of multi-word phrases matched on normalised tokens, indexed by first token.
public struct PhraseSet: Sendable {
    var byFirst: [String: [[String]]] = [:]
    var values: [String: Int] = [:]
    public private(set) var maxLength = 0

    mutating func insert(_ tokens: [String], value: Int?) {
        guard let f = tokens.first else { return }
        byFirst[f, default: []].append(tokens)
        byFirst[f]!.sort { $0.count > $1.count }
        maxLength = max(maxLength, tokens.count)
        if let value { values[tokens.joined(separator: " ")] = value }
    }

    /// Whether some phrase starts with `key`.
    public func startsPhrase(_ key: String) -> Bool { byFirst[key] != nil }

    /// Whether the single-token phrase `key` is in the set.
    public func contains(_ key: String) -> Bool { byFirst[key]?.contains { $0.count == 1 } ?? false }

    /// Length of the longest phrase starting at `keys[i]`, or nil.
    public func match(_ keys: [String], at i: Int) -> Int? {
        guard i < keys.count, let cands = byFirst[keys[i]] else { return nil }
        for c in cands where i + c.count <= keys.count {
            if zip(c, keys[i..<(i + c.count)]).allSatisfy({ $0 == $1 }) { return c.count }
        }
        return nil
    }

    /// The value attached to a phrase (number words, vague counts).
    public func value(of phrase: [String]) -> Int? { values[phrase.joined(separator: " ")] }
}

/// Language cues the extractor relies on (Data/cues.tsv), by category.
public struct Cues: Sendable {
    public private(set) var sets: [String: PhraseSet] = [:]

    public subscript(_ category: String) -> PhraseSet { sets[category] ?? PhraseSet() }

    public static func load(file: URL) throws -> Cues {
        try parse(DataFile.read(file, what: "cues file"), name: file.lastPathComponent)
    }

    public static func parse(_ bytes: [UInt8], name: String) throws -> Cues {
        var cues = Cues()
        for (line, f) in DataFile.rows(bytes) {
            guard f.count >= 2, !f[0].isEmpty else {
                throw LexiconError(file: name, line: line, message: "expected 'category<TAB>phrase[<TAB>value]'")
            }
            let tokens = NameKey.normalize(f[1]).split(separator: " ").map(String.init)
            let keyTokens = tokens.isEmpty ? [String(f[1])] : tokens
            var value: Int? = nil
            if f.count > 2, !f[2].isEmpty {
                guard let v = Int(f[2]) else { throw LexiconError(file: name, line: line, message: "value '\(f[2])' is not a number") }
                value = v
            }
            cues.sets[String(f[0]), default: PhraseSet()].insert(keyTokens, value: value)
        }
        return cues
    }
}
