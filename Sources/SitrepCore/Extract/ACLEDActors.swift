/// ACLED's conventions for who is actor1 once the type is known: demonstrators are actor1 of Protests (the forces
/// that intervene or fire on them are actor2), rioters of Riots (violent demonstrators are coded as rioters), and a
/// violence against civilians, a fight against a named side, or a bombing or planted explosive, whose perpetrator is not
/// named is an unidentified armed group's.
struct ACLEDActors {
    let lexicon: Lexicon

    /// `refs` reordered and completed for the event `type`, with actors named for the country `cc`.
    func apply(_ refs: [ActorRef], type: EventType, sub: String = "", cc: String?) -> [ActorRef] {
        var refs = refs
        // A government fights, strikes and kills through its forces: ACLED codes those.
        if type.isViolent { refs = refs.map(governmentAsForces) }
        switch type {
        case .protests: return lead(refs, by: [6], template: "Protesters ({country})", inter: 6, cc: cc, renaming: false)
        case .riots: return lead(refs, by: [5, 6, 7], template: "Rioters ({country})", inter: 5, cc: cc, renaming: true)
        case .violenceAgainstCivilians where !refs.contains(where: { $0.role == .actor1 }),
             .battles where !refs.contains(where: { $0.role == .actor1 }) && refs.contains(where: { $0.role == .actor2 }),
             .explosions where (sub == "Suicide bomb" || sub == "Remote explosive/landmine/IED") && !refs.contains(where: { $0.role == .actor1 }):
            guard let name = name("Unidentified Armed Group ({country})", cc) else { return refs }
            return [ActorRef(name: name, role: .actor1, inter: 3)] + refs
        // An arrest no one is said to make is made by the country's police, as ACLED codes arrests.
        case .strategicDevelopments where sub == "Arrests" && !refs.contains(where: { $0.role == .actor1 }):
            guard let name = name("Police Forces of {country}", cc) else { return refs }
            return [ActorRef(name: name, role: .actor1, inter: 1)] + refs
        default: return refs
        }
    }

    /// "… struck the town. Two people were killed in strikes on vehicles": in an article's run of strikes, one told
    /// without a striker is the last named striker's (state or group) — a side's campaign, not an unknown attacker.
    /// When the article tells strikes both ways ("rockets on northern Israel … Israeli strikes on Lebanon"), a strike
    /// placed in a country is the last striker's that struck in that country.
    static func inheritStriker(_ mentions: inout [Mention]) {
        var strikers: [(doers: [ActorRef], country: String?)] = []
        for i in mentions.indices where mentions[i].eventType == .explosions {
            let doers = mentions[i].actors.filter { $0.role == .actor1 }
            let country = mentions[i].location?.place.countryCode
            if !doers.isEmpty { strikers.append((doers, country)); continue }
            guard mentions[i].subEventType == "Air/drone strike" || mentions[i].subEventType == "Shelling/artillery/missile attack",
                  !strikers.isEmpty else { continue }
            let placed = country != nil && strikers.contains { $0.country != nil }
            if let striker = placed ? strikers.last(where: { $0.country == country }) : strikers.last {
                mentions[i].actors = striker.doers + mentions[i].actors
            }
        }
    }

    /// The crowd (an actor of the `crowd` interaction codes) as actor1, named from `template` when it is unnamed or, with
    /// `renaming`, always; whoever else acted becomes actor2.
    private func lead(_ refs: [ActorRef], by crowd: Set<Int>, template: String, inter: Int, cc: String?, renaming: Bool) -> [ActorRef] {
        let named = refs.first { crowd.contains($0.inter) && ($0.role == .actor1 || $0.role == .actor2) }
        guard let leader = renaming || named == nil ? name(template, cc).map({ ActorRef(name: $0, role: .actor1, inter: inter) })
                : named.map({ ActorRef(name: $0.name, role: .actor1, inter: $0.inter) }) else { return refs }
        var out = [leader]
        for r in refs where r.name != leader.name && !(crowd.contains(r.inter) && r.role != .assocActor1 && r.role != .assocActor2) {
            out.append(r.role == .actor1 ? ActorRef(name: r.name, role: .actor2, inter: r.inter) : r)
        }
        return out
    }

    /// "Government of X" → "Military Forces of X" (same role and interaction code).
    private func governmentAsForces(_ r: ActorRef) -> ActorRef {
        let prefix = "Government of "
        guard r.name.hasPrefix(prefix), let entry = lexicon.actors.entry(named: "Military Forces of {country}") else { return r }
        return ActorRef(name: entry.resolved(countryName: String(r.name.dropFirst(prefix.count))), role: r.role, inter: r.inter)
    }

    private func name(_ template: String, _ cc: String?) -> String? {
        lexicon.actors.entry(named: template)?.resolved(countryName: cc.flatMap { lexicon.gazetteer.country(code: $0)?.name })
    }
}

extension Mention {
    /// Applies ACLED's protest sub-event and actor conventions to this mention, once its type and place are final
    /// (in place: the mention is not copied).
    mutating func codeForACLED(_ coding: ACLEDActors, mainCountry: String?) {
        let sub = ACLEDTyping.protestSubEvent(self)
        let actors = coding.apply(self.actors, type: eventType, sub: sub, cc: location?.place.countryCode ?? mainCountry)
        subEventType = sub
        self.actors = actors
    }
}
