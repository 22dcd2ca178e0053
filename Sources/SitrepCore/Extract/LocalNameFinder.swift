/// Finds place names the gazetteer lacks where the text itself says they are places, then their other uses.
///
/// The text says so by a designator after the name ("X town", "X Local Government Area"), by "the town of X", by an
/// apposition ("X, a village in Y"), or by a known area that qualifies a name after a locative preposition ("at X, Y
/// State", "in X in Y State", "in Y's X"). Names are capitalised words that are no function word, month,
/// weekday, demonym, title, direction, doubtful gazetteer word, actor or person name. Gazetteer names that the text
/// marks so are flagged too (`Hit.local`), for the resolver to weigh against their places abroad.
struct LocalNameFinder {
    let lexicon: Lexicon
    let tokens: [Token]
    /// Tokens of actors and people's names.
    let blocked: TokenSet
    /// Tokens of gazetteer names.
    let covered: TokenSet

    /// A name the gazetteer lacks, or a gazetteer name (`hit` is its index) marked as a place of `kind`.
    struct Found {
        var tokens: Range<Int>
        var kind: PlaceKind
        var hit: Int?
    }

    init(lexicon: Lexicon, tokens: [Token], blocked: TokenSet, hits: [PlaceFinder.Hit]) {
        self.lexicon = lexicon; self.tokens = tokens; self.blocked = blocked
        var covered = TokenSet()
        for h in hits { for i in h.tokens { covered.insert(i) } }
        self.covered = covered
    }

    /// A name found, as word keys, and the kind of place the text made it.
    struct Name {
        var words: [WordKey]
        var kind: PlaceKind
    }

