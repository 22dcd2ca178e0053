/// A death toll found in a sentence: the count, its qualifier and the tokens it spans.
public struct FatalityFinding: Hashable, Sendable {
    public var count: FatalityCount
    public var tokens: Range<Int>
}

/// Finds how many were killed: figures in digits or words with qualifiers, tied to a death word.
///
/// Killed is not wounded, displaced or "casualties" of unknown kind (casualties count only beside a death
/// word such as "death toll"); figures after "including" are subsets; units ("72 hours", "50 towns") are not people.
public struct FatalityParser: Sendable {
    public let cues: Cues
    let death, toll, subsetMarker, qualifiers, vague: PhraseSet
    let reader: NumberReader
    let personNouns: PhraseSet

    public init(cues: Cues) {
        self.cues = cues
        death = cues[.deathWord]; toll = cues[.tollWord]
        subsetMarker = cues[.subsetMarker]; qualifiers = cues[.fatalityQualifier]; vague = cues[.vagueCount]
        reader = NumberReader(cues: cues)
        personNouns = cues[.personNoun]
    }

    struct Count { var value: Int; var qualifier: String?; var range: Range<Int>; var subset: Bool }

    public func findings(in range: Range<Int>, tokens: [Token]) -> [FatalityFinding] {
        findings(in: range, tokens: tokens, keys: tokens.map(\.word))
    }

    /// As above, with the document's token keys precomputed.
    public func findings(in range: Range<Int>, tokens: [Token], keys: [WordKey]) -> [FatalityFinding] {
        let hasToll = range.contains { tokens[$0].startsCue(.tollWord) && toll.match(keys, at: $0) != nil }
        var out: [FatalityFinding] = []
        for c in counts(in: range, tokens: tokens, keys: keys) where !c.subset {
            // A count inside a list already summed ("her two children" in "a woman and her two children") is no toll of its own.
            if let last = out.last, last.tokens.contains(c.range.lowerBound) { continue }
            guard let f = classify(c, range: range, tokens: tokens, keys: keys, hasToll: hasToll) else { continue }
            // "more than 50 rebels killed and 23 soldiers dead": the two sides' dead, one toll.
            if let last = out.last, Self.joinedByAnd(last.tokens.upperBound, f.tokens.lowerBound, keys: keys) {
                out[out.count - 1] = FatalityFinding(count: FatalityCount(count: last.count.count + f.count.count, qualifier: last.count.qualifier),
                                                     tokens: last.tokens.lowerBound..<f.tokens.upperBound)
                continue
            }
            out.append(f)
        }
        if out.isEmpty, let none = zeroToll(in: range, tokens: tokens, keys: keys) { out.append(none) }
        if out.isEmpty, let one = singleDeath(in: range, tokens: tokens, keys: keys) { out.append(one) }
        return out
    }

    /// Whether only "and" (or ", and") stands between two positions.
    static func joinedByAnd(_ end: Int, _ start: Int, keys: [WordKey]) -> Bool {
        (start - end == 1 && keys[end] == "and") || (start - end == 2 && keys[end] == "," && keys[end + 1] == "and")
    }

    /// One person's death told without a number: "the commander … was killed", "he was shot dead", "the killing of
    /// Ahmed Musa" (a death word after a singular "was", or a death noun of a named person).
    func singleDeath(in range: Range<Int>, tokens: [Token], keys: [WordKey]) -> FatalityFinding? {
        for i in range where keys[i] == "was" {
            var j = i + 1
            while j < min(range.upperBound, i + 4) {
                if tokens[j].startsCue(.deathWord), let n = death.match(keys, at: j) {
                    return FatalityFinding(count: FatalityCount(count: 1, qualifier: nil), tokens: i..<(j + n))
                }
                guard tokens[j].isWord, !tokens[j].isCue(.negation) else { break }
                j += 1
            }
        }
        for i in range where i + 2 < range.upperBound && keys[i + 1] == "of" && Self.isDeathNoun(keys[i]) {
            // "the killing of" + a name (capitalised, not a number or a place of many).
            if tokens[i + 2].isCapitalized && tokens[i + 2].kind == .word && i > range.lowerBound && keys[i - 1] == "the" {
                return FatalityFinding(count: FatalityCount(count: 1, qualifier: nil), tokens: i..<(i + 3))
            }
        }
        return nil
    }

