/// Finds gazetteer names in a token range: capitalised n-grams, exact keys first, then consonant skeletons.
///
/// One finder serves one document: it remembers the places of each key it has looked up, since articles repeat
/// their place names.
struct PlaceFinder {
    let lexicon: Lexicon
    private let memo = Memo()
    static let lowerInside: Set<WordKey> = ["al", "el", "an", "ad", "as", "ash", "ar", "at", "az", "ath", "adh", "de", "del",
                                           "la", "le", "les", "du", "di", "da", "of", "the", "on", "upon", "sur", "am",
                                           "im", "bin", "ibn", "abu", "um", "umm", "ul", "ud", "ed", "es", "en", "y", "i", "e",
                                           "au", "aux", "des", "do", "dos", "das", "van", "von", "der", "den", "della", "dei"]

    struct Hit {
        let tokens: Range<Int>
        let places: [Place]
        let fuzzy: Bool
        /// A doubtful name: a skeleton match, or one word that is also a common word, a person's name, a title or a
        /// demonym ("Area", "Taylor", "President"). It is a place only with strong support, and is no evidence of
        /// the article's countries.
        let weak: Bool
        /// The one country all candidates lie in, if they agree (evidence of the article's country), and whether the
        /// first candidate is that country itself.
        let soleCountry: String?
        let namesCountry: Bool
        /// The kind of place the text says this name is ("X town", "the village of X"), set by `LocalNameFinder`:
        /// with no `places`, a name the gazetteer lacks; with some, they may all lie abroad.
        var local: PlaceKind? = nil

        init(tokens: Range<Int>, places: [Place], fuzzy: Bool, weak: Bool = false, local: PlaceKind? = nil) {
            self.tokens = tokens; self.places = places; self.fuzzy = fuzzy; self.local = local
            self.weak = weak || fuzzy
            namesCountry = places.first?.kind == .country
            // A country's name speaks for that country, whatever towns abroad share it ("Lebanon", Pennsylvania).
            soleCountry = namesCountry ? places.first?.countryCode
                : self.weak ? nil : PlaceFinder.commonCountry(of: places)
        }

        /// The hits (in text order) that start inside `range`, found by binary search.
        static func starting(in range: Range<Int>, of hits: ArraySlice<Hit>) -> ArraySlice<Hit> {
            hits.slice(startingIn: range) { $0.tokens.lowerBound }
        }
    }

    /// The one country code all places with a code share, or nil when there is none or they differ.
    static func commonCountry(of places: [Place]) -> String? {
        var code: String? = nil
        for p in places {
            guard let c = p.countryCode else { continue }
            if code == nil { code = c } else if code != c { return nil }
        }
        return code
    }

    /// Places already looked up in this document, by key (its first record's identity) and by skeleton.
    private final class Memo {
        var byKey = [UInt64: [Place]](minimumCapacity: 64)
        var bySkeleton: [String: [Place]] = [:]
    }

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Name hits in `range`, skipping tokens in `blocked` (actor names, person names).
    func hits(in range: Range<Int>, tokens: [Token], blocked: TokenSet) -> [Hit] {
        var out: [Hit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if tokens[i].flags.contains(.demonym), let adjective = demonymPhrase(at: i, range: range, tokens: tokens, blocked: blocked) {
                if let capital = adjective.capital { out.append(capital) }
                i = adjective.end
                continue
            }
            // "Sierra Leoneans", "the South Sudanese army": a demonym of several words names no place ("Sierra" alone
            // would be a town).
            if tokens[i].isCapitalized, let end = compoundDemonymEnd(startingAt: i, range: range, tokens: tokens) {
                i = end
                continue
            }
            guard tokens[i].isWord, tokens[i].isCapitalized || tokens[i].isAllCaps, !blocked.contains(i),
                  !Self.continuesCompound(i, range: range, tokens: tokens),
                  let hit = longest(at: i, range: range, tokens: tokens, blocked: blocked) else { i += 1; continue }
            i = hit.tokens.upperBound
            guard !Self.namesStreet(after: hit.tokens.upperBound, range: range, tokens: tokens),
                  !Self.namesAThing(hit, range: range, tokens: tokens), !Self.startsCompound(hit, range: range, tokens: tokens),
                  !Self.namesAContinent(hit, range: range, tokens: tokens), !Self.namesATeam(hit, range: range, tokens: tokens) else { continue }
            if out.isEmpty { out.reserveCapacity(4) }   // one allocation for a sentence's few names, not three
            out.append(capitalNamed(by: hit, range: range, tokens: tokens) ?? hit)
        }
        return out
    }

