/// "The rebels", "the militants", "the attackers" in an article that names one rebel or jihadist group stand for that
/// group, as ACLED codes them: a generic reference takes the name of the group the article is about.
enum ActorCoreference {
    /// Templates that refer to an armed non-state group without naming it.
    static let genericTemplates: Set<String> = ["Rebels ({country})", "Unidentified Armed Group ({country})"]
    /// Kinds of named groups a generic reference may stand for.
    static let groupKinds: Set<String> = ["rebel_group", "jihadist"]

    /// Replaces generic references with the article's dominant named rebel or jihadist group: the only one it names,
    /// or the one it names more often than any other (an article about two rival groups named equally often keeps
    /// its generic references generic).
    static func resolve(_ actors: inout [ActorMatch]) {
        var counts: [(name: String, count: Int, match: ActorMatch)] = []
        for a in actors where a.inter == 2 && a.template == nil && groupKinds.contains(a.kind) {
            for n in a.names {
                if let i = counts.firstIndex(where: { $0.name == n }) { counts[i].count += 1 } else { counts.append((n, 1, a)) }
            }
        }
        counts.sort { ($0.count, $1.name) > ($1.count, $0.name) }
        guard let top = counts.first, counts.count < 2 || top.count > counts[1].count else { return }
        for i in actors.indices where actors[i].inter == 2 || actors[i].inter == 3 {
            guard let t = actors[i].template, genericTemplates.contains(t), actors[i].demonymCountries.isEmpty else { continue }
            actors[i].names = [top.name]
            actors[i].inter = top.match.inter
            actors[i].kind = top.match.kind
            actors[i].template = nil
        }
    }
}
