/// Expands a trigger row's phrase into its triggers: brace alternatives, then lemma markers, then normalised tokens.
///
/// One expander serves a whole file, so every marker is looked up and every word normalised once (a file expands to
/// thousands of triggers from a few hundred words).
struct PhraseExpander {
    /// One way to read a word: its text as written and its normalised tokens (none for "--"; `Trigger.gap` for "*").
    struct Choice {
        var text: String
        var tokens: [String]
        var keys: [WordKey]
    }

    /// One trigger a phrase stands for.
    struct Expansion {
        var phrase: String
        var tokens: [String]
        var pattern: [WordKey]
    }

    let inflections: Inflections
    /// The choices of each word met so far.
    private var choices: [Substring: [Choice]] = [:]

    init(inflections: Inflections) { self.inflections = inflections }

    /// Every trigger a row's phrase stands for, in file order, repeats included.
    mutating func expand(_ phrase: String, fail: (String) -> LexiconError) throws -> [Expansion] {
        var out: [Expansion] = []
        for alternative in try Self.braces(phrase, fail: fail) {
            let words = LexiconField.split(Substring(alternative), on: 32).filter { !$0.isEmpty }
            let perWord = try words.map { try choices(for: $0, fail: fail) }
            try Self.checkGaps(perWord.map { $0[0].tokens }, phrase: alternative, fail: fail)
            Self.product(perWord, into: &out)
        }
        return out
    }

    /// Every combination of one choice per word, the last word varying fastest (an odometer over choice indices).
    static func product(_ perWord: [[Choice]], into out: inout [Expansion]) {
        var index = [Int](repeating: 0, count: perWord.count)
        while true {
            var e = Expansion(phrase: "", tokens: [], pattern: [])
            for (w, i) in index.enumerated() {
                let c = perWord[w][i]
                if w > 0 { e.phrase += " " }
                e.phrase += c.text; e.tokens += c.tokens; e.pattern += c.keys
            }
            out.append(e)
            var w = perWord.count - 1
            while w >= 0 {
                index[w] += 1
                if index[w] < perWord[w].count { break }
                index[w] = 0; w -= 1
            }
            if w < 0 { return }
        }
    }

    /// The choices of one word, computed once: a gap, a lemma marker's forms, or the word itself.
    private mutating func choices(for word: Substring, fail: (String) -> LexiconError) throws -> [Choice] {
        if let known = choices[word] { return known }
        let made: [Choice]
        if word == "*" {
            made = [Choice(text: "*", tokens: [Trigger.gap], keys: [WordKey(Trigger.gap)])]
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
        choices[word] = made
        return made
    }

    static func choice(_ text: String) -> Choice {
        let tokens = normalized(Substring(text))
        return Choice(text: text, tokens: tokens, keys: tokens.map(WordKey.init))
    }

    /// A word's `NameKey` tokens ("air-strike" → ["air", "strike"], "--" → []).
    static func normalized(_ word: Substring) -> [String] {
        LexiconField.split(Substring(NameKey.normalize(word)), on: 32).filter { !$0.isEmpty }.map(String.init)
    }

    /// Rejects a phrase with no words, a gap at either end, or two gaps with no word between them.
    static func checkGaps(_ words: [[String]], phrase: String, fail: (String) -> LexiconError) throws {
        let kept = words.filter { !$0.isEmpty }
        guard !kept.isEmpty, kept.contains(where: { $0 != [Trigger.gap] }) else {
            throw fail(kept.isEmpty ? "empty trigger phrase '\(phrase)'" : "trigger '\(phrase)' starts or ends with a gap '*'")
        }
        if kept.first == [Trigger.gap] || kept.last == [Trigger.gap] { throw fail("trigger '\(phrase)' starts or ends with a gap '*'") }
        for i in kept.indices.dropFirst() where kept[i] == [Trigger.gap] && kept[i - 1] == [Trigger.gap] {
            throw fail("two gaps in a row in '\(phrase)'")
        }
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
