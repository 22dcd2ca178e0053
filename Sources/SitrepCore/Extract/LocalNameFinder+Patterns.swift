/// The constructions that say a capitalised name is a place: designators, "the town of X", appositions, qualifiers.
extension LocalNameFinder {
    /// Adds to `out` the names the text marks as places in `range` (one prose block); `hits` are the document's
    /// gazetteer hits, `inRange` those that start in `range`.
    func names(in range: Range<Int>, hits: [PlaceFinder.Hit], inRange: ArraySlice<PlaceFinder.Hit>, into out: inout [Found]) {
        let first = out.count
        // Designator words are few: find them with a bare scan of the cue bits first.
        var j = range.lowerBound
        while let next = Self.nextDesignator(from: j, range: range, tokens: tokens) {
            if let f = designated(before: next, range: range, hits: hits) ?? headed(by: next, range: range, hits: hits)
                ?? apposition(next, range: range, hits: hits) { out.append(f) }
            j = next + 1
        }
        for h in inRange {
            if let f = qualified(h, range: range) ?? measured(from: h, range: range) { out.append(f) }
        }
        out += located(in: range, hits: inRange)
        for k in first..<out.count where out[k].hit == nil {
            if let f = addressed(before: out[k], range: range) { out.append(f) }
        }
    }

    /// The first token from `i` in `range` that starts a designator phrase, if any.
    static func nextDesignator(from i: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        let bit = CueCategory.designator.bit
        return tokens.withUnsafeBufferPointer { buffer in
            var k = i
            while k < range.upperBound {
                if buffer[k].cues.start & bit != 0 { return k }
                k += 1
            }
            return nil
        }
    }

    /// "at A quarters, X, Y Local Government Area": a name in an address, between a locative
    /// preposition or a comma and the comma before a designated local name.
    func addressed(before f: Found, range: Range<Int>) -> Found? {
        let comma = f.tokens.lowerBound - 1
        guard comma > range.lowerBound, tokens[comma].word == ",", let s = nameStart(before: comma, lower: range.lowerBound),
              s > range.lowerBound, isLocative(s - 1) || tokens[s - 1].word == "," else { return nil }
        return Found(tokens: s..<comma, kind: .town, hit: nil)
    }

    /// The designator phrase at `j` ("district", "Local Government Area", "sub-county"): the kind it gives and its end.
    func designator(at j: Int, limit: Int) -> (kind: PlaceKind, end: Int)? {
        Self.designator(at: j, limit: limit, tokens: tokens, cues: lexicon.cues)
    }

    /// The designator phrase at `j` in `tokens` (over joining hyphens): the kind of place it gives and where it ends.
    static func designator(at j: Int, limit: Int, tokens: [Token], cues: Cues) -> (kind: PlaceKind, end: Int)? {
        guard j < limit, tokens[j].isWord, tokens[j].startsCue(.designator) else { return nil }
        let set = cues[.designator]
        if j + 1 >= limit || !tokens[j + 1].isWord && tokens[j + 1].word != "-" {
            // The common case: one word and nothing that could continue it.
            guard let v = set.phrase(CollectionOfOne(tokens[j].word), at: 0)?.value, let kind = PlaceKind(rank: v) else { return nil }
            return (kind, j + 1)
        }
        var keys: [WordKey] = [], ends: [Int] = []
        var k = j
        while k < limit && keys.count < 3 {
            if tokens[k].word == "-" && !tokens[k].spaceBefore && !keys.isEmpty { k += 1; continue }
            guard tokens[k].isWord else { break }
            keys.append(tokens[k].word); k += 1; ends.append(k)
        }
        guard let p = set.phrase(keys, at: 0), let v = p.value, let kind = PlaceKind(rank: v) else { return nil }
        return (kind, ends[p.words.count - 1])
    }

