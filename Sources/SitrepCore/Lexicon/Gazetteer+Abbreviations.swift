/// Countries written as capital abbreviations before a noun: "US airstrike", "U.S. military", "UK troops", "UAE drones".
extension Gazetteer {
    /// The country a capital abbreviation ending right before `i` names, with where the abbreviation starts: one
    /// all-capital word of two or three letters ("US", "UAE") or single capitals each followed by a full stop ("U.S.").
    func countryAbbreviation(before i: Int, lowerBound: Int, tokens: [Token]) -> (code: String, start: Int)? {
        var letters: [String] = []
        var j = i - 1
        // "U.S.": letter, full stop, letter, full stop.
        while j - 1 >= lowerBound, tokens[j].word == ".", tokens[j - 1].isWord, tokens[j - 1].raw.count == 1, tokens[j - 1].isCapitalized {
            letters.insert(tokens[j - 1].raw.lowercased(), at: 0)
            j -= 2
        }
        if letters.count >= 2 { return countryCode(forKey: letters.joined(separator: " ")).map { ($0, j + 1) } }
        guard i - 1 >= lowerBound, tokens[i - 1].isAllCaps, (2...3).contains(tokens[i - 1].raw.count) else { return nil }
        let word = tokens[i - 1].raw.lowercased()
        let code = countryCode(forKey: word) ?? countryCode(forKey: word.map(String.init).joined(separator: " "))
        return code.map { ($0, i - 1) }
    }

    /// The country whose key (name or alias) `key` is, if any ("u s", "uk", "syria").
    func countryCode(forKey key: String) -> String? {
        guard hasKey(key) else { return nil }
        return places(forKey: key).first { $0.kind == .country }?.countryCode
    }
}
