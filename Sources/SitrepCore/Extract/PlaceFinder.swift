/// Finds gazetteer names in a token range: capitalised n-grams, exact keys first, then consonant skeletons.
struct PlaceFinder: Sendable {
    let lexicon: Lexicon
    static let lowerInside: Set<String> = ["al", "el", "an", "ad", "as", "ash", "ar", "at", "az", "ath", "adh", "de", "del",
                                           "la", "le", "les", "du", "di", "da", "of", "the", "on", "upon", "sur", "am",
                                           "im", "bin", "ibn", "abu", "um", "umm", "ul", "ud", "ed", "es", "en", "y", "i", "e"]

    struct Hit { var tokens: Range<Int>; var places: [Place]; var fuzzy: Bool }

    /// Name hits in `range`, skipping tokens in `blocked` (actor names, person names).
    func hits(in range: Range<Int>, tokens: [Token], blocked: Set<Int>) -> [Hit] {
        var out: [Hit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard tokens[i].isWord, tokens[i].isCapitalized || tokens[i].isAllCaps, !blocked.contains(i),
                  let hit = longest(at: i, range: range, tokens: tokens, blocked: blocked) else { i += 1; continue }
            out.append(hit); i = hit.tokens.upperBound
        }
        return out
    }

    func longest(at i: Int, range: Range<Int>, tokens: [Token], blocked: Set<Int>) -> Hit? {
        let gaz = lexicon.gazetteer
        var words: [Int] = []
        var j = i
        while j < range.upperBound && words.count < min(6, max(1, gaz.maxKeyTokens)) {
            let t = tokens[j]
            if t.kind == .punct && t.key == "-" && !t.spaceBefore { j += 1; continue }
            guard t.isWord, !blocked.contains(j) else { break }
            words.append(j); j += 1
            if t.isPossessive { break }
        }
        for n in stride(from: words.count, through: 1, by: -1) {
            let ws = Array(words[0..<n])
            guard let last = ws.last, tokens[last].isCapitalized || tokens[last].isAllCaps || tokens[last].number != nil else { continue }
            if !ws.dropFirst().allSatisfy({ tokens[$0].isCapitalized || Self.lowerInside.contains(tokens[$0].key) }) { continue }
            let key = ws.map { tokens[$0].key }.joined(separator: " ")
            if n == 1 && (gaz.isNotAPlace(key) || key.count < 3) { continue }
            if CalendarWords.weekdays[key] != nil || CalendarWords.months[key] != nil { continue }
            if gaz.hasKey(key) { return Hit(tokens: i..<(last + 1), places: gaz.places(forKey: key), fuzzy: false) }
            if key.utf8.count >= 7 && (n >= 2 || key.utf8.count >= 9) {
                let sk = NameKey.skeleton(ofKey: key)
                if sk.utf8.count >= 5 && gaz.hasSkeleton(sk) {
                    let fuzzy = gaz.places(forSkeleton: sk)
                    if !fuzzy.isEmpty { return Hit(tokens: i..<(last + 1), places: fuzzy, fuzzy: true) }
                }
            }
        }
        return nil
    }
}
