extension DocumentExtractor {
    /// "In Drammen, a city 40 km west of Oslo, rioters …", "… attacked Hokksund, a town near Drammen, on …": a place named
    /// inside an appositive that tells where the place just before it lies (opened by a comma and an article or a figure,
    /// with a word of position: "of", "near", "from", "outside", a distance) stands for that place.
    static func describedPlace(by p: PlaceMention, _ facts: SentenceFacts) -> PlaceMention? {
        let tokens = facts.tokens
        guard let head = facts.places.last(where: { $0.tokens.upperBound < p.tokens.lowerBound }) else { return nil }
        let comma = head.tokens.upperBound
        guard comma + 1 < p.tokens.lowerBound, p.tokens.lowerBound - comma <= 14, tokens[comma].word == "," else { return nil }
        let opener = tokens[comma + 1]
        guard opener.word == "a" || opener.word == "an" || opener.word == "the" || opener.kind == .number
                || Self.distanceWords.contains(opener.word) else { return nil }
        let between = (comma + 1)..<p.tokens.lowerBound
        guard !between.contains(where: { tokens[$0].kind == .punct && !Self.insideMarks.contains(tokens[$0].word) }),
              between.contains(where: { positionWords.contains(tokens[$0].word) }) else { return nil }
        return head
    }

    /// Marks an appositive may hold ("55 kilometres (34 miles) north of …").
    static let insideMarks: Set<WordKey> = ["(", ")", "-"]

    /// Words that tell where a place lies from another.
    static let positionWords: Set<WordKey> = ["of", "near", "from", "outside", "km", "kilometres", "kilometers", "miles"]
}
