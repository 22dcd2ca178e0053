/// "The rebels", "the militants", "the attackers" in an article that names one rebel or jihadist group stand for that
/// group, as ACLED codes them: a generic reference takes the name of the group the article is about.
enum ActorCoreference {
    /// Templates that refer to an armed non-state group without naming it.
    static let genericTemplates: Set<String> = ["Rebels ({country})", "Jihadists ({country})", "Unidentified Armed Group ({country})",
                                                "Unidentified Attacker ({country})"]
    /// The generic templates' names before their country: "Rebels (Mali)" and "Rebels" are unnamed rebels.
    static let genericPrefixes: [String] = genericTemplates.map { String($0.prefix { $0 != "(" }.dropLast()) }.sorted()
    /// Kinds of named groups a generic reference may stand for.
    static let groupKinds: Set<String> = ["rebel_group", "jihadist"]

    /// Replaces generic references with the article's dominant named rebel or jihadist group, and "gangs" with its
    /// dominant named gang: the only one it names, or the one it names more often than any other (an article about two
    /// rival groups named equally often keeps its generic references generic).
    static func resolve(_ actors: inout [ActorMatch]) {
        resolve(&actors, named: { $0.inter == 2 && groupKinds.contains($0.kind) }, generic: genericTemplates)
        // In an article about gangs, the "gunmen" too are the gang it names.
        guard actors.contains(where: { $0.template == gangTemplate }) else { return }
        resolve(&actors, named: { $0.inter == 3 && $0.kind == "militia" }, generic: gangTemplates)
    }

    /// The one group named in the window before `start` (latest first, stopping at the window's edge), nil when none or
    /// two different ones are.
    static func antecedent(before start: Int, in recent: [(at: Int, name: String, inter: Int, kind: String)],
                           jihadist: Bool) -> (String, Int, String)? {
        var found: (String, Int, String)? = nil
        for r in recent.reversed() {
            guard start - r.at <= antecedentWindow else { break }
            guard !jihadist || r.kind == "jihadist" else { continue }
            if let f = found, f.0 != r.name { return nil }
            found = (r.name, r.inter, r.kind)
        }
        return found
    }

    /// Generic references that take the group just named as their antecedent.
    static let antecedentTemplates: Set<String> = ["Rebels ({country})", jihadistTemplate]
    /// "Jihadists", "jihadist fighters": only a jihadist group is their antecedent.
    static let jihadistTemplate = "Jihadists ({country})"

    /// The template for gangs without a name.
    static let gangTemplate = "Gangs ({country})"
    /// Templates for criminal armed groups, or their gunmen, without a name.
    static let gangTemplates: Set<String> = [gangTemplate, "Unidentified Armed Group ({country})", "Unidentified Attacker ({country})"]

    /// Tokens before a generic reference in which one named group alone is its antecedent ("M23 rebels … The rebels
    /// seized the town"), whatever group the article names most.
    static let antecedentWindow = 80

    /// Replaces the `generic` templates with the named actor that `named` accepts: the only one named shortly before
    /// (`antecedentWindow`), else the article's dominant one.
    static func resolve(_ actors: inout [ActorMatch], named: (ActorMatch) -> Bool, generic: Set<String>) {
        let dominant = dominant(actors, named: named)
        // Nothing to do without a named group (most articles): no actor is visited again.
        guard dominant != nil || actors.contains(where: { $0.template == nil && named($0) }) else { return }
        var recent: [(at: Int, name: String, inter: Int, kind: String)] = []   // named actors read so far, in order
        // Both kinds of group (`resolve`'s `named`) and the generic references are rebels or militias (inter 2 or 3).
        for i in actors.indices where actors[i].inter == 2 || actors[i].inter == 3 {
            if actors[i].template == nil, named(actors[i]), let n = actors[i].names.first, actors[i].names.count == 1 {
                recent.append((actors[i].tokens.lowerBound, n, actors[i].inter, actors[i].kind))
                continue
            }
            guard let t = actors[i].template, generic.contains(t),
                  actors[i].demonymCountries.isEmpty else { continue }
            // Only "the rebels", "the jihadists" name their group's kind; "gunmen" and "attackers" may be anyone.
            let antecedent = antecedentTemplates.contains(t) ? Self.antecedent(before: actors[i].tokens.lowerBound, in: recent,
                                                                              jihadist: t == jihadistTemplate) : nil
            guard let (name, inter, kind) = antecedent ?? dominant, t != jihadistTemplate || kind == "jihadist" else { continue }
            actors[i].inter = inter
            actors[i].change { $0.names = [name]; $0.kind = kind; $0.template = nil }
        }
    }

    /// The named actor that `named` accepts which the article names most often (strictly), with its inter and kind.
    static func dominant(_ actors: [ActorMatch], named: (ActorMatch) -> Bool) -> (name: String, inter: Int, kind: String)? {
        // Read by index: an actor match holds several references, and copying each one costs.
        var counts: [(name: String, count: Int, match: Int)] = []
        for k in actors.indices where actors[k].template == nil && named(actors[k]) {
            for n in actors[k].names {
                if let i = counts.firstIndex(where: { $0.name == n }) { counts[i].count += 1 } else { counts.append((n, 1, k)) }
            }
        }
        guard !counts.isEmpty else { return nil }
        counts.sort { ($0.count, $1.name) > ($1.count, $0.name) }
        guard counts.count < 2 || counts[0].count > counts[1].count else { return nil }
        return (counts[0].name, actors[counts[0].match].inter, actors[counts[0].match].kind)
    }

    /// "The group said …", "the group declared a ceasefire": in an article about one named non-state armed group (rebels,
    /// militias, jihadists, gangs), "the group" (not "the group of …") is that group. Added in text order to the matches of the `blocks`.
    static func groupReferences(_ actors: inout [ActorMatch], tokens: [Token], blocks: [Range<Int>]) {
        var found: [Int] = []
        for r in blocks {
            for i in r where tokens[i].word == "group" && i > r.lowerBound && tokens[i - 1].word == "the" {
                guard i + 1 >= r.upperBound || tokens[i + 1].word != "of" else { continue }
                found.append(i - 1)
            }
        }
        guard !found.isEmpty, let (name, inter, kind) = dominant(actors, named: { (2...4).contains($0.inter) }) else { return }
        let added = found.filter { i in !actors.contains { $0.tokens.overlaps(i..<(i + 2)) } }
            .map { ActorMatch(tokens: $0..<($0 + 2), names: [name], inter: inter, kind: kind) }
        guard !added.isEmpty else { return }
        actors = (actors + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// "The military", "the army", "troops" said without a country stand for the state force the article last named
    /// with its country ("the Israeli military said … the military had struck …"), not for the country of the place
    /// they struck. Templates so resolved are no longer filled per event.
    static func resolveStateForces(_ actors: inout [ActorMatch]) {
        var last: Int? = nil   // the last state force named with its country
        for i in actors.indices where actors[i].inter == 1 {
            guard let t = actors[i].template, actors[i].demonymCountries.isEmpty else {
                if actors[i].names.count == 1, actors[i].kind == "state_forces" { last = i }
                continue
            }
            // Only the same branch: "the air force" after "the Israeli military" stays a template.
            guard let l = last, t == militaryTemplate || t == airForceTemplate,
                  actors[l].names[0].hasPrefix(t == militaryTemplate ? "Military Forces of " : "Air Force of ") else { continue }
            let name = actors[l].names[0]
            actors[i].change { $0.names = [name]; $0.template = nil }
        }
    }

    static let militaryTemplate = "Military Forces of {country}"
    static let airForceTemplate = "Air Force of {country}"
}
