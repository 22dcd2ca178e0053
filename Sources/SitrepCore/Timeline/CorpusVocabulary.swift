import Foundation

/// Resolves what users type into places and actors, using the lexicon and preferring what the corpus contains.
public struct CorpusVocabulary: FilterVocabulary {
    public let lexicon: Lexicon
    let corpusPlaces: [Place]
    let corpusActors: [String]
    let corpusCountries: Set<String>

    public init(lexicon: Lexicon, analysis: Analysis) {
        self.lexicon = lexicon
        var places: [String: Place] = [:]
        for e in analysis.events {
            guard let p = e.location?.place else { continue }
            places[p.key] = p
            for parent in Self.parents(of: p, lexicon.gazetteer) { places[parent.key] = parent }
        }
        corpusPlaces = places.values.sorted { $0.name < $1.name }
        corpusActors = Array(Set(analysis.events.flatMap { $0.actors.map(\.name) })).sorted()
        corpusCountries = Set(corpusPlaces.compactMap(\.countryCode))
    }

    static func parents(of p: Place, _ g: Gazetteer) -> [Place] {
        [g.admin1(of: p), p.countryCode.flatMap { g.country(code: $0) }].compactMap { $0 }.filter { $0.key != p.key }
    }

    public func places(named text: String) -> [Place] {
        let key = NameKey.normalize(text)
        guard !key.isEmpty else { return [] }
        let g = lexicon.gazetteer
        var found = g.places(forKey: key)
        if found.isEmpty { found = g.places(forSkeleton: NameKey.skeleton(ofKey: key)) }
        if found.isEmpty { found = corpusPlaces.filter { NameKey.normalize($0.name) == key } }
        guard !found.isEmpty else { return [] }
        let inCorpus = found.filter { p in corpusPlaces.contains { $0.key == p.key } || corpusCountries.contains(p.countryCode ?? "") }
        let pool = inCorpus.isEmpty ? found : inCorpus
        let top = pool[0]
        // A name shared by a city and its province ("Donetsk", "Kharkiv"): the province, which holds the city.
        if top.kind.isLocal, let a = g.admin1(of: top), NameKey.normalize(a.name).hasPrefix(NameKey.normalize(top.name)) { return [a] }
        if let a = pool.first(where: { $0.kind == .admin1 }), top.isWithin(a) { return [a] }
        return [top]
    }

    public func actors(named text: String) -> [String] {
        let dict = lexicon.actors
        var entries = dict.entries(forExactAbbreviation: text.trimmingCharacters(in: .whitespaces))
        entries += dict.entries(forKey: NameKey.normalize(text))
        var names: [String] = []
        for e in entries {
            if e.isTemplate {
                let resolved = corpusCountries.sorted().compactMap { lexicon.gazetteer.country(code: $0)?.name }.map { e.resolved(countryName: $0) }
                names += resolved.filter { corpusActors.contains($0) }
            } else {
                names.append(e.name)
            }
        }
        let key = NameKey.normalize(text)
        names += corpusActors.filter { NameKey.normalize($0) == key || (key.count >= 4 && NameKey.normalize($0).contains(key)) }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    public func placeCompletions(prefix: String, limit: Int) -> [String] {
        let key = NameKey.normalize(prefix)
        return Array(corpusPlaces.map(\.name).filter { NameKey.normalize($0).hasPrefix(key) }.prefix(limit))
    }

    public func actorCompletions(prefix: String, limit: Int) -> [String] {
        let key = NameKey.normalize(prefix)
        var out: [String] = []
        for name in corpusActors {
            let aliases = [name] + lexicon.actors.aliases(of: name)
            for a in aliases where NameKey.normalize(a).hasPrefix(key) || a.hasPrefix(prefix) && !prefix.isEmpty {
                if !out.contains(a) { out.append(a) }
            }
        }
        return Array(out.prefix(limit))
    }
}
