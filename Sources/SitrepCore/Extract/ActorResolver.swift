/// An actor named in text, resolved to canonical names (a template such as "Syrian and Russian jets" may give two).
public struct ActorMatch: Hashable, Sendable {
    /// The texts of a match, in one shared immutable object: a copy of the match (sentences, clauses and roles
    /// copy matches a lot) costs one reference count instead of five; setting a text makes a new object.
    struct Texts: Hashable, Sendable {
        var names: [String]
        var kind: String
        var template: String?
        var demonymCountries: [String]
        var filledCountry: String?
    }

    final class Storage: Sendable {
        let texts: Texts
        init(_ texts: Texts) { self.texts = texts }
    }

    public var tokens: Range<Int>
    public var inter: Int
    private var storage: Storage

    public var names: [String] { get { storage.texts.names } set { change { $0.names = newValue } } }
    public var kind: String { get { storage.texts.kind } set { change { $0.kind = newValue } } }
    /// The `{country}` name when the match is a template ("Military Forces of {country}").
    public var template: String? { get { storage.texts.template } set { change { $0.template = newValue } } }
    /// Countries of the demonyms before a template ("Syrian and Russian jets").
    public var demonymCountries: [String] { get { storage.texts.demonymCountries } set { change { $0.demonymCountries = newValue } } }
    /// The country code `ActorResolver.fill` last filled the template with (its `names` are that country's).
    public var filledCountry: String? { get { storage.texts.filledCountry } set { change { $0.filledCountry = newValue } } }
    /// Monitors, media, officials, humanitarian bodies: sources of claims rather than parties to fighting.
    public var isSource: Bool { inter == 0 }

    init(tokens: Range<Int>, names: [String], inter: Int, kind: String, template: String? = nil, demonymCountries: [String] = [],
         filledCountry: String? = nil) {
        self.tokens = tokens; self.inter = inter
        storage = Storage(Texts(names: names, kind: kind, template: template, demonymCountries: demonymCountries,
                                filledCountry: filledCountry))
    }

    /// Changes several texts with one new object.
    mutating func change(_ edit: (inout Texts) -> Void) {
        var texts = storage.texts
        edit(&texts)
        storage = Storage(texts)
    }

    public static func == (a: ActorMatch, b: ActorMatch) -> Bool {
        a.tokens == b.tokens && a.inter == b.inter && (a.storage === b.storage || a.storage.texts == b.storage.texts)
    }

    public func hash(into h: inout Hasher) {
        h.combine(tokens); h.combine(inter); h.combine(storage.texts)
    }

    /// The matches (in text order) that start inside `range`, found by binary search.
    static func starting(in range: Range<Int>, of matches: [ActorMatch]) -> ArraySlice<ActorMatch> {
        matches.slice(startingIn: range) { $0.tokens.lowerBound }
    }
}

/// Finds actors by alias (longest match; capitalised abbreviations case-sensitively) and fills `{country}`
/// templates from demonyms before them ("Syrian and Russian jets") or else from the article's main country.
struct ActorResolver {
    let lexicon: Lexicon
    private let filledNames: FilledNames?

    /// With `remembering`, filled templates are kept for the resolver's later calls (one resolver per document).
    init(lexicon: Lexicon, remembering: Bool = false) {
        self.lexicon = lexicon
        filledNames = remembering ? FilledNames() : nil
    }

    /// Templates already filled by this resolver: an article fills the same few again and again.
    private final class FilledNames {
        var known: [(template: String, country: String, name: String)] = []

        func name(_ template: String, _ country: String, _ make: () -> String?) -> String? {
            if let k = known.first(where: { $0.template == template && $0.country == country }) { return k.name }
            guard let name = make() else { return nil }
            known.append((template, country, name))
            return name
        }
    }

