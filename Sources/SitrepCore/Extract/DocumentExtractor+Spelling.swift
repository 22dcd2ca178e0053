extension DocumentExtractor {
    /// Each local place's spelling in this document, where the source writes it otherwise than the gazetteer: the
    /// most frequent spelling, the first of equals ("Mutsamudu" for the gazetteer's "Moutsamoudou"). A name written as
    /// the gazetteer spells it (or in capitals) counts for the gazetteer's spelling.
    static func spellings(_ readings: [Reading]) -> [String: String] {
        // Most articles write every place as the gazetteer does: nothing to count.
        guard readings.contains(where: { $0.facts.places.contains { $0.surface != nil && $0.place.kind.isLocal } }) else { return [:] }
        var votes: [String: (name: String, spellings: [(text: String, count: Int)])] = [:]
        for r in readings {
            for m in r.facts.places where m.place.kind.isLocal {
                let s = m.surface ?? m.place.name
                var v = votes[m.place.key] ?? (m.place.name, [])
                if let i = v.spellings.firstIndex(where: { $0.text == s }) { v.spellings[i].count += 1 } else { v.spellings.append((s, 1)) }
                votes[m.place.key] = v
            }
        }
        return votes.compactMapValues { v in
            let best = v.spellings.max { $0.count < $1.count }!.text
            return best == v.name ? nil : best
        }
    }

    /// The mentions' places spelt as this document spells them, also where a mention took its place from the article's
    /// context (a dateline, the paragraph before) rather than from its own words.
    static func spellAsWritten(_ mentions: inout [Mention], _ spellings: [String: String]) {
        guard !spellings.isEmpty else { return }
        for i in mentions.indices {
            guard let place = mentions[i].location?.place, let s = spellings[place.key], place.name != s else { continue }
            mentions[i].location!.place.name = s
        }
    }
}
