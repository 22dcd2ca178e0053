import Foundation

extension ActorDictionary {
    /// Loads and validates `Data/actors.tsv`; throws `LexiconError` with `file:line` on the first problem.
    public static func load(file: URL) throws -> ActorDictionary {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw LexiconError(file: file.lastPathComponent, line: 0, message: "cannot read actor dictionary at \(file.path)")
        }
        return try parse([UInt8](data), fileName: file.lastPathComponent)
    }

    /// Parses actor rows from TSV bytes (see `Data/README-lexicons.md`).
    public static func parse(_ bytes: [UInt8], fileName: String) throws -> ActorDictionary {
        var builder = Builder(fileName: fileName)
        for (line, fields) in DataFile.rows(bytes) {
            try builder.add(line: line, fields: fields.map(String.init))
        }
        return builder.dictionary
    }

    /// Accumulates rows, checking each against what came before.
    struct Builder {
        let fileName: String
        var dictionary = ActorDictionary()
        /// For each key: (actor index, line, deliberately shared?) of every actor that claimed it.
        var claims: [String: [(index: Int, line: Int, shared: Bool)]] = [:]

        init(fileName: String) { self.fileName = fileName }

        func fail(_ line: Int, _ message: String) -> LexiconError {
            LexiconError(file: fileName, line: line, message: message)
        }

        mutating func add(line: Int, fields: [String]) throws {
            guard fields.count == 5 else {
                throw fail(line, "expected 5 tab-separated columns (name, inter, country, kind, aliases), found \(fields.count)")
            }
            let entry = try makeEntry(line: line, fields: fields)
            let index = dictionary.list.count
            dictionary.list.append(entry)
            dictionary.indexByName[entry.name] = index
            var written: [String] = []
            if !entry.isTemplate { try claim(entry.name, shared: false, index: index, line: line) }
            for raw in fields[4].split(separator: "|", omittingEmptySubsequences: false) {
                let shared = raw.hasPrefix("?")
                let alias = String(shared ? raw.dropFirst() : raw).trimmingCharacters(in: .whitespaces)
                guard !alias.isEmpty else { throw fail(line, "empty alias in '\(fields[4].prefix(60))…' of '\(entry.name)'") }
                if !written.contains(alias) { written.append(alias) }
                try claim(alias, shared: shared, index: index, line: line)
            }
            dictionary.aliasesByIndex.append(written)
        }

        func makeEntry(line: Int, fields: [String]) throws -> ActorEntry {
            let name = fields[0].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw fail(line, "empty actor name") }
            guard let inter = Int(fields[1]), (0...8).contains(inter) else {
                throw fail(line, "inter '\(fields[1])' of '\(name)' is not an ACLED interaction code 0…8")
            }
            let country = fields[2].trimmingCharacters(in: .whitespaces)
            guard country.isEmpty || (country.count == 2 && country.allSatisfy { $0.isASCII && $0.isUppercase }) else {
                throw fail(line, "country '\(country)' of '\(name)' is not an ISO alpha-2 code (or empty)")
            }
            let kind = fields[3].trimmingCharacters(in: .whitespaces)
            guard ActorEntry.kindClasses[kind] != nil else {
                let known = ActorEntry.kindClasses.keys.sorted().joined(separator: ", ")
                throw fail(line, "unknown kind '\(kind)' of '\(name)'; use one of: \(known)")
            }
            if let first = dictionary.indexByName[name] {
                throw fail(line, "duplicate actor '\(name)' (first defined as actor #\(first + 1)); merge the rows")
            }
            return ActorEntry(name: name, inter: inter, countryCode: country.isEmpty ? nil : country, kind: kind)
        }

        /// Registers one alias; an alias shared by two actors of the same kind class must be marked '?' in both rows.
        mutating func claim(_ alias: String, shared: Bool, index: Int, line: Int) throws {
            let isAbbreviation = ActorDictionary.isAbbreviation(alias)
            let key = isAbbreviation ? alias : NameKey.normalize(alias)
            guard !key.isEmpty else { throw fail(line, "alias '\(alias)' has an empty normalised key") }
            let slot = (isAbbreviation ? "=" : "~") + key
            let entry = dictionary.list[index]
            for other in claims[slot] ?? [] where other.index != index {
                let o = dictionary.list[other.index]
                guard ActorEntry.kindClasses[o.kind] == ActorEntry.kindClasses[entry.kind], !(shared && other.shared) else { continue }
                throw fail(line, "alias '\(alias)' of '\(entry.name)' already names '\(o.name)' (line \(other.line)), "
                           + "same kind class; remove one or prefix both with '?' if the ambiguity is deliberate")
            }
            guard !(claims[slot]?.contains { $0.index == index } ?? false) else { return }
            claims[slot, default: []].append((index, line, shared))
            if isAbbreviation {
                dictionary.byAbbreviation[key, default: []].append(index)
            } else {
                dictionary.byKey[key, default: []].append(index)
                dictionary.maxKeyTokens = max(dictionary.maxKeyTokens, key.split(separator: " ").count)
            }
        }
    }
}
