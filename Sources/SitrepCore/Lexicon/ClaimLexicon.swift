import Foundation

/// Checkable propositions and the phrases that assert or deny them (Data/claims.tsv).
public struct ClaimLexicon: Sendable {
    public struct Entry: Sendable { public var proposition: String; public var polarity: Polarity }
    public private(set) var entries: [Entry] = []
    /// Every phrase of every entry by its first word, with the entry's index, in file order.
    var byFirst = WordTable<[(entry: Int, words: [WordKey])]>()

    /// The first words of all phrases.
    var firstWords: [WordKey] { byFirst.map(\.key) }

    public static func load(file: URL) throws -> ClaimLexicon {
        try parse(DataFile.read(file, what: "claims file"), name: file.lastPathComponent)
    }

    public static func parse(_ bytes: [UInt8], name: String) throws -> ClaimLexicon {
        var lex = ClaimLexicon()
        for (line, f) in DataFile.rows(bytes) {
            guard f.count == 3, let pol = Polarity(rawValue: String(f[1])), !f[0].isEmpty else {
                throw LexiconError(file: name, line: line, message: "expected 'proposition<TAB>asserted|denied<TAB>phrase'")
            }
            let words = NameKey.normalize(f[2]).split(separator: " ").map { WordKey(String($0)) }
            guard let first = words.first else { throw LexiconError(file: name, line: line, message: "empty phrase") }
            let entry = lex.entries.firstIndex { $0.proposition == f[0] && $0.polarity == pol } ?? lex.entries.count
            if entry == lex.entries.count { lex.entries.append(Entry(proposition: String(f[0]), polarity: pol)) }
            lex.byFirst[first, default: []].append((entry, words))
        }
        return lex
    }

    /// The longest claim phrase at `i`: (proposition, polarity, length).
    public func match(_ keys: [WordKey], at i: Int) -> (String, Polarity, Int)? {
        guard i >= 0, i < keys.count, let candidates = byFirst[keys[i]] else { return nil }
        var best: (entry: Int, length: Int)? = nil
        for c in candidates where i + c.words.count <= keys.count && PhraseSet.spells(c.words, keys, at: i) {
            let n = c.words.count
            if best.map({ n > $0.length || (n == $0.length && c.entry < $0.entry) }) ?? true { best = (c.entry, n) }
        }
        return best.map { (entries[$0.entry].proposition, entries[$0.entry].polarity, $0.length) }
    }
}
