/// Expands a trigger row's phrase into its triggers: brace alternatives, lemma markers, normalised keys.
///
/// A phrase is a sequence of *units* separated by spaces outside parentheses ("(fired|launched)", "*",
/// "<rocket:n>", "clash(|es)"); no brace group spans two units, so each unit expands on its own and the phrase is the
/// product of its units. One expander serves a whole file and expands every distinct unit once (a file of a few
/// hundred rows stands for thousands of triggers built from a few hundred units).
struct PhraseExpander {
    /// One reading of a unit: its text as written and its normalised keys (none for "--" or an empty choice).
    struct Choice {
        var text: String
        var keys: [WordKey]
    }

    /// One trigger a phrase stands for.
    struct Expansion {
        var phrase: String
        var pattern: [WordKey]
    }

    let inflections: Inflections
    /// The choices of each unit met so far.
    private var units: [String: [Choice]] = [:]
    /// The choices of each word met so far (a unit's alternatives share words).
    private var words: [Substring: [Choice]] = [:]

    init(inflections: Inflections) { self.inflections = inflections }

    /// Every trigger a row's phrase stands for, the last unit varying fastest; repeats included.
    mutating func expand(_ phrase: String, fail: (String) -> LexiconError) throws -> [Expansion] {
        let perUnit = try Self.units(of: phrase).map { try choices(ofUnit: $0, fail: fail) }
        var out: [Expansion] = []
        var index = [Int](repeating: 0, count: perUnit.count)
        while true {
            var e = Expansion(phrase: "", pattern: [])
            for (u, i) in index.enumerated() {
                let c = perUnit[u][i]
                if !c.text.isEmpty { e.phrase += e.phrase.isEmpty ? c.text : " " + c.text }
                e.pattern += c.keys
            }
            try Self.checkGaps(e, fail: fail)
            out.append(e)
            var u = perUnit.count - 1
            while u >= 0 {
                index[u] += 1
                if index[u] < perUnit[u].count { break }
                index[u] = 0; u -= 1
            }
            if u < 0 { return out }
        }
    }

    /// The phrase cut at spaces outside parentheses.
    static func units(of phrase: String) -> [String] {
        var out: [String] = [], current: [UInt8] = [], depth = 0
        for b in phrase.utf8 {
            if b == 40 { depth += 1 } else if b == 41 { depth -= 1 }
            if b == 32 && depth <= 0 {
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            } else { current.append(b) }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// The choices of one unit, computed once: its brace alternatives, each the product of its words' choices.
    private mutating func choices(ofUnit unit: String, fail: (String) -> LexiconError) throws -> [Choice] {
        if let known = units[unit] { return known }
        var made: [Choice] = []
        for alternative in try Self.braces(unit, fail: fail) {
            var partial = [Choice(text: "", keys: [])]
            for word in LexiconField.split(Substring(alternative), on: 32) where !word.isEmpty {
                let options = try choices(ofWord: word, fail: fail)
                partial = partial.flatMap { p in options.map { Choice(text: p.text.isEmpty ? $0.text : p.text + " " + $0.text, keys: p.keys + $0.keys) } }
            }
            made += partial
        }
        units[unit] = made
        return made
    }

    /// The choices of one word: a gap, a lemma marker's forms, or the word itself.
    private mutating func choices(ofWord word: Substring, fail: (String) -> LexiconError) throws -> [Choice] {
        if let known = words[word] { return known }
        let made: [Choice]
        if word == "*" {
            made = [Choice(text: "*", keys: [TriggerLexicon.gapWord])]
        } else if word.utf8.contains(42) {
            throw fail("a gap '*' must stand alone between spaces, found '\(word)'")
        } else {
            switch LemmaMarker.parse(word) {
            case nil: made = [Self.choice(String(word))]
            case .failure(let e)?: throw fail(e.message)
            case .success(let m)?:
                guard let forms = inflections.forms(of: m.lemma, as: m.pos, slots: m.slots) else {
                    throw fail("unknown lemma '\(word)' (no \(m.pos == .verb ? "verb" : "noun") entry in inflections.tsv); "
                               + "run python3 Data/build/build_inflections.py to regenerate Data/inflections.tsv")
                }
                made = forms.map(Self.choice)
            }
        }
        words[word] = made
        return made
    }

    static func choice(_ text: String) -> Choice {
        Choice(text: text, keys: LexiconField.split(Substring(NameKey.normalize(text)), on: 32).filter { !$0.isEmpty }.map { WordKey(String($0)) })
    }

    /// Rejects a trigger with no words, a gap at either end, or two gaps in a row.
    static func checkGaps(_ e: Expansion, fail: (String) -> LexiconError) throws {
        let gap = TriggerLexicon.gapWord, p = e.pattern
        guard let first = p.first, let last = p.last else { throw fail("empty trigger phrase '\(e.phrase)'") }
        if first == gap || last == gap { throw fail("trigger '\(e.phrase)' starts or ends with a gap '*'") }
        for i in p.indices.dropFirst() where p[i] == gap && p[i - 1] == gap { throw fail("two gaps in a row in '\(e.phrase)'") }
    }

    /// Expands brace alternation: "(strike|strikes) on" → ["strike on", "strikes on"]; "(|s)" allows an empty choice.
    /// Groups multiply; nesting and unbalanced parentheses are errors.
    static func braces(_ phrase: String, fail: (String) -> LexiconError) throws -> [String] {
        var out = [""]
        var rest = Substring(phrase)
        while let open = rest.utf8.firstIndex(of: 40) {
            let head = rest[..<open]
            if head.utf8.contains(41) { throw fail("unbalanced ')' in '\(phrase)'") }
            guard let close = rest.utf8[open...].firstIndex(of: 41) else { throw fail("unbalanced '(' in '\(phrase)'") }
            let inner = rest[rest.utf8.index(after: open)..<close]
            if inner.utf8.contains(40) { throw fail("nested '(' in '\(phrase)'") }
            let options = LexiconField.split(inner, on: UInt8(ascii: "|"))
            out = out.flatMap { p in options.map { p + head + $0 } }
            rest = rest[rest.utf8.index(after: close)...]
        }
        if rest.utf8.contains(41) { throw fail("unbalanced ')' in '\(phrase)'") }
        return out.map { $0 + rest }
    }
}
