/// Abbreviations an article defines for itself: "the Aral News Agency (ANA)" makes "ANA" that agency in this
/// article, whatever the dictionary knows by those letters (the Afghan National Army).
extension DocumentContext {
    /// Drops matches of an abbreviation the article defines, in parentheses, after a name of its own: capitalised
    /// words whose initials spell it (over "of", "the", "and", "for"), when those words are not the same actor.
    static func droppingLocalAbbreviations(_ actors: [ActorMatch], tokens: [Token]) -> [ActorMatch] {
        var local: Set<String> = []
        for a in actors where a.tokens.count == 1 && tokens[a.tokens.lowerBound].isAllCaps {
            let i = a.tokens.lowerBound
            guard i >= 2, i + 1 < tokens.count, tokens[i - 1].word == "(", tokens[i + 1].word == ")",
                  let name = definedName(before: i - 1, letters: tokens[i].raw, tokens: tokens) else { continue }
            let sameActor = actors.contains { $0.tokens.overlaps(name) && $0.names == a.names }
            if !sameActor { local.insert(tokens[i].raw) }
        }
        guard !local.isEmpty else { return actors }
        return actors.filter { !($0.tokens.count == 1 && local.contains(tokens[$0.tokens.lowerBound].raw)) }
    }

    /// The words before `end` whose initials spell `letters`, skipping short function words; nil when they do not.
    static func definedName(before end: Int, letters: String, tokens: [Token]) -> Range<Int>? {
        let wanted = Array(letters.uppercased().utf8)
        guard wanted.count >= 2 else { return nil }
        var k = wanted.count - 1, j = end - 1
        while j >= 0, k >= 0 {
            let t = tokens[j]
            guard t.isWord else { return nil }
            if !t.isCapitalized, ["of", "the", "and", "for"].contains(t.key) { j -= 1; continue }
            guard t.isCapitalized, let first = t.raw.utf8.first, first == wanted[k] else { return nil }
            k -= 1
            if k < 0 { return j..<end }
            j -= 1
        }
        return nil
    }
}
