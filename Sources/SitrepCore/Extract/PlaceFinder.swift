/// Finds gazetteer names in a token range: capitalised n-grams, exact keys first, then consonant skeletons.
///
/// One finder serves one document: it remembers the places of each key it has looked up, since articles repeat
/// their place names.
struct PlaceFinder {
    let lexicon: Lexicon
    private let memo = Memo()
    static let lowerInside: Set<WordKey> = ["al", "el", "an", "ad", "as", "ash", "ar", "at", "az", "ath", "adh", "de", "del",
                                           "la", "le", "les", "du", "di", "da", "of", "the", "on", "upon", "sur", "am",
                                           "im", "bin", "ibn", "abu", "um", "umm", "ul", "ud", "ed", "es", "en", "y", "i", "e"]

    struct Hit {
        let tokens: Range<Int>
        let places: [Place]
        let fuzzy: Bool
        /// The one country all candidates lie in, if they agree (evidence of the article's country), and whether the
        /// first candidate is that country itself.
        let soleCountry: String?
        let namesCountry: Bool

        init(tokens: Range<Int>, places: [Place], fuzzy: Bool) {
            self.tokens = tokens; self.places = places; self.fuzzy = fuzzy
            soleCountry = PlaceFinder.commonCountry(of: places)
            namesCountry = places.first?.kind == .country
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

    /// Places already looked up in this document, by key and by skeleton.
    private final class Memo {
        var byKey: [String: [Place]] = [:]
        var bySkeleton: [String: [Place]] = [:]
    }

    init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Name hits in `range`, skipping tokens in `blocked` (actor names, person names).
    func hits(in range: Range<Int>, tokens: [Token], blocked: TokenSet) -> [Hit] {
        var out: [Hit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].isWord, tokens[i].isCapitalized || tokens[i].isAllCaps, !blocked.contains(i),
                  let hit = longest(at: i, range: range, tokens: tokens, blocked: blocked) else { i += 1; continue }
            out.append(hit); i = hit.tokens.upperBound
        }
        return out
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
            if n == 1 && (tokens[i].flags.contains(.notAPlace) || tokens[i].flags.contains(.calendarWord) || tokens[i].word.utf8Count < 3) {
                continue
            }
            let prefix = UnsafeBufferPointer(rebasing: key[0..<length])
            if gaz.hasKey(bytes: prefix) {
                return Hit(tokens: i..<(last + 1), places: places(forKey: String(decoding: prefix, as: UTF8.self)), fuzzy: false)
            }
            if length >= 7 && (n >= 2 || length >= 9), let fuzzy = fuzzyPlaces(prefix) {
                return Hit(tokens: i..<(last + 1), places: fuzzy, fuzzy: true)
            }
        }
        return nil
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
            guard t.isWord, !blocked.contains(j) else { break }
            if n > 0 && !(t.isCapitalized || Self.lowerInside.contains(t.word)) { break }
            words[n] = j; n += 1; j += 1
            if t.isPossessive { break }
        }
        return n
    }

    private func places(forKey key: String) -> [Place] {
        if let known = memo.byKey[key] { return known }
        let found = lexicon.gazetteer.places(forKey: key)
        memo.byKey[key] = found
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
