/// Which countries an article is about: weights from country names, demonyms and unambiguous places.
public struct CountryContext: Sendable {
    public private(set) var weights = CountryWeights()
    /// Which names gave each country its weight (country, the name's first word), once per pair.
    /// `explicit`: the name is the country's own or its demonym, not one of its places.
    private(set) var evidence: [(country: String, name: WordKey, explicit: Bool)] = []

    /// The country with the most weight. Where some country is named outright, a country only one place name speaks
    /// for, however often it is repeated, weighs as one mention of it ("Tivoli" six times in an article about
    /// Jamaica is a district of Kingston, not Italy's Tivoli).
    public var main: String? { settledMain ?? mainByWeight() }

    /// `main`, worked out once the context is complete (`settle()`): an article's places ask for it again and again.
    private var settledMain: String?? = nil

    /// Works out `main` once, for a context that will not change.
    mutating func settle() { settledMain = .some(mainByWeight()) }

    private func mainByWeight() -> String? {
        guard evidence.contains(where: \.explicit) else { return weights.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }
        var best: (key: String, value: Double)? = nil
        for (key, value) in weights {
            // (Just under one mention: a tie goes to the country named outright.)
            let v = speaksByOneName(key) ? min(value, Self.oneMention - 0.01) : value
            if best == nil || (best!.value, key) < (v, best!.key) { best = (key, v) }
        }
        return best?.key
    }

    /// The weight of one place named as a scene.
    static let oneMention = 2.0

    /// Whether every name that speaks for `cc` is one and the same place name.
    func speaksByOneName(_ cc: String) -> Bool {
        var name: WordKey? = nil
        for e in evidence where e.country == cc {
            if e.explicit || name != nil && name != e.name { return false }
            name = e.name
        }
        return name != nil
    }

    public init() {}

    mutating func add(_ cc: String?, _ w: Double, name: WordKey, explicit: Bool = false) {
        guard let cc else { return }
        settledMain = nil
        weights.add(w, to: cc)
        if !evidence.contains(where: { $0.country == cc && $0.name == name }) {
            if evidence.isEmpty { evidence.reserveCapacity(4) }   // a sentence names a few: one allocation, not three
            evidence.append((cc, name, explicit))
        }
    }

    /// Adds another context's weights and evidence.
    mutating func merge(_ other: CountryContext) {
        settledMain = nil
        for (k, v) in other.weights { weights.add(v, to: k) }
        for e in other.evidence where !evidence.contains(where: { $0.country == e.country && $0.name == e.name }) { evidence.append(e) }
    }

    /// Whether some name other than `name` speaks for country `cc`.
    func supports(_ cc: String, apartFrom name: WordKey) -> Bool {
        evidence.contains { $0.country == cc && $0.name != name }
    }

    /// Whether some name other than `name` speaks for a country other than `cc`.
    func supportsAnotherCountry(than cc: String, apartFrom name: WordKey) -> Bool {
        evidence.contains { $0.country != cc && $0.name != name }
    }

    /// Country codes named in `range`: country names, demonyms and places with a single country.
    static func countries(in range: Range<Int>, tokens: [Token], hits: ArraySlice<PlaceFinder.Hit>, gazetteer: Gazetteer) -> CountryContext {
        var ctx = CountryContext()
        for h in PlaceFinder.Hit.starting(in: range, of: hits) {
            // A name that only resembles a place's ("Kova" for a town spelt "Kowa" abroad) is no evidence of its country.
            guard let cc = h.soleCountry, !h.fuzzy else { continue }
            // A town said as a place ("in X", "near X") speaks for its country; a town-like word used otherwise
            // ("Molotov cocktails") hardly does.
            let area = h.namesCountry || h.places.contains { $0.kind == .admin1 }
            // A neighbour across a border ("near the border with Niger") is hardly what the article is about.
            // So is where someone fled or was taken ("fled to South Africa").
            let neighbour = h.namesCountry && (PlaceResolver.namesBorderCountry(h.tokens, range: range, tokens: tokens)
                || PlaceResolver.isDestination(h.tokens, range: range, tokens: tokens))
            let said = h.namesCountry || area || locativeBefore(h.tokens.lowerBound, range: range, tokens: tokens)
            // A town named in passing weighs a little, but vouches for no other name of its country (two stray matches
            // abroad would otherwise support each other).
            guard said else { ctx.weights.add(0.5, to: cc); continue }
            ctx.add(cc, neighbour ? 0.25 : h.namesCountry ? 1.5 : Self.oneMention, name: tokens[h.tokens.lowerBound].word, explicit: h.namesCountry)
        }
        for i in range where tokens[i].isWord && tokens[i].isCapitalized && tokens[i].flags.contains(.demonym) {
            // "Latin American", "South American": a continent's people, not the United States'.
            if tokens[i].word == "american", PlaceFinder.followsContinentWord(i, range: range, tokens: tokens) { continue }
            if namesALanguage(i, range: range, tokens: tokens) { continue }
            if let (cc, _) = gazetteer.demonym(endingAt: i, tokens: tokens, from: range.lowerBound) { ctx.add(cc, 0.5, name: tokens[i].word, explicit: true) }
        }
        return ctx
    }
}

/// "the Portuguese-speaking archipelago", "a French-language daily": the demonym names a language, which many
/// countries speak, not its country.
func namesALanguage(_ i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
    guard i + 2 < range.upperBound, tokens[i + 1].word == "-", !tokens[i + 1].spaceBefore, !tokens[i + 2].spaceBefore else { return false }
    return languageNouns.contains(tokens[i + 2].word)
}
private let languageNouns: Set<WordKey> = ["speaking", "language", "languages", "speaker", "speakers", "speak"]

/// Whether a locative preposition ("in", "near", "at" …) stands right before `i` (over "the").
func locativeBefore(_ i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
    var j = i - 1
    if j >= range.lowerBound, tokens[j].word == "the" { j -= 1 }
    return j >= range.lowerBound && tokens[j].isCue(.locativePrep)
}

/// Weights by ISO country code: a handful per article, so a short list beats a hashed dictionary.
public struct CountryWeights: Sendable, Sequence {
    private var entries: [(key: String, value: Double)] = []

    public init() {}

    public subscript(_ code: String) -> Double? { entries.first { $0.key == code }?.value }

    public subscript(_ code: String, default value: Double) -> Double {
        get { self[code] ?? value }
        set {
            if let i = entries.firstIndex(where: { $0.key == code }) { entries[i].value = newValue }
            else { entries.append((code, newValue)) }
        }
    }

    /// Adds `w` to the code's weight (from 0), in one pass over the list.
    mutating func add(_ w: Double, to code: String) {
        if let i = entries.firstIndex(where: { $0.key == code }) { entries[i].value += w; return }
        if entries.isEmpty { entries.reserveCapacity(4) }
        entries.append((code, w))
    }

    public var isEmpty: Bool { entries.isEmpty }

    public func makeIterator() -> IndexingIterator<[(key: String, value: Double)]> { entries.makeIterator() }
}