    /// A demonym used as an adjective before a lowercase noun ("the Somali government", "Sudanese troops") names no
    /// place, even where a region shares its spelling; "the Somali capital" names the country's capital. A division
    /// designator after it ("the Somali region") leaves the name to the gazetteer; a settlement's ("the German city of
    /// X", "a Dutch village") does not.
    func demonymPhrase(at i: Int, range: Range<Int>, tokens: [Token], blocked: TokenSet) -> (end: Int, capital: Hit?)? {
        guard i + 1 < range.upperBound, tokens[i].flags.contains(.demonym), tokens[i].isCapitalized, !blocked.contains(i) else { return nil }
        let next = tokens[i + 1]
        guard next.isWord, !next.isCapitalized, !next.isAllCaps else { return nil }
        if next.isCue(.designator) {
            let kind = LocalNameFinder.designator(at: i + 1, limit: range.upperBound, tokens: tokens, cues: lexicon.cues)?.kind
            guard kind == .town || kind == .city else { return nil }
        }
        guard next.word == "capital", let city = lexicon.gazetteer.capital(forDemonym: tokens[i].word) else { return (i + 1, nil) }
        return (i + 2, Hit(tokens: i..<(i + 2), places: [city], fuzzy: false))
    }

    /// "the capital of Guinea-Bissau", "the capital city of Mali": the country's name after these words names its capital.
    func capitalNamed(by hit: Hit, range: Range<Int>, tokens: [Token]) -> Hit? {
        let i = hit.tokens.lowerBound
        guard hit.namesCountry, i - 2 >= range.lowerBound, tokens[i - 1].word == "of" else { return nil }
        let head = tokens[i - 2].word == "city" && i - 3 >= range.lowerBound ? tokens[i - 3].word : tokens[i - 2].word
        guard head == "capital", let cc = hit.places.first?.countryCode, let city = lexicon.gazetteer.capital(ofCountry: cc) else { return nil }
        return Hit(tokens: hit.tokens, places: [city], fuzzy: false)
    }

    /// The end of a demonym of several words starting at `i` (its last word flagged a demonym, one or two words on).
    func compoundDemonymEnd(startingAt i: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        for j in (i + 1)..<min(i + 3, range.upperBound) where tokens[j].flags.contains(.demonym) && tokens[j].isCapitalized {
            if lexicon.gazetteer.demonym(endingAt: j, tokens: tokens, from: i)?.start == i { return j + 1 }
        }
        return nil
    }

    /// Capitalised words that make the name before them a street or road ("Pool Street", "Lagos-Ibadan Expressway").
    static let streetWords: Set<WordKey> = ["street", "road", "avenue", "lane", "boulevard", "highway", "expressway", "motorway"]

    /// Whether a street word follows the name (possibly after more hyphen-joined names).
    static func namesStreet(after end: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var j = end
        while j + 1 < range.upperBound, tokens[j].word == "-", !tokens[j].spaceBefore, tokens[j + 1].isCapitalized { j += 2 }
        return j < range.upperBound && tokens[j].isCapitalized && streetWords.contains(tokens[j].word)
    }

    /// A one-word name right before a lowercase noun of a movable thing ("Molotov cocktails", "Kalashnikov rifles",
    /// "Shahed drones") or before "country"/"nation" ("the Balkan country"): the thing's name or the kind of
    /// country, not a place.
    static func namesAThing(_ hit: Hit, range: Range<Int>, tokens: [Token]) -> Bool {
        let next = hit.tokens.upperBound
        guard hit.tokens.count == 1, next < range.upperBound, tokens[next].isWord, !tokens[next].isCapitalized else { return false }
        return tokens[next].isCue(.movableNoun) || kindOfCountryWords.contains(tokens[next].word)
    }

    /// "a match against Ajax", "Leeds supporters": a name that is a sports club's (an opponent in a match, the team
    /// of fans or players) says whom, not where.
    static func namesATeam(_ hit: Hit, range: Range<Int>, tokens: [Token]) -> Bool {
        let next = hit.tokens.upperBound, i = hit.tokens.lowerBound
        if next < range.upperBound, tokens[next].isWord, !tokens[next].isCapitalized, teamMemberWords.contains(tokens[next].word) { return true }
        guard i - 2 >= range.lowerBound, tokens[i - 1].word == "against" || tokens[i - 1].word == "versus" || tokens[i - 1].word == "vs" else { return false }
        return matchWords.contains(tokens[i - 2].word)
    }

