import Foundation

extension ActorDictionary {
    /// Loads and validates `Data/actors.tsv`; throws `LexiconError` with `file:line` on the first problem.
    public static func load(file: URL) throws -> ActorDictionary {
        var dictionary = try parse(DataFile.read(file, what: "actor dictionary"), fileName: file.lastPathComponent)
        try dictionary.loadAffiliates(file: file.deletingLastPathComponent().appendingPathComponent("affiliates.tsv"))
        return dictionary
    }

    /// Parses actor rows from TSV bytes (see `Data/README-lexicons.md`).
    public static func parse(_ bytes: [UInt8], fileName: String) throws -> ActorDictionary {
        var builder = Builder(fileName: fileName)
        for (line, fields) in DataFile.rows(bytes) { try builder.add(line: line, fields: fields) }
        let byKey = builder.dictionary.byKey
        builder.dictionary.keyByWordsHash = HashedTable(builder.keyByWordsHash.map { (key: $0.key, value: (key: $0.value, indices: byKey[$0.value]!)) })
        builder.dictionary.prefixWordsHashes = HashedTable(builder.prefixWordsHashes.map { (key: $0, value: true) })
        return builder.dictionary
    }

    /// Accumulates rows, checking each against what came before.
    struct Builder {
        let fileName: String
        var dictionary = ActorDictionary()
        /// Word-sequence hashes of the keys and of their proper prefixes, frozen into the dictionary at the end.
        var keyByWordsHash: [UInt64: String] = [:]
        var prefixWordsHashes: Set<UInt64> = []
        /// Who claimed an alias key: actor index, line, and whether the alias was marked '?' (deliberately shared).
        struct Claim { var index: Int; var line: Int; var shared: Bool }
        /// Claims on normalised keys and on exact abbreviations.
        var keyClaims: [String: [Claim]] = [:], abbreviationClaims: [String: [Claim]] = [:]

        init(fileName: String) { self.fileName = fileName }

        func fail(_ line: Int, _ message: String) -> LexiconError {
            LexiconError(file: fileName, line: line, message: message)
        }

        mutating func add(line: Int, fields: [Substring]) throws {
            guard fields.count == 5 else {
                throw fail(line, "expected 5 tab-separated columns (name, inter, country, kind, aliases), found \(fields.count)")
            }
            let entry = try makeEntry(line: line, fields: fields)
            let index = dictionary.list.count
            dictionary.list.append(entry)
            dictionary.indexByName[entry.name] = index
            var written: [String] = []
            if !entry.isTemplate { try claimWithPossessives(Substring(entry.name), shared: false, index: index, line: line) }
            for raw in LexiconField.split(fields[4], on: UInt8(ascii: "|")) {
                let shared = raw.first == "?"
                let alias = LexiconField.trimmed(shared ? raw.dropFirst() : raw)
                guard !alias.isEmpty else { throw fail(line, "empty alias in '\(fields[4].prefix(60))…' of '\(entry.name)'") }
                if try claimWithPossessives(alias, shared: shared, index: index, line: line) { written.append(String(alias)) }
            }
            dictionary.aliasesByIndex.append(written)
        }

        func makeEntry(line: Int, fields: [Substring]) throws -> ActorEntry {
            let name = String(LexiconField.trimmed(fields[0]))
            guard !name.isEmpty else { throw fail(line, "empty actor name") }
            guard let inter = Int(fields[1]), (0...8).contains(inter) else {
                throw fail(line, "inter '\(fields[1])' of '\(name)' is not an ACLED interaction code 0…8")
            }
            let country = String(LexiconField.trimmed(fields[2]))
            guard country.isEmpty || (country.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }) else {
                throw fail(line, "country '\(country)' of '\(name)' is not an ISO alpha-2 code (or empty)")
            }
            let kind = String(LexiconField.trimmed(fields[3]))
            guard ActorEntry.kindClasses[kind] != nil else {
                let known = ActorEntry.kindClasses.keys.sorted().joined(separator: ", ")
                throw fail(line, "unknown kind '\(kind)' of '\(name)'; use one of: \(known)")
            }
            if let first = dictionary.indexByName[name] {
                throw fail(line, "duplicate actor '\(name)' (first defined as actor #\(first + 1)); merge the rows")
            }
            return ActorEntry(name: name, inter: inter, countryCode: country.isEmpty ? nil : country, kind: kind)
        }

