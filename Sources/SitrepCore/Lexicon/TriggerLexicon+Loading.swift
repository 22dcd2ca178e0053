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
        var firstLine: [[WordKey]: Int] = [:]
        var byFirst: [WordKey: [Trigger]] = [:]
        var expander = PhraseExpander(inflections: inflections)
        for (line, fields) in DataFile.rows(bytes) {
            let fail = { (m: String) in LexiconError(file: fileName, line: line, message: m) }
            guard fields.count == 5 else {
                throw fail("expected 5 tab-separated columns (phrase, event_type, sub_event_type, weight, class), found \(fields.count)")
            }
            let f = fields.map { String(LexiconField.trimmed($0)) }
            let (type, sub, weight, isNoun) = try attributes(f, fail: fail)
            for e in try expander.expand(f[0], fail: fail) {
                if let previous = firstLine[e.pattern] {
                    if previous == line { continue }
                    throw fail("duplicate trigger '\(e.phrase)' (already on line \(previous))")
                }
                firstLine[e.pattern] = line
                let trigger = Trigger(pattern: e.pattern, phrase: e.phrase, eventType: type, subEventType: sub,
                                      weight: weight, isNoun: isNoun)
                byFirst[e.pattern[0], default: []].append(trigger)
                lexicon.count += 1
            }
        }
        for (key, var list) in byFirst {
            list.sortStable { $0.literalCount > $1.literalCount }
            lexicon.compiled[key] = list
        }
        return lexicon
    }

    /// Validates the event type, sub-event type, weight and class columns; a blocker (weight 0) has '-' in the others.
    static func attributes(_ f: [String], fail: (String) -> LexiconError) throws -> (EventType, String, Int, Bool) {
        if f[3] == "0" {
            guard f[1] == "-", f[2] == "-", f[4] == "-" else {
                throw fail("a blocker (weight 0) is not an event: write '-' for its event type, sub-event type and class")
            }
            return (Trigger.blocker.eventType, Trigger.blocker.subEventType, 0, true)
        }
        guard let type = EventType.allCases.first(where: { $0.rawValue == f[1] }) else {
            throw fail("unknown event type '\(f[1])'; use an exact ACLED spelling such as 'Battles' or 'Explosions/Remote violence'")
        }
        let territoryOK = (f[2] == Trigger.territory || f[2] == Trigger.context) && type == .battles
        guard territoryOK || type.subEventTypes.contains(f[2]) else {
            throw fail("sub-event type '\(f[2])' is not valid for '\(type.rawValue)'; valid: "
                       + type.subEventTypes.joined(separator: ", ") + (type == .battles ? ", territory, context" : ""))
        }
        guard let weight = Int(f[3]), (1...3).contains(weight) else { throw fail("weight '\(f[3])' must be 1, 2 or 3 (0 for a blocker)") }
        guard f[4] == "verb" || f[4] == "noun" else { throw fail("class '\(f[4])' must be 'verb' or 'noun'") }
        return (type, f[2], weight, f[4] == "noun")
    }
}

fileprivate extension Array {
    /// Stable sort (insertion order kept among equals).
    mutating func sortStable(by less: (Element, Element) -> Bool) {
        self = enumerated().sorted { less($0.element, $1.element) || (!less($1.element, $0.element) && $0.offset < $1.offset) }
            .map(\.element)
    }
}
