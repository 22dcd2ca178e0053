/// Tolls told as a list of the people killed: "a soldier, a police officer and a motorcyclist", "a woman and her two
/// children", "four children, three women and a man", "14 members of a militia and four soldiers".
extension FatalityParser {
    /// The people counted after the count that ends at `start`, in items joined by "," and "and" (each a count — a
    /// number, "a"/"an", or "her/his/their" with a number or a person — and a phrase naming people): their sum and
    /// where the list ends; nil when no item follows.
    func listedCounts(after start: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> (Int, Int)? {
        guard var j = personPhraseEnd(from: start, range: range, tokens: tokens, keys: keys) else { return nil }
        var extra = 0, found = false
        while j < range.upperBound {
            var k = j
            if keys[k] == "," { k += 1 }
            if k < range.upperBound, keys[k] == "and" { k += 1 }
            guard k > j, k < range.upperBound, let (value, length) = itemCount(at: k, range: range, tokens: tokens, keys: keys),
                  let end = personPhraseEnd(from: k + length, range: range, tokens: tokens, keys: keys) else { break }
            // "…, a police officer said": a source after a comma, not one more victim.
            if end < range.upperBound, tokens[end].isCue(.attributionVerb) { break }
            extra += value; j = end; found = true
        }
        return found ? (extra, j) : nil
    }

    /// The count opening a list item at `k` and its length in tokens.
    func itemCount(at k: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> (Int, Int)? {
        if keys[k] == "a" || keys[k] == "an" { return (1, 1) }
        if ["her", "his", "their"].contains(keys[k]), k + 1 < range.upperBound {
            if let (v, n) = number(at: k + 1, range: range, tokens: tokens) { return (v, 1 + n) }
            return isPersonNoun(keys[k + 1]) && !Self.isPluralOfPeople(keys[k + 1]) ? (1, 1) : nil
        }
        return number(at: k, range: range, tokens: tokens)
    }

    private func number(at k: Int, range: Range<Int>, tokens: [Token]) -> (Int, Int)? {
        guard tokens[k].kind == .number || tokens[k].startsCue(.numberWord) else { return nil }
        return reader.number(at: k, limit: range.upperBound, tokens: tokens)
    }

    /// Where the phrase naming people from `j` ends: at the next separator ("," or "and"), verb or death word within a
    /// few words ("two elderly women", "members of a volunteer militia", "a 12-year-old boy"); nil when it names no person.
    func personPhraseEnd(from j: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> Int? {
        var k = j, person = false
        while k < range.upperBound, k - j < 8 {
            let t = tokens[k]
            // Hyphens and the figures of an age ("12-year-old") belong to the phrase.
            if t.word == "-" && !t.spaceBefore || t.kind == .number && k + 1 < range.upperBound && tokens[k + 1].word == "-" { k += 1; continue }
            // "fourteen people on Friday and 62 people died on Saturday": an item told with its day is a toll of its
            // own, not the head of a list of one day's dead.
            guard t.isWord, keys[k] != "and", !t.isCue(.auxiliary), !t.isCue(.attributionVerb), !Self.opensADay(at: k, range: range, tokens: tokens),
                  !(t.startsCue(.deathWord) && death.match(keys, at: k) != nil) else { break }
            if isPersonNoun(keys[k]) || Self.namesAPersonBySuffix(keys[k]) && Self.endsPhrase(at: k, range: range, tokens: tokens) { person = true }
            // "…, a town under siege by the rebels": a phrase whose head is no person (the people come after a
            // preposition) names no one killed.
            else if !person && t.isCue(.preposition) && t.word != "of" { return nil }
            k += 1
        }
        return person && k > j ? k : nil
    }

    /// Whether a weekday or month, or a preposition before one ("on Friday", "in March"), stands at `k`.
    static func opensADay(at k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        tokens[k].flags.contains(.calendarWord)
            || tokens[k].isCue(.preposition) && k + 1 < range.upperBound && tokens[k + 1].flags.contains(.calendarWord)
    }

    /// Whether a capitalised word at `k` ends its phrase (a demonym is a person only as the head: "a Ukrainian was
    /// killed", not "a Russian missile strike killed"); a lowercase word always may.
    static func endsPhrase(at k: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard tokens[k].isCapitalized, k + 1 < range.upperBound else { return true }
        let next = tokens[k + 1]
        return !next.isWord || next.isCue(.auxiliary) || next.isCue(.deathWord) || next.word == "and" || next.word == "or"
    }

    /// "motorcyclist", "pedestrian", "guardsman": nouns of a person by their ending, read only inside a list of people.
    static func namesAPersonBySuffix(_ w: WordKey) -> Bool {
        w.utf8Count > 5 && (w.endsWith("ist") || w.endsWith("ian") || w.endsWith("sman") || w.endsWith("swoman"))
    }

    /// "the driver and two soldiers", "the provincial health minister and two others": one person named with "the"
    /// (over at most three words before a singular person noun) joined by "and" right before the count at `i`; where the phrase
    /// starts, else nil. ("a driver and …" is a count of its own.)
    func leadingPerson(before i: Int, range: Range<Int>, tokens: [Token], keys: [WordKey]) -> Int? {
        guard i - 2 >= range.lowerBound, keys[i - 1] == "and", isPersonNoun(keys[i - 2]), !Self.isPluralOfPeople(keys[i - 2]) else { return nil }
        var j = i - 3
        while j >= range.lowerBound, i - 2 - j <= 3, keys[j] != "the", tokens[j].isWord, !tokens[j].isCue(.deathWord), keys[j] != "and" { j -= 1 }
        return j >= range.lowerBound && keys[j] == "the" ? j : nil
    }
}