    /// "X town", "the X area", "Y's X district": a name right before a designator.
    func designated(before j: Int, range: Range<Int>, hits: [PlaceFinder.Hit]) -> Found? {
        guard j > range.lowerBound, tokens[j].word != Self.villagesKey, tokens[j - 1].isCapitalized || tokens[j - 1].isAllCaps, !tokens[j - 1].isPossessive,
              let d = designator(at: j, limit: range.upperBound) else { return nil }
        // A known name before "province" or "region" is a division, which the gazetteer has.
        if covered.contains(j - 1) { return tokens[j].isCue(.adminDesignator) ? nil : marked(hits, endingAt: j, kind: d.kind) }
        guard let s = nameStart(before: j, lower: range.lowerBound) else { return nil }
        // "X State University", "X District Hospital": a designator that runs on into a longer name is part of it.
        if tokens[j].isCapitalized, d.end < range.upperBound, case let n = tokens[d.end], n.isWord, n.isCapitalized,
           !n.isCue(.designator), !n.flags.contains(.calendarWord) { return nil }
        // "the Y town": a lowercase town word after "the" and a name is a town in that area, not named so; but "the X
        // village" not followed by "of" names the village.
        if d.kind == .town, !tokens[j].isCapitalized, s > range.lowerBound, tokens[s - 1].word == "the",
           !(tokens[j].word == Self.villageKey && (d.end >= range.upperBound || tokens[d.end].word != "of")) { return nil }
        return Found(tokens: s..<j, kind: d.kind, hit: nil)
    }

    /// "the town of X", "the northern Nigerian village of X", "the villages of X and Y" (X): a designator heading "of" and
    /// a name. ("villages" heads names only so: "Fulani villages" names none.)
    func headed(by j: Int, range: Range<Int>, hits: [PlaceFinder.Hit]) -> Found? {
        guard tokens[j].isCue(.designator), j + 2 < range.upperBound, tokens[j + 1].word == "of",
              let kind = designator(at: j, limit: j + 1)?.kind, determined(j, by: ["the"], lower: range.lowerBound) else { return nil }
        let s = j + 2
        if covered.contains(s) { return marked(hits, startingAt: s, kind: kind) }
        guard let e = nameEnd(from: s, upper: range.upperBound, doubtfulAlone: true) else { return nil }
        return Found(tokens: s..<e, kind: kind, hit: nil)
    }

    /// "X, a town in Sudan", "X, a small village of 500 people": a name, then a designator with an article.
    func apposition(_ j: Int, range: Range<Int>, hits: [PlaceFinder.Hit]) -> Found? {
        guard tokens[j].isCue(.designator), tokens[j].word != Self.villagesKey, j + 1 < range.upperBound, Self.followsApposition(tokens[j + 1]) else { return nil }
        var k = j - 1
        while k > range.lowerBound && j - k <= 3 && !Self.isIndefiniteArticle(tokens[k].word) { k -= 1 }
        guard k - 1 > range.lowerBound, Self.isIndefiniteArticle(tokens[k].word), tokens[k - 1].word == ",",
              determined(j, by: Self.indefiniteArticles, lower: k), let kind = designator(at: j, limit: j + 1)?.kind else { return nil }
        let comma = k - 1
        if covered.contains(comma - 1) { return marked(hits, endingAt: comma, kind: kind) }
        guard let s = nameStart(before: comma, lower: range.lowerBound) else { return nil }
        return Found(tokens: s..<comma, kind: kind, hit: nil)
    }

    static let indefiniteArticles: Set<WordKey> = ["a", "an"]
    static let villageKey: WordKey = "village", villagesKey: WordKey = "villages"
    static func isIndefiniteArticle(_ w: WordKey) -> Bool { w == "a" || w == "an" }

    /// A word that may follow a designator used as an apposition's head ("a town in", "a village of", "a town, …").
    static func followsApposition(_ t: Token) -> Bool {
        t.kind == .punct || t.isCue(.locativePrep) || t.isCue(.direction)
            || ["of", "where", "which", "that", "located", "situated", "about", "some", "home"].contains(t.word)
    }