    /// Whether the number at `i` is a day with its month name beside it ("4 March", "March 4").
    static func isDayOfMonth(_ i: Int, length: Int, value: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        tokens[i].kind == .number && (1...31).contains(value)
            && (isMonthName(i + length, range: range, tokens: tokens) || isMonthName(i - 1, range: range, tokens: tokens)
                || i > range.lowerBound && tokens[i - 1].word == "." && isMonthName(i - 2, range: range, tokens: tokens))   // "Dec. 20"
    }

    /// Whether token `j`, inside `range`, is a capitalised month name.
    static func isMonthName(_ j: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        range.contains(j) && tokens[j].isCapitalized && CalendarWords.months[tokens[j].word.string] != nil
    }

    /// "in 2022", "since 2014", "November 2022", "March 3, 2024": a year, not a count (a four-digit number after a
    /// preposition of time, a month name, or a month and its day).
    static func isYear(_ i: Int, value: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> Bool {
        guard tokens[i].kind == .number, tokens[i].raw.count == 4, (1900...2100).contains(value), tokens[i].number == value,
              i > range.lowerBound else { return false }
        if ["in", "since", "of", "by", "from", "until"].contains(keys[i - 1]) || isMonthName(i - 1, range: range, tokens: tokens) { return true }
        // "March 3, 2024"
        return keys[i - 1] == "," && i - 2 >= range.lowerBound && tokens[i - 2].kind == .number && isMonthName(i - 3, range: range, tokens: tokens)
    }

    /// "Ahmed Salem, 32, was killed": a number set off by commas right after a capitalised name is the person's age.
    static func isAge(_ i: Int, length: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard tokens[i].kind == .number, let n = tokens[i].number, (1...110).contains(n), i - 2 >= range.lowerBound,
              i + length < range.upperBound, tokens[i - 1].word == ",", tokens[i + length].word == "," else { return false }
        let name = tokens[i - 2]
        return name.isWord && name.isCapitalized && !name.flags.contains(.calendarWord)
    }

    /// Nouns of one killing that name their victim with "of".
    static func isDeathNoun(_ w: WordKey) -> Bool {
        w == "killing" || w == "assassination" || w == "murder" || w == "death" || w == "execution" || w == "beheading" || w == "lynching"
    }

    /// Every count in the range, with qualifiers and subset marks.
    func counts(in range: Range<Int>, tokens: [Token], keys: [WordKey]) -> [Count] {
        var out: [Count] = []
        var i = range.lowerBound
        while i < range.upperBound {
            var value: Int? = nil, len = 0, vagueWord: String? = nil
            let t = tokens[i]
            // Only numbers, number words, vague counts and "a"/"an" (one person) can start a count.
            guard t.kind == .number || t.startsCue(.numberWord) || t.startsCue(.vagueCount) || t.word == "a" || t.word == "an"
                    || t.word == "another" else {
                i += 1; continue
            }
            if tokens[i].startsCue(.vagueCount), let p = vague.phrase(keys, at: i), i + p.words.count <= range.upperBound {
                value = p.value; len = p.words.count
                vagueWord = FatalityCount.vagueQualifier(p.words.map(\.string))
            } else if let (v, n) = reader.number(at: i, limit: range.upperBound, tokens: tokens) {
                value = v; len = n
            } else if keys[i] == "a" || keys[i] == "an", singlePerson(after: i, range: range, keys: keys, tokens: tokens) {
                // "a woman and her son": the pair is the count, so what happened is read after the second person.
                if let end = secondPerson(after: i, range: range, keys: keys, tokens: tokens) { value = 2; len = end - i } else { value = 1; len = 1 }
            } else if keys[i] == "another", Self.oneMore(after: i, range: range, keys: keys, tokens: tokens) || singlePerson(after: i, range: range, keys: keys, tokens: tokens) {
                value = 1; len = 1
            }
            guard let value, len > 0 else { i += 1; continue }
            // "no one was killed", "none of the 12 hostages were killed": a subject of none, not a count (`zeroToll`).
            if i > range.lowerBound, keys[i - 1] == "no", keys[i] == "one" { i += len; continue }
            if Self.afterNoneOf(i, range: range, keys: keys) { i += len; continue }
            // "a 17-year-old boy", "a 30-day-old baby": an age, not a count of people.
            if i + len + 1 < range.upperBound, tokens[i + len].word == "-", tokens[i + len + 1].isCue(.nonPersonUnit) { i += len; continue }
            if Self.isYear(i, value: value, range: range, tokens: tokens, keys: keys) || Self.isAge(i, length: len, range: range, tokens: tokens) {
                i += len; continue
            }
            // "the night of 3 to 4 March, killing …", "on March 4, killing …": a day of a month, not a count.
            if Self.isDayOfMonth(i, length: len, value: value, range: range, tokens: tokens) { i += len; continue }
            let (qual, qStart) = qualifier(before: i, range: range, keys: keys)
            let subset = isSubset(before: qStart, range: range, tokens: tokens, keys: keys)
            out.append(Count(value: value, qualifier: qual ?? vagueWord,
                             range: qStart..<(i + len), subset: subset))
            i += len
        }
        return out
    }

    func qualifier(before i: Int, range: Range<Int>, keys: [WordKey]) -> (String?, Int) {
        for len in (1...3).reversed() where i - len >= range.lowerBound {
            if qualifiers.match(keys, at: i - len, end: i) == len {
                return (keys[(i - len)..<i].map(\.string).joined(separator: " "), i - len)
            }
        }
        return (nil, i)
    }

    func isSubset(before i: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> Bool {
        for back in 1...3 where i - back >= range.lowerBound {
            if tokens[i - back].startsCue(.subsetMarker), subsetMarker.match(keys, at: i - back) != nil { return true }
        }
        return false
    }

    /// Whether the count is of people killed: a death word after it (through nouns and auxiliaries) or before it.
    func classify(_ c: Count, range: Range<Int>, tokens: [Token], keys: [WordKey], hasToll: Bool) -> FatalityFinding? {
        let after = c.range.upperBound
        if after < range.upperBound, tokens[after].isCue(.nonPersonUnit) || tokens[after].isCue(.movableNoun) { return nil }
        // "A woman and her two children were killed", "14 members of a militia and four soldiers died": the whole list.
        // ("a nurse and a patient" is counted whole already.)
        let pair = (keys[c.range.upperBound - 1] == "a" || keys[c.range.upperBound - 1] == "an") && c.value > 1
        // Only a separator within the next few words can open a list.
        let joined = (after..<min(range.upperBound, after + 10)).contains { keys[$0] == "and" || keys[$0] == "," }
        let list = pair || !joined ? nil : listedCounts(after: after, range: range, tokens: tokens, keys: keys)
        if let (more, listEnd) = list, case .killed(let end) = scanForward(from: listEnd, range: range, tokens: tokens, keys: keys, hasToll: hasToll),
           !cumulative(before: c.range.lowerBound, range: range, tokens: tokens) {
            return FatalityFinding(count: FatalityCount(count: c.value + more, qualifier: c.qualifier), tokens: c.range.lowerBound..<end)
        }
        // "the driver and two soldiers died", "killed the governor and two others": one more, named before the count.
        let lead = leadingPerson(before: c.range.lowerBound, range: range, tokens: tokens, keys: keys)
        let start = lead ?? c.range.lowerBound, value = c.value + (lead == nil ? 0 : 1)
        switch scanForward(from: after, range: range, tokens: tokens, keys: keys, hasToll: hasToll) {
        case .killed(let end):
            if cumulative(before: c.range.lowerBound, range: range, tokens: tokens) { return nil }
            return FatalityFinding(count: FatalityCount(count: value, qualifier: c.qualifier), tokens: start..<end)
        case .harmed: return nil
        case .none: break
        }
        if lead != nil, deathWordBefore(start, range: range, tokens: tokens, keys: keys), !cumulative(before: start, range: range, tokens: tokens) {
            return FatalityFinding(count: FatalityCount(count: value, qualifier: c.qualifier), tokens: start..<c.range.upperBound)
        }
        if deathWordBefore(c.range.lowerBound, range: range, tokens: tokens, keys: keys), !cumulative(before: c.range.lowerBound, range: range, tokens: tokens) {
            // "killing two soldiers and a civilian", "killing a soldier, a police officer and a motorcyclist": every count.
            if let (more, end) = list {
                return FatalityFinding(count: FatalityCount(count: c.value + more, qualifier: c.qualifier), tokens: c.range.lowerBound..<end)
            }
            return FatalityFinding(count: FatalityCount(count: c.value, qualifier: c.qualifier), tokens: c.range)
        }
        return nil
    }

    enum Scan { case killed(Int), harmed(PeopleCountKind, Int), none }

    /// What the words after a count say happened to those counted: killed, or (wounded always, abducted and arrested
    /// when `taken`) harmed otherwise. Without `taken`, "12 kidnapped villagers were killed" reads on to its death word.
    func scanForward(from start: Int, range: Range<Int>, tokens: [Token], keys: [WordKey], hasToll: Bool, taken: Bool = false) -> Scan {
        var j = start, steps = 0, inSubset = false, person = false
        while j < range.upperBound && steps < 10 {
            let t = tokens[j]
            if t.startsCue(.deathWord), let n = death.match(keys, at: j) {
                // "A soldier killed two protesters": the counted subject of an active death verb is the killer.
                return Self.killsSomeone(j, n, range: range, tokens: tokens) ? .none : .killed(j + 1)
            }
            if let kind = Self.harmKind(t, taken: taken), !Self.phrasal(at: j, range: range, tokens: tokens) { return .harmed(kind, j + 1) }
            if t.isCue(.casualtyWord) { return hasToll ? .killed(j + 1) : .none }
            if t.kind == .punct {
                if t.word == "," { inSubset = false; j += 1; steps += 1; continue }
                if t.word == "-" || t.word == "\"" { j += 1; continue }
                // "26 people – including a 15-year-old boy – were killed": an aside between dashes is passed over.
                if t.word == "--", let close = Self.closingDash(after: j, range: range, tokens: tokens) { j = close + 1; continue }
                return .none
            }
            // "3.5 million displaced, with tens of thousands killed": the death word is the next count's.
            if t.word == "with", j + 1 < range.upperBound, tokens[j + 1].kind == .number || tokens[j + 1].startsCue(.vagueCount) { return .none }
            if t.isCue(.subsetMarker) { inSubset = true }
            // "a journalist counted the bodies", "two soldiers found the dead": the people counted did something else.
            if Self.actsOnSomething(at: j, range: range, tokens: tokens) { return .none }
            if t.kind == .number && !inSubset { return .none }
            if !inSubset && Self.clauseBreaks.contains(t.word) { return .none }
            // "Two separate rocket attacks have killed seven": the count is of attacks, not of the dead.
            if !inSubset, !person, t.isCue(.definiteEventNoun) { return .none }
            if t.isCue(.personNoun) { person = true }
            j += 1; steps += 1
        }
        return .none
    }

    /// The dash that closes an aside opened by the dash at `j`, within twelve words and before any other pause but commas.
    static func closingDash(after j: Int, range: Range<Int>, tokens: [Token]) -> Int? {
        var k = j + 1
        while k < min(range.upperBound, j + 14) {
            if tokens[k].kind == .punct {
                if tokens[k].word == "--" { return k > j + 1 ? k : nil }
                if tokens[k].word != "," && tokens[k].word != "-" { return nil }
            }
            k += 1
        }
        return nil
    }

    /// "Two shops were broken into", "the crowd of 200 was broken up": a harm word a particle follows is a phrasal verb
    /// that hurts no one.
    static func phrasal(at j: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        j + 1 < range.upperBound && particles.contains(tokens[j + 1].word)
    }
    static let particles: Set<WordKey> = ["into", "up", "down", "off", "through"]

    /// Words that end the stretch after a count in which its death word may come.
    static let clauseBreaks: Set<WordKey> = ["and", "or", "but", "while", "as", "after", "when", "in", "on", "at", "by", "from"]
    /// Words that may stand between a death word and the count after it ("the death toll rose to 12").
    static let tollGlue: Set<WordKey> = ["of", "to", "at", "rose", "risen", "climbed", "reached", "stood", "stands", "with", "the",
                                        "is", "was", "has", "had", "been", "a", "its", "their", "bringing", "raising", "total",
                                        "varies", "varied", "ranges", "ranged", "now", "already", "officially"]

    /// Verbs by which a toll reaches its figure ("rose to", "has climbed to", "stands at").
    static let tollChange: Set<WordKey> = ["rose", "risen", "rises", "climbed", "climbs", "reached", "reaches", "jumped", "increased",
                                          "stood", "stands", "hit"]

    static let tollHeadBreaks: Set<WordKey> = [";", ".", "and", "but", "while"]

    /// Whether "toll" heads the subject of the verb at `v`: it comes before, in the same clause (through the subject's
    /// own phrases — "from the strike on a market in X" — but no other figure, and no "and", "but" or "while").
    static func tollHead(before v: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> Bool {
        var j = v - 1
        let start = max(range.lowerBound, v - 25)
        while j >= start {
            if keys[j] == "toll" { return true }
            // "the death toll from clashes between police and protesters has risen to 12": "and" inside "between … and".
            let pairs = keys[j] == "and" && (start..<j).reversed().prefix { keys[$0] != "toll" }.contains { keys[$0] == "between" }
            if tokens[j].kind == .number || Self.tollHeadBreaks.contains(keys[j]) && !pairs { return false }
            j -= 1
        }
        return false
    }

    func deathWordBefore(_ i: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> Bool {
        var j = i - 1, steps = 0
        while j >= range.lowerBound && steps < 5 {
            if tokens[j].startsCue(.deathWord), death.match(keys, at: j) != nil { return true }
            if keys[j] == "," { j -= 1; steps += 1; continue }
            // "the death toll from Tuesday's strike on a building in X has risen to 23": the toll is the verb's subject.
            if Self.tollChange.contains(keys[j]) && Self.tollHead(before: j, range: range, tokens: tokens, keys: keys) { return true }
            guard Self.tollGlue.contains(keys[j]) else { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// A toll of a whole war or campaign ("the civil war, which killed more than 300,000"), not of an event; also
    /// further back in the sentence when a perfect tense stands between ("the war has resulted in 3.5 million
    /// displaced, with tens of thousands killed").
    func cumulative(before i: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        var j = i - 1, steps = 0, perfect = false
        while j >= range.lowerBound && steps < 14 {
            if tokens[j].isCue(.cumulativeNoun) && (steps < 6 || perfect) { return true }
            // "the offensive has killed at least 40,000": an offensive's toll so far, not a day's.
            if perfect, tokens[j].isCue(.campaignNoun) { return true }
            if tokens[j].word == "has" || tokens[j].word == "have" { perfect = true }
            if tokens[j].word == "." || tokens[j].word == ";" { return false }
            // "Rebels, who have fought the army for years, killed 12": a comma right before the verb that gives the
            // count closes a clause set inside the subject; the war or years in it are not what killed.
            if tokens[j].word == ",", j + 1 < i, DocumentExtractor.isPastForm(tokens[j + 1]) { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// "killed two protesters", "shot dead a teacher": a death verb in the active (no auxiliary right before it) with
    /// people as its object, a count or a person noun within two words.
    static func killsSomeone(_ j: Int, _ n: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        let end = j + n
        guard end < range.upperBound, DocumentExtractor.isPastForm(tokens[j]), j > range.lowerBound,
              !ClauseRoles.isPassiveAuxiliary(tokens[j - 1].word), !tokens[j - 1].isCue(.auxiliary) else { return false }
        let next = tokens[end]
        if next.kind == .number || next.isCue(.numberWord) || next.isCue(.personNoun) { return true }
        let w = next.word
        guard w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" else { return false }
        return (end + 1..<min(range.upperBound, end + 3)).contains { tokens[$0].isCue(.personNoun) }
    }

    /// "… and another was killed", "another died": "another" alone as the subject of a death is one more person.
    static func oneMore(after i: Int, range: Range<Int>, keys: [WordKey], tokens: [Token]) -> Bool {
        guard i + 1 < range.upperBound else { return false }
        let w = keys[i + 1]
        return w == "was" || w == "died" || w == "has" || w == "is" || w == "had"
    }

    /// A verb in the past with an object after it ("counted the", "found a"): the counted people are its subject.
    static func actsOnSomething(at j: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard j + 1 < range.upperBound, tokens[j].isWord, !tokens[j].isCue(.auxiliary), !tokens[j].isCue(.sufferingVerb),
              DocumentExtractor.isPastForm(tokens[j]) else { return false }
        let next = tokens[j + 1].word
        return next == "the" || next == "a" || next == "an"
    }

    /// "a police officer", "a civilian", "an aid worker": one person, when a death word follows. A demonym that qualifies
    /// a noun after it ("a Russian missile strike") is no person; one that ends the phrase ("a Ukrainian was killed") is.
    func singlePerson(after i: Int, range: Range<Int>, keys: [WordKey], tokens: [Token]) -> Bool {
        // "a 12-year-old boy": an age before the noun widens the phrase by its four tokens.
        let age = i + 2 < range.upperBound && keys[i + 2] == "-" && keys[i + 1].string.first?.isNumber == true ? 4 : 0
        for j in (i + 1)..<min(range.upperBound, i + 4 + age) {
            let w = keys[j]
            // The noun phrase ends at a participle ("a school sheltering …").
            if w.endsWith("ing") { return false }
            // A singular person noun: "a" counts no plural ("a camp of displaced villagers").
            if isSingularOfListedPlural(w) || personNouns.contains(w) && !Self.isPluralOfPeople(w) {
                if tokens[j].isCapitalized, !Self.endsPhrase(at: j, range: range, tokens: tokens) { continue }
                return true
            }
        }
        return false
    }

    static let joinedPersonStarts: Set<WordKey> = ["his", "her", "their", "a", "an"]

    /// "a commander and his driver", "a nurse and a patient": one more person joined to the first; where the second
    /// person's noun ends, or nil.
    func secondPerson(after i: Int, range: Range<Int>, keys: [WordKey], tokens: [Token]) -> Int? {
        func singular(_ j: Int) -> Bool { j < range.upperBound && isPersonNoun(keys[j]) && !Self.isPluralOfPeople(keys[j]) }
        // ("an Israeli woman": the demonym qualifies the first person's noun.)
        func head(_ j: Int) -> Bool { singular(j) && (!tokens[j].isCapitalized || Self.endsPhrase(at: j, range: range, tokens: tokens)) }
        guard let first = (i + 1..<min(range.upperBound, i + 4)).first(where: head), first + 2 < range.upperBound,
              keys[first + 1] == "and",
              Self.joinedPersonStarts.contains(keys[first + 2]) else { return nil }
        if singular(first + 3) { return first + 4 }
        return singular(first + 4) && !keys[first + 3].endsWith("ing") ? first + 5 : nil
    }

    /// Whether a word is the singular of a person noun the cue list holds in the plural: "trader" (traders),
    /// "fisherman" (fishermen).
    func isSingularOfListedPlural(_ w: WordKey) -> Bool {
        if personNouns.contains(w.appending("s")) { return true }
        guard w.endsWith("man") else { return false }
        return personNouns.contains(WordKey(String(w.string.dropLast(3)) + "men"))
    }

    /// Any form of a person noun of the cue list: as listed, or the singular of a listed plural.
    func isPersonNoun(_ w: WordKey) -> Bool { personNouns.contains(w) || isSingularOfListedPlural(w) }

    /// Whether a person noun of the cue list is a plural or a collective ("villagers", "gunmen", "people", "police").
    static func isPluralOfPeople(_ w: WordKey) -> Bool {
        w.endsWith("s") || w.endsWith("men") || w == "people" || w == "children" || w == "police" || w == "personnel"
            || w == "staff" || w == "displaced" || w == "military" || w == "opposition" || w == "regime" || w == "government" || w == "army"
    }
}
