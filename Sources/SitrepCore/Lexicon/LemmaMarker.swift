/// A lemma marker in a data-file phrase: `<kidnap>` (every verb form), `<hostage:n>` (singular and plural),
/// `<march:ed,ing>` (chosen slots). Expanded from `Inflections` at load time.
struct LemmaMarker: Hashable, Sendable {
    var lemma: String
    var pos: Inflections.PartOfSpeech
    var slots: [Inflections.Slot]

    /// Selectors after ':' and the slots they stand for; `v` (the default) and `n` take every slot of their part of speech.
    static let selectors: [String: (Inflections.PartOfSpeech, [Inflections.Slot])] = [
        "v": (.verb, Inflections.Slot.allCases), "base": (.verb, [.base]), "s": (.verb, [.s]),
        "ed": (.verb, [.past, .participle]), "ing": (.verb, [.ing]),
        "n": (.noun, [.base, .s]), "pl": (.noun, [.s]),
    ]

    /// Parses a whole word `<lemma>` or `<lemma:sel,sel>`; nil when `word` is not a marker, an error message when malformed.
    static func parse(_ word: Substring) -> Result<LemmaMarker, MarkerError>? {
        let u = word.utf8
        guard u.contains(60) || u.contains(62) else { return nil }
        guard u.first == 60, u.last == 62, u.count > 2 else { return .failure(.init("malformed lemma marker '\(word)'; write <lemma> or <lemma:selectors>")) }
        let inner = word.dropFirst().dropLast()
        let parts = LexiconField.split(inner, on: UInt8(ascii: ":"))
        let lemma = String(parts[0])
        guard parts.count <= 2, !lemma.isEmpty, !lemma.utf8.contains(where: { $0 == 60 || $0 == 62 || $0 == 44 }) else {
            return .failure(.init("malformed lemma marker '\(word)'; write <lemma> or <lemma:selectors>"))
        }
        let names = parts.count == 2 ? LexiconField.split(parts[1], on: UInt8(ascii: ",")).map(String.init) : ["v"]
        var pos: Inflections.PartOfSpeech?
        var slots: [Inflections.Slot] = []
        for name in names {
            guard let (p, s) = selectors[name] else {
                return .failure(.init("unknown selector '\(name)' in '\(word)'; use v, base, s, ed, ing (verbs) or n, pl (nouns)"))
            }
            if let pos, pos != p { return .failure(.init("'\(word)' mixes verb and noun selectors; write two markers")) }
            pos = p
            slots += s.filter { !slots.contains($0) }
        }
        return .success(LemmaMarker(lemma: lemma, pos: pos!, slots: slots))
    }

    /// A malformed marker's message.
    struct MarkerError: Error, Hashable, Sendable {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