    func matches(in range: Range<Int>, tokens: [Token], mainCountry: String?) -> [ActorMatch] {
        var out: [ActorMatch] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].isWord, Self.mayStartActor(tokens[i]), let (found, end) = longest(at: i, range: range, tokens: tokens) else {
                i += 1; continue
            }
            // "civilian clothes", "a civilian vehicle": the adjective of a thing names no one; "supporters" are a crowd
            // only as supporters of someone named ("supporters of former President X"), not "terrorists and their supporters".
            if end == i + 1, Self.describesAThing(at: i, range: range, tokens: tokens)
                || !Self.supportsSomeoneNamed(at: i, end: end, range: range, tokens: tokens) { i += 1; continue }
            // "Papua New Guinea police": an alias that starts inside a longer country's name ("Guinea's police") is not
            // that country's; the words after the name are matched on their own.
            if endsLongerCountryName(at: i, range: range, tokens: tokens) { i += 1; continue }
            let entries = found.lazy.map { lexicon.actors.list[$0] }
            var best = ActorDictionary.preferred(entries, countryCode: mainCountry) ?? lexicon.actors.list[found[0]]
            var start = i
            // "protesting students", "rioting farmers": people a participle of protest or rioting describes are that crowd.
            if best.kind == "civilians", i > range.lowerBound, let crowd = Self.crowdParticiples[tokens[i - 1].word],
               let entry = lexicon.actors.entry(named: crowd) {
                best = entry; start = i - 1
            }
            // "government supporters", "opposition supporters": the followers of someone are a crowd, not that someone.
            let followers = end < range.upperBound && tokens[end].word == "supporters"
            if followers, let entry = lexicon.actors.entry(named: "Protesters ({country})") { best = entry }
            var names = [best.name]
            var demonyms: [String] = []
            if best.isTemplate {
                demonyms = demonymCountries(before: start, range: range, tokens: tokens)
                let countries = demonyms.isEmpty ? [mainCountry].compactMap { $0 } : demonyms
                names = countries.isEmpty ? [best.resolved(countryName: nil)] : countries.map { lexicon.actors.name(of: best, countryCode: $0, countryName: lexicon.gazetteer.country(code: $0)?.name) }
            }
            if !best.isTemplate { names += coordinated(at: i, end: end, range: range, tokens: tokens) }
            var stop = followers ? end + 1 : end
            if !best.isTemplate, stop < range.upperBound, tokens[stop].isWord, let (next, nextEnd) = longest(at: stop, range: range, tokens: tokens),
               lexicon.actors.list[next[0]].isTemplate { stop = nextEnd }   // "HTS fighters", "Wagner mercenaries": one actor
            if out.isEmpty { out.reserveCapacity(8) }   // one allocation for a sentence's few matches, not four
            out.append(ActorMatch(tokens: start..<stop, names: names, inter: best.inter, kind: best.kind, template: best.isTemplate ? best.name : nil,
                                  demonymCountries: demonyms))
            i = stop
        }
        return out
    }

    /// Whether the capitalised word at `i` ends a country's name of several words that starts before it ("Papua New
    /// Guinea", "Equatorial Guinea").
    func endsLongerCountryName(at i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard i > range.lowerBound, tokens[i].isCapitalized, tokens[i - 1].isCapitalized || tokens[i - 1].word == "-" else { return false }
        var key = tokens[i].key
        for k in stride(from: i - 1, through: max(range.lowerBound, i - 3), by: -1) {
            guard tokens[k].isWord, tokens[k].isCapitalized else { return false }
            key = tokens[k].key + " " + key
            if lexicon.gazetteer.countryCode(forKey: key) != nil { return true }
        }
        return false
    }

    /// Fills each template without demonyms with a country: the article's main one, or where the event happened
    /// ("Civilians (Ukraine)"). The collection is written (and so copied if shared) only for matches that change.
    func fill<C: MutableCollection<ActorMatch>>(_ actors: inout C, _ cc: String?) {
        guard let cc else { return }
        for i in actors.indices {
            guard cc != actors[i].filledCountry, let t = actors[i].template, actors[i].demonymCountries.isEmpty,
                  let name = filledName(t, cc) else { continue }
            actors[i].change { texts in
                texts.filledCountry = cc
                if texts.names.count != 1 || texts.names[0] != name { texts.names = [name] }
            }
        }
    }

    /// A template's name for a country ("Military Forces of Syria"), remembered when the resolver remembers.
    private func filledName(_ template: String, _ cc: String) -> String? {
        let make = { () -> String? in
            guard let entry = lexicon.actors.entry(named: template), let country = lexicon.gazetteer.country(code: cc)?.name else { return nil }
            return lexicon.actors.name(of: entry, countryCode: cc, countryName: country)
        }
        return filledNames.map { $0.name(template, cc, make) } ?? make()
    }

    /// "civilian" (singular) before a word that is not a person, a toll or a harm ("civilian clothes", "civilian areas";
    /// not "civilian casualties", "civilian deaths", "a civilian was killed").
    static func describesAThing(at i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard tokens[i].word == "civilian", i + 1 < range.upperBound, tokens[i + 1].isWord else { return false }
        let next = tokens[i + 1]
        return !(next.isCue(.personNoun) || next.isCue(.casualtyWord) || next.isCue(.deathWord) || next.isCue(.woundWord)
                 || next.isCue(.auxiliary) || next.isCue(.tollWord) || next.isCue(.preposition) || next.word == "and" || next.word == "or")
    }

    /// False for a bare "supporters" that no "of" and a capitalised name (within four words) follows, and that no party
    /// or name comes right before ("ruling party supporters", "KANU supporters").
    static func supportsSomeoneNamed(at i: Int, end: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard end == i + 1, tokens[i].word == "supporters" else { return true }
        if i > range.lowerBound {
            let p = tokens[i - 1]
            if p.word == "party" || p.isAllCaps && p.word.utf8Count >= 2 || p.isCapitalized && i - 1 > range.lowerBound { return true }
        }
        guard end < range.upperBound, tokens[end].word == "of" else { return false }
        return (end + 1..<min(range.upperBound, end + 5)).contains { tokens[$0].isCapitalized }
    }

    /// Participles that make the people after them a crowd, and the crowd's template.
    static let crowdParticiples: [WordKey: String] = [
        "protesting": "Protesters ({country})", "demonstrating": "Protesters ({country})", "marching": "Protesters ({country})",
        "rioting": "Rioters ({country})", "rampaging": "Rioters ({country})",
    ]

    /// Only a word that starts an alias, or a capitalised one (an abbreviation), can start an actor.
    @inline(__always) static func mayStartActor(_ t: Token) -> Bool {
        t.flags.contains(.startsActor) || t.isAllCaps || t.isCapitalized
    }

    /// Longest dictionary match at `i`: (its entries' positions in the dictionary's `list`, end index).
    ///
    /// Extends the key word by word (over joining hyphens) while some longer alias starts with it.
    func longest(at i: Int, range: Range<Int>, tokens: [Token]) -> ([Int], Int)? {
        guard Self.mayStartActor(tokens[i]) else { return nil }
        if tokens[i].isAllCaps || (tokens[i].isCapitalized && (tokens[i].rawText.containsDigit || tokens[i].rawText.hasCapitalAfterFirst)),
           let hits = lexicon.actors.byAbbreviation[tokens[i].raw], !hits.isEmpty {
            return (hits, i + 1)
        }
        let flags = tokens[i].flags
        guard flags.contains(.startsActor) else { return nil }
        var best: (indices: [Int], end: Int)? = nil
        if flags.contains(.actorKey), let found = lexicon.actors.keyByWordsHash[tokens[i].keyHash], spells(found.key, from: i, to: i, tokens: tokens) {
            best = (found.indices, i + 1)
        }
        var last = i, extends = flags.contains(.actorPrefix)
        var hash = tokens[i].keyHash
        while extends {
            var j = last + 1
            while j < range.upperBound && tokens[j].kind == .punct && tokens[j].word == "-" && !tokens[j].spaceBefore { j += 1 }
            guard j < range.upperBound, tokens[j].isWord else { break }
            hash = ActorDictionary.wordsHash(hash, then: tokens[j].keyHash)
            last = j
            if let found = lexicon.actors.keyByWordsHash[hash], spells(found.key, from: i, to: last, tokens: tokens) {
                best = (found.indices, last + 1)
            }
            extends = lexicon.actors.prefixWordsHashes.contains(hash)
        }
        return best
    }

    /// Whether `key` is the keys of the words from `i` through `last` joined by spaces (hyphens between them skipped).
    func spells(_ key: String, from i: Int, to last: Int, tokens: [Token]) -> Bool {
        var key = key
        return key.withUTF8 { k in
            var at = 0
            for j in i...last where tokens[j].isWord {
                if j > i { guard at < k.count, k[at] == 32 else { return false }; at += 1 }
                let same = tokens[j].word.withUTF8 { w in
                    guard at + w.count <= k.count else { return false }
                    for n in 0..<w.count where w[n] != k[at + n] { return false }
                    return true
                }
                guard same else { return false }
                at += tokens[j].word.withUTF8 { $0.count }
            }
            return at == k.count
        }
    }

    /// "Syrian and Russian jets": the alias "Russian jets" also applies to the coordinated "Syrian" → Syria's entry.
    func coordinated(at i: Int, end: Int, range: Range<Int>, tokens: [Token]) -> [String] {
        guard lexicon.gazetteer.countryCode(forDemonym: tokens[i].word) != nil, end - i >= 2 else { return [] }
        let rest = (i + 1..<end).map { tokens[$0].key }.joined(separator: " ")
        var names: [String] = []
        for cc in demonymCountries(before: i, range: range, tokens: tokens) {
            guard let country = lexicon.gazetteer.country(code: cc) else { continue }
            let demonym = (i - 5..<i).reversed().first { $0 >= range.lowerBound && lexicon.gazetteer.countryCode(forDemonym: tokens[$0].word) == cc }
            let key = (demonym.map { tokens[$0].key } ?? "") + " " + rest
            if let e = lexicon.actors.entries(forKey: key).first { names.append(e.isTemplate ? e.resolved(countryName: country.name) : e.name) }
            else if let t = lexicon.actors.entries(forKey: rest).first(where: \.isTemplate) { names.append(t.resolved(countryName: country.name)) }
        }
        return names.filter { !$0.isEmpty }
    }

    /// Country codes of demonyms right before `i`: "Syrian and Russian", "Syrian government and Russian".
    func demonymCountries(before i: Int, range: Range<Int>, tokens: [Token]) -> [String] {
        var out: [String] = []
        var j = i - 1
        while j >= range.lowerBound && i - j <= 5 {
            if let (cc, start) = lexicon.gazetteer.demonym(endingAt: j, tokens: tokens, from: range.lowerBound) {
                out.insert(cc, at: 0); j = start - 1; continue
            }
            if tokens[j].isPossessive, let cc = lexicon.gazetteer.countryCode(forKey: tokens[j].key) {
                out.insert(cc, at: 0); j -= 1; continue
            }
            let w = tokens[j].word
            if w == "and" || w == "," || w == "-" { j -= 1; continue }
            if let (cc, start) = lexicon.gazetteer.countryAbbreviation(before: j + 1, lowerBound: range.lowerBound, tokens: tokens) {
                out.insert(cc, at: 0); j = start - 1; continue
            }
            break
        }
        return out
    }
}
