/// Reading the words before a place name: prepositions, "X of", directions, event verbs.
extension PlaceResolver {
    static let nearHeads: Set<String> = ["suburb", "suburbs", "outskirts", "outskirt", "countryside", "environs", "vicinity",
                                         "periphery", "edge", "gates", "east", "west", "north", "south", "northeast",
                                         "northwest", "southeast", "southwest", "areas", "area", "parts", "part", "districts",
                                         "neighbourhoods", "neighborhoods", "center", "centre", "streets", "half", "much",
                                         "rest", "fringes", "surroundings", "heart", "entrance", "quarters", "west of", "outside"]

    /// How the name at `start` relates to the event, and whether it is introduced as a location.
    func relationAndLocativity(_ start: Int, range: Range<Int>, tokens: [Token], objectStarts: TokenSet,
                               possessiveSite: Bool) -> (PlaceRelation, Bool) {
        var relation = PlaceRelation.inside
        var j = start - 1
        // a direction right before the name: "northern Hama", "north-western Syria"
        if j >= range.lowerBound, let d = direction(endingAt: j, tokens: tokens, range: range) {
            relation = .directional(d.word); j = d.start - 1
        }
        if objectStarts.contains(j + 1) || possessiveSite { return (relation, true) }
        if j - 1 >= range.lowerBound, tokens[j].word == ",", tokens[j - 1].isCue(.locativeOfHead) { return (relation, true) }
        var steps = 0
        while j >= range.lowerBound && steps < 8 {
            let t = tokens[j]
            if t.kind == .punct && t.word != "," && t.word != "-" { break }
            if t.word == "of" {
                let head: Token? = j - 1 >= range.lowerBound ? tokens[j - 1] : nil
                if let head, Self.nearHeads.contains(head.key) { if case .inside = relation { relation = .near }; return (relation, true) }
                if head?.isCue(.locativeOfHead) == true { return (relation, true) }
            }
            if t.word == "by" || t.word == "against" && steps > 2 { break }
            // "a group based in Mali", "fighters stationed in X": where an actor is, not where the event happens.
            if t.isCue(.locativePrep) && t.word != "by" {
                return (relation, !Self.describesHome(j, range: range, tokens: tokens) && !namedPersonFrom(j, range: range, tokens: tokens)
                        && !Self.namesDestination(j, range: range, tokens: tokens))
            }
            if objectStarts.contains(j + 1) && steps <= 2 { return (relation, true) }
            j -= 1; steps += 1
        }
        return (relation, false)
    }

    /// "fled to South Africa", "the wounded were taken to Kumasi", "evacuated into Chad": where people went afterwards,
    /// not the scene (the preposition at `j` after a verb of going or taking, over one adverb).
    static func namesDestination(_ j: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        let w = tokens[j].word
        guard w == "to" || w == "into" || w == "towards" || w == "toward", j > range.lowerBound else { return false }
        if motionVerbs.contains(tokens[j - 1].word) { return true }
        return j - 1 > range.lowerBound && tokens[j - 1].word.endsWith("ly") && motionVerbs.contains(tokens[j - 2].word)
    }

    /// Whether the name is a destination ("fled to (the) X").
    static func isDestination(_ name: Range<Int>, range: Range<Int>, tokens: [Token]) -> Bool {
        var j = name.lowerBound - 1
        if j > range.lowerBound, tokens[j].word == "the" { j -= 1 }
        return j > range.lowerBound && namesDestination(j, range: range, tokens: tokens)
    }

    static let motionVerbs: Set<WordKey> = ["fled", "flee", "flees", "fleeing", "escaped", "escaping", "evacuated", "taken",
                                            "rushed", "airlifted", "flown", "flew", "moved", "transferred", "deported",
                                            "returned", "returning", "travelled", "traveled", "headed", "heading", "went",
                                            "sent", "relocated", "brought", "driven", "repatriated", "exiled", "extradited"]

    /// Whether the preposition at `j` follows a participle of residence ("based", "headquartered", "stationed"), or is
    /// "from" after people ("migrants from Mali", "fighters from abroad"): where they come from, not the scene.
    static func describesHome(_ j: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard j > range.lowerBound else { return false }
        if tokens[j].word == "nearby" && tokens[j - 1].word == "from" { return describesHome(j - 1, range: range, tokens: tokens) }
        if tokens[j].word == "from" && tokens[j - 1].isCue(.personNoun) { return true }
        let w = tokens[j - 1].word
        return w == "based" || w == "headquartered" || w == "stationed" || w == "garrisoned" || w == "born" || w == "living"
            || w == "exiled" || w == "registered"
    }

    /// "Ravi from Tumkur", "a 34-year-old from Tumkur": "from" after a person's name (a capitalised word inside the
    /// sentence that names no place) or an age says where someone comes from, not the scene.
    func namedPersonFrom(_ j: Int, range: Range<Int>, tokens: [Token]) -> Bool {
        guard tokens[j].word == "from", j - 1 > range.lowerBound else { return false }
        let before = tokens[j - 1]
        if before.word == "old" { return tokens[j - 2].word == "-" }
        guard before.isWord, before.isCapitalized, !before.isAllCaps, !before.flags.contains(.demonym),
              tokens[j - 2].isWord || tokens[j - 2].word == "," else { return false }
        return lexicon.gazetteer.places(forKey: before.key).isEmpty
    }

    /// A direction word (possibly hyphenated: "north-western") ending at `j`.
    func direction(endingAt j: Int, tokens: [Token], range: Range<Int>) -> (word: String, start: Int)? {
        guard tokens[j].isCue(.direction) else { return nil }
        let k = tokens[j].key
        if j - 2 >= range.lowerBound, tokens[j - 1].word == "-", ["north", "south"].contains(tokens[j - 2].word) {
            return (tokens[j - 2].key + k, j - 2)
        }
        guard k.hasSuffix("ern") || k == "central" || k == "rural" || k == "upper" || k == "lower" else { return nil }
        return (k, j)
    }

    /// "X was the same village where …": a name that a copula calls the place where something happened.
    func isSceneByCopula(_ hit: PlaceFinder.Hit, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var j = hit.tokens.upperBound
        guard j + 2 < range.upperBound else { return false }
        let verb = tokens[j].word, article = tokens[j + 1].word
        guard verb == "was" || verb == "is" || verb == "remains" || verb == "remained",
              article == "the" || article == "a" || article == "an" else { return false }
        j += 2
        while j < range.upperBound && j - hit.tokens.upperBound <= 5 {
            if tokens[j].isCue(.designator) { return j + 1 < range.upperBound && tokens[j + 1].word == "where" }
            guard tokens[j].isWord, !tokens[j].isCapitalized else { return false }
            j += 1
        }
        return false
    }
}