    /// Whether the designator at `j` is preceded by one of `articles` with at most three modifiers between them
    /// (lowercase words, demonyms, group names, hyphenated compounds: "the northern Nigerian", "the mainly Christian",
    /// "the Hamas-run").
    func determined(_ j: Int, by articles: Set<WordKey>, lower: Int) -> Bool {
        var k = j - 1
        while k >= lower && j - k <= 4 {
            let t = tokens[k]
            if articles.contains(t.word) { return true }
            // "the northern", "the Kenyan", "the Tarmola-based", "the Y state town of X" (a division's name and its designator).
            let modifier = t.word == "-" || t.isWord && (!t.isCapitalized || t.flags.contains(.demonym) || t.isCue(.groupName)
                || k + 1 < j && (tokens[k + 1].word == "-" || tokens[k + 1].isCue(.designator)))
            guard modifier else { return false }
            k -= 1
        }
        return false
    }

    /// "a military base located in Tessit", "situated near X": a name the gazetteer lacks after "located" or
    /// "situated" and a preposition of place is a town.
    func located(in range: Range<Int>, hits: ArraySlice<PlaceFinder.Hit>) -> [Found] {
        // The verbs first, by a bare scan (this runs over every prose block).
        let located = Self.locatedKey, situated = Self.situatedKey
        let verbs: [Int] = tokens.withUnsafeBufferPointer { b in
            var found: [Int] = []
            var k = range.lowerBound
            while k + 2 < range.upperBound {
                if b[k].word == located || b[k].word == situated { found.append(k) }
                k += 1
            }
            return found
        }
        var out: [Found] = []
        for j in verbs {
            let p = tokens[j + 1].word, s = j + 2
            guard p == "in" || p == "at" || p == "near", !hits.contains(where: { $0.tokens.contains(s) }),
                  let e = nameEnd(from: s, upper: range.upperBound) else { continue }
            out.append(Found(tokens: s..<e, kind: .town, hit: nil))
        }
        return out
    }

    static let locatedKey: WordKey = "located", situatedKey: WordKey = "situated"

    /// "at X, Y State", "in X in Y State", "in X, in the Y region", "in Y's X": a name after a locative preposition,
    /// qualified by a known division or country.
    func qualified(_ h: PlaceFinder.Hit, range: Range<Int>) -> Found? {
        // "in X, eastern Y": a direction word before the area belongs to it.
        var a = h.tokens.lowerBound
        if a - 1 > range.lowerBound, tokens[a - 1].isCue(.direction), !tokens[a - 1].isCapitalized, tokens[a - 2].word == "," { a -= 1 }
        guard a > range.lowerBound, tokens[a - 1].word == "," || tokens[a - 1].word == "in" || tokens[a - 1].word == "the"
                || tokens[h.tokens.upperBound - 1].isPossessive, !h.weak else { return nil }
        guard h.places.contains(where: { $0.kind == .admin1 || $0.kind == .country }) else { return nil }
        if tokens[h.tokens.upperBound - 1].isPossessive {
            guard a > range.lowerBound, isLocative(a - 1), let e = nameEnd(from: h.tokens.upperBound, upper: range.upperBound) else { return nil }
            return Found(tokens: h.tokens.upperBound..<e, kind: .town, hit: nil)
        }
        var link = a - 1
        if link > range.lowerBound, tokens[link].word == "the" { link -= 1 }
        guard link > range.lowerBound, tokens[link].word == "," && link == a - 1 && !listGoesOn(after: h.tokens.upperBound, range: range)
                && !runsOn(after: h.tokens.upperBound, range: range)
                || tokens[link].word == "in" && h.places.contains(where: { $0.kind == .admin1 }) else { return nil }
        // "in X, in the North-West": the name may end at a comma before the "in".
        if tokens[link].word == "in", link - 1 > range.lowerBound, tokens[link - 1].word == "," { link -= 1 }
        guard let s = nameStart(before: link, lower: range.lowerBound), s > range.lowerBound, isLocative(s - 1) else { return nil }
        return Found(tokens: s..<link, kind: .town, hit: nil)
    }

