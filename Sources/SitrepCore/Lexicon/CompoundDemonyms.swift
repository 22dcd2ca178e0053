/// Demonyms of several words ("South Sudanese", "Sierra Leoneans", "Sri Lankan"), looked up from their last word.
///
/// A token holds one word, so the one-word table cannot hold them: alone, "Sudanese" is another country's and "Sierra"
/// a town's name. Plurals ("Leoneans", "Islanders") are filed with the singular.
struct CompoundDemonyms: Sendable {
    /// One demonym: the words before its last word, and its row in countries.tsv.
    struct Entry: Sendable { var leading: [WordKey]; var row: Int32 }
    private var byLast: [WordKey: [Entry]] = [:]

    /// The last words (and their plurals): the words `WordIndex` flags as demonyms.
    var lastWords: Dictionary<WordKey, [Entry]>.Keys { byLast.keys }

    /// Files a demonym of two or more words ("south sudanese") for a country's row; one word is ignored.
    mutating func add(_ text: String, row: Int32) {
        let parts = text.split(separator: " ").map(String.init)
        guard let last = parts.last, parts.count > 1 else { return }
        let entry = Entry(leading: parts.dropLast().map { WordKey($0) }, row: row)
        byLast[WordKey(last), default: []].append(entry)
        if let plural = Self.plural(last) { byLast[WordKey(plural), default: []].append(entry) }
    }

    /// "leonean" → "leoneans", "islander" → "islanders"; words in "-ese", "-s" or "-i" take no plural ending.
    static func plural(_ word: String) -> String? {
        guard let end = word.last, end == "n" || end == "r" else { return nil }
        return word + "s"
    }

    /// The demonym whose last word is at `i` (its earlier words capitalised, from `lower` on): its row and first token.
    func match(endingAt i: Int, tokens: [Token], from lower: Int) -> (row: Int32, start: Int)? {
        guard let entries = byLast[tokens[i].word] else { return nil }
        for e in entries where i - e.leading.count >= lower {
            let start = i - e.leading.count
            if (0..<e.leading.count).allSatisfy({ tokens[start + $0].isCapitalized && tokens[start + $0].word == e.leading[$0] }) {
                return (e.row, start)
            }
        }
        return nil
    }
}
