import Foundation

extension TriggerLexicon {
    /// Loads and validates `Data/triggers.tsv`; throws `LexiconError` with `file:line` on the first problem.
    /// Lemma markers expand from `inflections`, by default the `inflections.tsv` beside `file`.
    public static func load(file: URL, inflections: Inflections? = nil) throws -> TriggerLexicon {
        let table = try inflections ?? Inflections.load(file: file.deletingLastPathComponent().appendingPathComponent("inflections.tsv"))
        return try parse(DataFile.read(file, what: "trigger lexicon"), fileName: file.lastPathComponent, inflections: table)
    }

    /// Parses trigger rows from TSV bytes (see `Data/README-lexicons.md`); forms repeated within a row count once.
    public static func parse(_ bytes: [UInt8], fileName: String, inflections: Inflections = Inflections()) throws -> TriggerLexicon {
        var lexicon = TriggerLexicon()
        var firstLine: [String: Int] = [:]
        var byFirst: [String: [Trigger]] = [:]
        for (line, fields) in DataFile.rows(bytes) {
            let fail = { (m: String) in LexiconError(file: fileName, line: line, message: m) }
            guard fields.count == 5 else {
                throw fail("expected 5 tab-separated columns (phrase, event_type, sub_event_type, weight, class), found \(fields.count)")
            }
            let f = fields.map { String(LexiconField.trimmed($0)) }
            let (type, sub, weight, isNoun) = try attributes(f, fail: fail)
            for phrase in try expand(f[0], fail: fail).flatMap({ try expandLemmas($0, inflections: inflections, fail: fail) }) {
                let tokens = try tokenize(phrase, fail: fail)
                let key = tokens.joined(separator: " ")
                if firstLine[key] == line { continue }
                if let previous = firstLine[key] { throw fail("duplicate trigger '\(phrase)' (already on line \(previous))") }
                firstLine[key] = line
                let trigger = Trigger(tokens: tokens, phrase: phrase, eventType: type, subEventType: sub,
                                      weight: weight, isNoun: isNoun)
                byFirst[tokens[0], default: []].append(trigger)
                lexicon.count += 1
            }
        }
        for (key, var list) in byFirst {
            list.sortStable { $0.literalCount > $1.literalCount }
            lexicon.compiled[WordKey(key)] = list
        }
        return lexicon
    }

    /// Validates the event type, sub-event type, weight and class columns.
    static func attributes(_ f: [String], fail: (String) -> LexiconError) throws -> (EventType, String, Int, Bool) {
        guard let type = EventType.allCases.first(where: { $0.rawValue == f[1] }) else {
            throw fail("unknown event type '\(f[1])'; use an exact ACLED spelling such as 'Battles' or 'Explosions/Remote violence'")
        }
        let territoryOK = f[2] == Trigger.territory && type == .battles
        guard territoryOK || type.subEventTypes.contains(f[2]) else {
            throw fail("sub-event type '\(f[2])' is not valid for '\(type.rawValue)'; valid: "
                       + type.subEventTypes.joined(separator: ", ") + (type == .battles ? ", territory" : ""))
        }
        guard let weight = Int(f[3]), (1...3).contains(weight) else { throw fail("weight '\(f[3])' must be 1, 2 or 3") }
        guard f[4] == "verb" || f[4] == "noun" else { throw fail("class '\(f[4])' must be 'verb' or 'noun'") }
        return (type, f[2], weight, f[4] == "noun")
    }

    /// Expands brace alternation: "(strike|strikes) on" → ["strike on", "strikes on"]; "(|s)" allows an empty choice.
    static func expand(_ phrase: String, fail: (String) -> LexiconError) throws -> [String] {
        let u = phrase.utf8
        guard let open = u.firstIndex(of: 40) else {
            if u.contains(41) { throw fail("unbalanced ')' in '\(phrase)'") }
            return [phrase]
        }
        guard let close = u[open...].firstIndex(of: 41) else { throw fail("unbalanced '(' in '\(phrase)'") }
        let inner = phrase[u.index(after: open)..<close]
        if inner.utf8.contains(40) { throw fail("nested '(' in '\(phrase)'") }
        let head = phrase[..<open], tail = phrase[u.index(after: close)...]
        return try LexiconField.split(inner, on: UInt8(ascii: "|")).flatMap { choice in
            try expand(String(head + choice + tail), fail: fail)
        }
    }

    /// Normalises a phrase into tokens, '*' becoming a gap; rejects empty phrases and edge or doubled gaps.
    static func tokenize(_ phrase: String, fail: (String) -> LexiconError) throws -> [String] {
        let parts = LexiconField.split(Substring(phrase), on: UInt8(ascii: "*"))
        var tokens: [String] = []
        for (i, part) in parts.enumerated() {
            if i > 0 { tokens.append(Trigger.gap) }
            let words = LexiconField.split(Substring(NameKey.normalize(part)), on: 32).filter { !$0.isEmpty }.map(String.init)
            if words.isEmpty && parts.count > 1 {
                let edge = i == 0 || i == parts.count - 1
                throw fail(edge ? "trigger '\(phrase)' starts or ends with a gap '*'" : "two gaps in a row in '\(phrase)'")
            }
            tokens += words
        }
        guard !tokens.isEmpty else { throw fail("empty trigger phrase '\(phrase)'") }
        return tokens
    }
}

fileprivate extension Array {
    /// Stable sort (insertion order kept among equals).
    mutating func sortStable(by less: (Element, Element) -> Bool) {
        self = enumerated().sorted { less($0.element, $1.element) || (!less($1.element, $0.element) && $0.offset < $1.offset) }
            .map(\.element)
    }
}