    /// "in X, about 850 km north of Y", "near X, 70 km (45 miles) from Y": a name after a locative preposition that a
    /// distance from a known place describes.
    func measured(from h: PlaceFinder.Hit, range: Range<Int>) -> Found? {
        var j = h.tokens.lowerBound - 1
        // "of the capital Y", "from the city of Y".
        if j - 1 > range.lowerBound, tokens[j].word == "of", tokens[j - 1].word == "city" || tokens[j - 1].word == "town" { j -= 1 }
        while j > range.lowerBound, tokens[j].word == "the" || tokens[j].word == "capital" || tokens[j].word == "city" || tokens[j].word == "town" { j -= 1 }
        guard j - 2 > range.lowerBound, tokens[j].word == "of" && tokens[j - 1].isCue(.direction) || tokens[j].word == "from" else { return nil }
        var k = tokens[j].word == "of" ? j - 2 : j - 1, unit = false
        while k > range.lowerBound, j - k <= 10, tokens[k].word != "," {
            if tokens[k].isCue(.nonPersonUnit) || tokens[k].word.endsWith("km") { unit = true }
            k -= 1
        }
        guard unit, k > range.lowerBound, tokens[k].word == ",", tokens[k + 1].kind == .number || tokens[k + 1].isWord && !tokens[k + 1].isCapitalized,
              let s = nameStart(before: k, lower: range.lowerBound), s > range.lowerBound, isLocative(s - 1) else { return nil }
        return Found(tokens: s..<k, kind: .town, hit: nil)
    }

    /// Whether a capitalised word other than a designator follows a name: it is part of a longer name ("North East
    /// Rescue Service"), not an area that qualifies the name before it.
    func runsOn(after i: Int, range: Range<Int>) -> Bool {
        PlaceResolver.runsOn(after: i, limit: range.upperBound, tokens: tokens, cues: lexicon.cues)
    }

    /// A locative preposition other than "by".
    func isLocative(_ i: Int) -> Bool { tokens[i].isCue(.locativePrep) && tokens[i].word != "by" }

    /// Whether the words after a name go on listing names ("Gao, Mopti and Kidal"), so a comma separated list items.
    func listGoesOn(after i: Int, range: Range<Int>) -> Bool {
        guard i < range.upperBound else { return false }
        if tokens[i].word == "and" || tokens[i].word == "or" { return true }
        return tokens[i].word == "," && i + 1 < range.upperBound && tokens[i + 1].isCapitalized
    }

    /// The gazetteer hit ending at `end` (or starting at `start`), marked as a place of `kind`. A hit ending at `end`
    /// takes in the name words and doubtful one-word hits right before it ("Alma Dalu village", where "Alma" is a common
    /// word and "Dalu" a name abroad).
    func marked(_ hits: [PlaceFinder.Hit], endingAt end: Int = -1, startingAt start: Int = -1, kind: PlaceKind) -> Found? {
        guard let i = hits.firstIndex(where: { $0.tokens.upperBound == end || $0.tokens.lowerBound == start }),
              !(hits[i].tokens.count == 1 && tokens[hits[i].tokens.lowerBound].isCue(.groupName)) else { return nil }
        var s = hits[i].tokens.lowerBound
        if hits[i].tokens.upperBound == end {
            while s > 0, tokens[s - 1].isCapitalized, !tokens[s - 1].isPossessive,
                  isNameWord(s - 1) || hits[..<i].last.map({ $0.tokens == (s - 1)..<s && $0.weak && !$0.fuzzy }) == true {
                s -= 1
            }
        }
        return Found(tokens: s..<hits[i].tokens.upperBound, kind: kind, hit: i)
    }
}