    static let teamMemberWords: Set<WordKey> = ["fans", "supporters", "ultras", "hooligans", "players", "coach", "striker",
                                                "goalkeeper", "midfielder", "defender", "squad"]
    static let matchWords: Set<WordKey> = ["match", "game", "fixture", "derby", "final", "semifinal", "semi-final", "tie"]

    /// "the Balkan country", "the Gulf kingdom": a region's name before these words says what kind of country is meant.
    static let kindOfCountryWords: Set<WordKey> = ["country", "countries", "nation", "nations", "kingdom", "kingdoms", "monarchy",
                                                   "monarchies", "emirate", "emirates"]

    /// "Latin America", "South America", "Central America": "America" (an alias of the United States) after such a word
    /// is a continent.
    static func namesAContinent(_ hit: Hit, range: Range<Int>, tokens: [Token]) -> Bool {
        hit.tokens.count == 1 && tokens[hit.tokens.lowerBound].word == "america" && followsContinentWord(hit.tokens.lowerBound, range: range, tokens: tokens)
    }

    /// Whether a capitalised "Latin", "South", "North", "Central" or "Middle" stands right before `i` (in `range`).
    static func followsContinentWord(_ i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        i > range.lowerBound && tokens[i - 1].isCapitalized && continentQualifiers.contains(tokens[i - 1].word)
    }
    static let continentQualifiers: Set<WordKey> = ["latin", "south", "north", "central", "middle"]

    /// Whether a capitalised name joins the hit with a hyphen: the hit is the first part of a longer name the gazetteer
    /// lacks ("Wei-Yar-Adiu" is not "Wei"), or of a pair ("the Armenia-Azerbaijan war" happens in neither).
    static func startsCompound(_ hit: Hit, range: Range<Int>, tokens: [Token]) -> Bool {
        let end = hit.tokens.upperBound
        return end + 1 < range.upperBound && tokens[end].word == "-" && !tokens[end].spaceBefore && !tokens[end + 1].spaceBefore
            && (tokens[end + 1].isCapitalized || tokens[end + 1].isAllCaps)
    }

    /// Whether `i` is the second part of a hyphen-joined name whose whole is no place ("Kawo-Gora" is not "Gora"), the
    /// side after "anti-" or "pro-", or the end of a hyphenated route ("the A-to-B train" is not in B).
    static func continuesCompound(_ i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard i - 2 >= range.lowerBound, tokens[i - 1].word == "-", !tokens[i - 1].spaceBefore, !tokens[i].spaceBefore,
              tokens[i - 2].isWord else { return false }
        if tokens[i - 2].isCapitalized || tokens[i - 2].isAllCaps { return true }
        // "anti-Arab slogans", "pro-Moscow militias": the name says whose side, not where.
        if tokens[i - 2].word == "anti" || tokens[i - 2].word == "pro" { return true }
        return i - 3 >= range.lowerBound && tokens[i - 3].word == "-" && !tokens[i - 3].spaceBefore && !tokens[i - 2].spaceBefore
            && !lowerInside.contains(tokens[i - 2].word)
    }