    /// The gazetteer hits with their marks, plus a hit for every name found in `prose` and for every standalone use of
    /// those names in `blocks`, in text order; and the names found.
    func hits(adding hits: [PlaceFinder.Hit], prose: [Range<Int>], blocks: [Range<Int>]) -> (hits: [PlaceFinder.Hit], names: [Name]) {
        var found: [Found] = []
        var h = 0
        for r in prose {
            while h < hits.count && hits[h].tokens.lowerBound < r.lowerBound { h += 1 }
            var e = h
            while e < hits.count && hits[e].tokens.lowerBound < r.upperBound { e += 1 }
            names(in: r, hits: hits, inRange: hits[h..<e], into: &found)
        }
        guard !found.isEmpty else { return (hits, []) }
        var out = hits, taken = TokenSet()
        let names = apply(found, to: &out, taken: &taken)
        for r in blocks { out += uses(of: names, in: r, taken: &taken) }
        return (out.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }, names)
    }

    /// Marks the gazetteer hits found (a hit that takes in words before it replaces the doubtful hits there), adds a hit
    /// for each new name (its tokens put in `taken`), and returns the new names.
    func apply(_ found: [Found], to hits: inout [PlaceFinder.Hit], taken: inout TokenSet) -> [Name] {
        var names: [Name] = []
        var absorbed = Set<Int>()
        for f in found {
            if let h = f.hit {
                if f.tokens != hits[h].tokens {
                    let end = hits[h].tokens.upperBound
                    absorbed.formUnion(hits.indices.filter { hits[$0].tokens.lowerBound >= f.tokens.lowerBound && hits[$0].tokens.upperBound < end })
                    hits[h] = PlaceFinder.Hit(tokens: f.tokens, places: hits[h].places, fuzzy: hits[h].fuzzy)
                }
                hits[h].local = hits[h].local ?? f.kind
                continue
            }
            guard !f.tokens.contains(where: { taken.contains($0) }) else { continue }
            for k in f.tokens { taken.insert(k) }
            hits.append(PlaceFinder.Hit(tokens: f.tokens, places: [], fuzzy: false, local: f.kind))
            let words = f.tokens.filter { tokens[$0].isWord }.map { tokens[$0].word }
            if !names.contains(where: { $0.words == words }) { names.append(Name(words: words, kind: f.kind)) }
        }
        for i in absorbed.sorted(by: >) { hits.remove(at: i) }
        return names
    }

    /// Standalone uses of the names in `range` (the name alone between non-name words), skipping tokens already taken.
    func uses(of names: [Name], in range: Range<Int>, taken: inout TokenSet) -> [PlaceFinder.Hit] {
        guard !names.isEmpty else { return [] }
        var out: [PlaceFinder.Hit] = []
        for i in range where tokens[i].isWord && (tokens[i].isCapitalized || tokens[i].isAllCaps) && !taken.contains(i) {
            guard !covered.contains(i), !blocked.contains(i),
                  let n = names.first(where: { $0.words.first == tokens[i].word }), let end = spells(n.words, at: i, limit: range.upperBound),
                  standsAlone(i..<end, range: range) else { continue }
            for k in i..<end { taken.insert(k) }
            out.append(PlaceFinder.Hit(tokens: i..<end, places: [], fuzzy: false, local: n.kind))
        }
        return out
    }

    /// Where the words end when the tokens from `i` spell them (over joining hyphens), else nil.
    func spells(_ words: [WordKey], at i: Int, limit: Int) -> Int? {
        var j = i, k = 0
        while k < words.count, j < limit {
            if tokens[j].word == "-" && !tokens[j].spaceBefore { j += 1; continue }
            guard tokens[j].word == words[k] else { return nil }
            j += 1; k += 1
        }
        return k == words.count ? j : nil
    }

    /// Whether no capitalised name word runs on before or after the tokens (a designator may follow).
    func standsAlone(_ r: Range<Int>, range: Range<Int>) -> Bool {
        if r.lowerBound > range.lowerBound {
            let p = tokens[r.lowerBound - 1]
            if p.isWord && (p.isCapitalized || p.isAllCaps) && !p.flags.contains(.english) && !p.isCue(.locativePrep) { return false }
            if p.word == "-" && !p.spaceBefore || p.isPossessive && !covered.contains(r.lowerBound - 1) { return false }
        }
        guard r.upperBound < range.upperBound else { return true }
        let n = tokens[r.upperBound]
        if n.word == "-" && !n.spaceBefore { return false }
        return !(n.isWord && (n.isCapitalized || n.isAllCaps) && !n.flags.contains(.english)) || designator(at: r.upperBound, limit: range.upperBound) != nil
    }

    /// Flags of words that never make up such a name.
    static let notNameFlags: WordFlags = [.english, .calendarWord, .demonym, .notAPlace]
    /// Flags of words that make up such a name only beside a word without them ("Alma Dalu", not "Alma").
    static let doubtfulFlags: WordFlags = [.commonWord, .personName]

    /// Words before a name that make it a common noun's modifier ("a Fulani village", "several Christian villages").
    static let indefinite: Set<WordKey> = ["a", "an", "another", "one", "each", "every", "any", "some", "several", "many", "no"]

    /// A capitalised word that may be part of a place name the gazetteer lacks.
    func isNameWord(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.isWord, t.isCapitalized || t.isAllCaps, t.number == nil, !blocked.contains(i), !covered.contains(i),
              t.flags.isDisjoint(with: Self.notNameFlags) else { return false }
        if t.isAllCaps && t.word.utf8Count < 3 { return false }
        // "the pro-Bedie town of X", "anti-Kabila militias": a name after "pro-" or "anti-" says whose side, not where.
        if i >= 2, tokens[i - 1].word == "-", !tokens[i - 1].spaceBefore, !t.spaceBefore,
           tokens[i - 2].word == "pro" || tokens[i - 2].word == "anti" { return false }
        // "Four village defence volunteers were killed": a number word names no place.
        return !t.isCue(.personTitle) && !t.isCue(.direction) && !t.isCue(.designator) && !t.isCue(.groupName) && !t.isCue(.numberWord)
    }

    /// "al-Dalwah", "el-Fasher": a lowercase Arabic article (`NameKey`'s) joined by a hyphen to a name word opens the name.
    func articlePrefix(at k: Int) -> Bool {
        guard k + 2 < tokens.count, tokens[k].isWord, !tokens[k].isCapitalized, tokens[k].word.withUTF8(NameKey.isArticle),
              tokens[k + 1].word == "-", !tokens[k + 1].spaceBefore, !tokens[k + 2].spaceBefore else { return false }
        return isNameWord(k + 2)
    }

    /// Whether some word of the name is not doubtful.
    func hasPlainWord(_ r: Range<Int>) -> Bool {
        r.contains { tokens[$0].isWord && tokens[$0].flags.isDisjoint(with: Self.doubtfulFlags) }
    }

    /// Whether token `k` joins two name words ("Bir-Zeit", "Dar es Salaam").
    func joins(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.word == "-" && !t.spaceBefore || !t.isCapitalized && PlaceFinder.lowerInside.contains(t.word)
    }

    /// The start of the name (up to four words) that ends right before `j`, if what precedes it lets it be a name.
    func nameStart(before j: Int, lower: Int) -> Int? {
        var k = j - 1, words = 0, start: Int? = nil
        while k >= lower && words < 4 {
            if isNameWord(k) { start = k; words += 1; k -= 1; continue }
            guard start != nil, k > lower, joins(k), isNameWord(k - 1) else { break }
            k -= 1
        }
        guard var s = start, hasPlainWord(s..<j) else { return nil }
        if s - 2 >= lower, articlePrefix(at: s - 2) { s -= 2 }
        guard s > lower else { return s }
        let p = tokens[s - 1]
        if blocked.contains(s - 1) || Self.indefinite.contains(p.word) || p.number != nil { return nil }
        // A gazetteer name runs on into this one ("Abu X district"), unless it is a possessive qualifier.
        if covered.contains(s - 1) && !p.isPossessive { return nil }
        // Another capitalised word runs on before it ("the Central Business District"): where the name starts is unclear.
        if p.isWord && (p.isCapitalized || p.isAllCaps) && !covered.contains(s - 1) && !p.flags.contains(.english)
            && !p.isCue(.locativePrep) { return nil }
        return s
    }

    /// The end of the name (up to four words) that starts at `s`, unless it runs on into other capitalised words. With
    /// `doubtfulAlone`, a name of doubtful words only (a person's name, a common word) will do: the text has said it
    /// names a place ("the town of Nasir").
    func nameEnd(from s: Int, upper: Int, doubtfulAlone: Bool = false) -> Int? {
        var k = s + 2 < upper && articlePrefix(at: s) ? s + 2 : s, words = 0, end: Int? = nil
        while k < upper && words < 4 {
            if isNameWord(k) { words += 1; k += 1; end = k; continue }
            guard end != nil, k + 1 < upper, joins(k), isNameWord(k + 1) else { break }
            k += 1
        }
        guard let e = end, doubtfulAlone || hasPlainWord(s..<e) else { return nil }
        if e < upper, tokens[e].isWord, tokens[e].isCapitalized || tokens[e].isAllCaps, designator(at: e, limit: upper) == nil { return nil }
        return e
    }
}