        /// Registers an alias and, when a word inside it ends in a possessive ("People's Defence Force"), also the words
        /// as the tokenizer reads them in text, where a possessive's "'s" is not part of the word's key.
        @discardableResult
        mutating func claimWithPossessives(_ alias: Substring, shared: Bool, index: Int, line: Int) throws -> Bool {
            let added = try claim(alias, shared: shared, index: index, line: line)
            if let read = ActorDictionary.withoutInnerPossessives(alias) { try claim(read[...], shared: shared, index: index, line: line) }
            return added
        }

        /// Registers one alias (false if this actor already had it); an alias shared by two actors of the same kind class must be marked '?' in both rows.
        @discardableResult
        mutating func claim(_ alias: Substring, shared: Bool, index: Int, line: Int) throws -> Bool {
            let isAbbreviation = ActorDictionary.isAbbreviation(alias)
            let key = isAbbreviation ? String(alias) : NameKey.normalize(alias)
            guard !key.isEmpty else { throw fail(line, "alias '\(alias)' has an empty normalised key") }
            let previous = (isAbbreviation ? abbreviationClaims[key] : keyClaims[key]) ?? []
            guard !previous.contains(where: { $0.index == index }) else { return false }
            let entry = dictionary.list[index]
            for other in previous {
                let o = dictionary.list[other.index]
                guard ActorEntry.kindClasses[o.kind] == ActorEntry.kindClasses[entry.kind], !(shared && other.shared) else { continue }
                throw fail(line, "alias '\(alias)' of '\(entry.name)' already names '\(o.name)' (line \(other.line)), "
                           + "same kind class; remove one or prefix both with '?' if the ambiguity is deliberate")
            }
            let claim = Claim(index: index, line: line, shared: shared)
            if isAbbreviation {
                abbreviationClaims[key, default: []].append(claim)
                dictionary.byAbbreviation[key, default: []].append(index)
            } else {
                keyClaims[key, default: []].append(claim)
                dictionary.byKey[key, default: []].append(index)
                let bytes = Array(key.utf8)
                let spaces = bytes.indices.filter { bytes[$0] == 32 }
                let n = spaces.count + 1
                dictionary.maxKeyTokens = max(dictionary.maxKeyTokens, n)
                let first = String(decoding: bytes[..<(spaces.first ?? bytes.count)], as: UTF8.self)
                dictionary.maxTokensByFirstWord[first] = max(dictionary.maxTokensByFirstWord[first] ?? 0, n)
                let hashes = ActorDictionary.prefixWordsHashes(bytes, spaces: spaces)
                keyByWordsHash[hashes.last!] = key
                prefixWordsHashes.formUnion(hashes.dropLast())
            }
            return true
        }
    }
}

extension ActorDictionary {
    /// The alias with the "'s" (or "’s") of each word that another word follows dropped, as text's tokens key them;
    /// nil when it has none. A one-letter word keeps it ("X's" is not read as a possessive).
    static func withoutInnerPossessives(_ alias: Substring) -> String? {
        let words = alias.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return nil }
        var changed = false
        let read = words.enumerated().map { i, w -> Substring in
            guard i < words.count - 1, w.count > 3, w.hasSuffix("'s") || w.hasSuffix("’s") else { return w }
            changed = true
            return w.dropLast(2)
        }
        return changed ? read.joined(separator: " ") : nil
    }

    /// `wordsHash` of the key ending before each space of `bytes`, then of the whole key.
    static func prefixWordsHashes(_ bytes: [UInt8], spaces: [Int]) -> [UInt64] {
        bytes.withUnsafeBufferPointer { b in
            var out: [UInt64] = [], start = 0
            for end in spaces + [b.count] {
                let wh = Gazetteer.hash(UnsafeBufferPointer(rebasing: b[start..<end]))
                out.append(out.last.map { wordsHash($0, then: wh) } ?? wh)
                start = end + 1
            }
            return out
        }
    }
}

/// Field helpers shared by the lexicon loaders, working on UTF-8 bytes (grapheme-free, fast).
enum LexiconField {
    /// The substring without leading and trailing spaces and tabs.
    static func trimmed(_ s: Substring) -> Substring {
        let u = s.utf8
        var lo = u.startIndex, hi = u.endIndex
        while lo < hi, u[lo] == 32 || u[lo] == 9 { lo = u.index(after: lo) }
        while hi > lo, u[u.index(before: hi)] == 32 || u[u.index(before: hi)] == 9 { hi = u.index(before: hi) }
        return s[lo..<hi]
    }

    /// Splits on an ASCII byte, keeping empty pieces.
    static func split(_ s: Substring, on byte: UInt8) -> [Substring] {
        s.utf8.split(separator: byte, omittingEmptySubsequences: false).map { Substring($0) }
    }
}