    /// The longest name starting at `i`: for each length from the longest down, the exact key, then its skeleton.
    func longest(at i: Int, range: Range<Int>, tokens: [Token], blocked: TokenSet) -> Hit? {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.maxWords) { buffer in
            let count = candidateWords(at: i, range: range, tokens: tokens, blocked: blocked, into: buffer)
            guard count > 0 else { return nil }
            let words = UnsafeBufferPointer(rebasing: buffer[0..<count])
            // The words' keys joined by spaces; `ends[n - 1]` is where the n-word prefix ends.
            return WordKey.withJoined(count: count, key: { tokens[words[$0]].word }) { key, ends in
                longest(at: i, words: words, key: key, ends: ends, tokens: tokens)
            }
        }
    }

    /// The most words a name may span.
    static let maxWords = 6

    /// The longest prefix of the candidate words that names a place: exact key first, then its skeleton.
    private func longest(at i: Int, words: UnsafeBufferPointer<Int>, key: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>,
                         tokens: [Token]) -> Hit? {
        let gaz = lexicon.gazetteer
        for n in stride(from: words.count, through: 1, by: -1) {
            let last = words[n - 1], length = ends[n - 1]
            guard tokens[last].isCapitalized || tokens[last].isAllCaps || tokens[last].number != nil else { continue }
            if n == 1 && (tokens[i].flags.contains(.notAPlace) || tokens[i].flags.contains(.calendarWord)) { continue }
            let prefix = UnsafeBufferPointer(rebasing: key[0..<length])
            if n == 1 && tokens[i].word.utf8Count < 3 {
                // "UK", "US": a two-letter capitalised abbreviation counts only as a country.
                guard tokens[i].isAllCaps, let c = countryAbbreviation(prefix) else { continue }
                return Hit(tokens: i..<(i + 1), places: [c], fuzzy: false)
            }
            if let entry = gaz.firstKeyEntry(bytes: prefix) {
                return Hit(tokens: i..<(last + 1), places: places(forKey: prefix, first: entry), fuzzy: false,
                           weak: n == 1 && Self.isDoubtful(tokens[i]))
            }
            if length >= 7 && (n >= 2 || length >= 9), !words[0..<n].contains(where: { Self.isDoubtful(tokens[$0]) }),
               let fuzzy = fuzzyPlaces(prefix) {
                return Hit(tokens: i..<(last + 1), places: fuzzy, fuzzy: true)
            }
        }
        return nil
    }

    /// A word that is a place only with strong support: a common word, a person's name, a title or a demonym.
    static func isDoubtful(_ t: Token) -> Bool {
        t.flags.contains(.commonWord) || t.flags.contains(.personName) || t.flags.contains(.demonym) || t.flags.contains(.english)
            || t.isCue(.personTitle)
    }

    /// The country a two-letter key names ("uk"), if any.
    private func countryAbbreviation(_ key: UnsafeBufferPointer<UInt8>) -> Place? {
        guard let entry = lexicon.gazetteer.firstKeyEntry(bytes: key) else { return nil }
        return places(forKey: key, first: entry).first { $0.kind == .country }
    }

    /// The words a name at `i` may span: up to the gazetteer's longest key, over joining hyphens, stopping at a
    /// possessive, a blocked token or a lowercase word that cannot sit inside a name ("of", "al" can).
    /// They are written into `words` (room for `maxWords`); returns how many.
    func candidateWords(at i: Int, range: Range<Int>, tokens: [Token], blocked: TokenSet, into words: UnsafeMutableBufferPointer<Int>) -> Int {
        var n = 0
        var j = i
        let limit = min(Self.maxWords, max(1, lexicon.gazetteer.maxKeyTokens))
        while j < range.upperBound && n < limit {
            let t = tokens[j]
            if t.kind == .punct && t.word == "-" && !t.spaceBefore { j += 1; continue }
            // "St. Petersburg", "Ste. Marie": the abbreviation's period is part of the name.
            if t.kind == .punct && t.word == "." && !t.spaceBefore && n == 1 && Self.saintAbbreviations.contains(tokens[j - 1].word) {
                j += 1; continue
            }
            guard t.isWord, !blocked.contains(j) else { break }
            // "Trinidad and Tobago", "Sao Tome and Principe": "and" inside a name the gazetteer has whole.
            if n > 0 && !(t.isCapitalized || Self.lowerInside.contains(t.word) || t.word == "and") { break }
            words[n] = j; n += 1; j += 1
            if t.isPossessive { break }
        }
        return n
    }

    static let saintAbbreviations: Set<WordKey> = ["st", "ste"]

    /// The places of a key the gazetteer has, `first` being its first record (which names it in the memo).
    private func places(forKey key: UnsafeBufferPointer<UInt8>, first: Gazetteer.Entry) -> [Place] {
        if let known = memo.byKey[first.identity] { return known }
        let found = lexicon.gazetteer.places(forKey: key)
        memo.byKey[first.identity] = found
        return found
    }

    /// Places whose skeleton is the key's, or nil when there are none or the skeleton is too short to trust.
    /// Most names have no skeleton match: the gazetteer is probed before anything is built or remembered.
    private func fuzzyPlaces(_ key: UnsafeBufferPointer<UInt8>) -> [Place]? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: key.count) { buffer in
            let n = NameKey.skeleton(ofKeyBytes: key, into: buffer)
            let sk = UnsafeBufferPointer(rebasing: buffer[0..<n])
            guard n >= 5, lexicon.gazetteer.hasSkeleton(bytes: sk) else { return nil }
            let skeleton = String(decoding: sk, as: UTF8.self)
            if let known = memo.bySkeleton[skeleton] { return known.isEmpty ? nil : known }
            let found = lexicon.gazetteer.places(forSkeleton: skeleton)
            memo.bySkeleton[skeleton] = found
            return found.isEmpty ? nil : found
        }
    }
}
