/// ACLED's codebook rules that decide an event's type from who acts on whom, once the clause's roles are read.
///
/// State forces using force on demonstrators is Protests / Excessive force, a clash with them a riot; demonstrators or a mob fighting,
/// storming or attacking is Riots; an armed clash whose only targets are civilians is Violence against civilians; a
/// generic killing whose victims are all armed is a battle. Explosions, abductions, sexual violence, peaceful protests
/// and strategic developments keep the type their words give.
enum ACLEDTyping {
    /// Interaction codes of organised armed actors: state forces, rebels, militias, identity militias, external forces.
    static let armed: Set<Int> = [1, 2, 3, 4, 8]
    /// Actors that are no state's or foreign forces: rebels, militias, rioters, protesters, civilians.
    static let nonState: Set<Int> = [2, 3, 4, 5, 6, 7]

    /// The type and sub-type for a trigger's own type and sub-type, given the agent's and patients' interaction codes.
    static func decide(_ type: EventType, _ sub: String, agent: Int?, patients: [Int], weight: Int, isVerb: Bool = false,
                       bombs: Bool = false, clash: Clash = Clash()) -> (EventType, String) {
        var (type, sub) = (type, sub)
        // "Bandits struck the school", "militants bombed the track", "the group's bombing of a hotel": a plain word of
        // striking or bombing whose agent is no state's or foreign force (no aircraft) is an attack on the ground or a
        // planted explosive.
        if type == .explosions, sub == "Air/drone strike", isVerb || bombs, weight <= 2, let a = agent, nonState.contains(a) {
            (type, sub) = bombs ? (.explosions, "Remote explosive/landmine/IED") : (.battles, "Armed clash")
        }
        // Demonstrators or rioters destroying or torching property riot (ACLED codes no property destruction by them).
        if type == .strategicDevelopments, sub == "Looting/property destruction", let a = agent, a == 5 || a == 6 {
            return (.riots, "Violent demonstration")
        }
        // "people died in the looting", "the violence that led to destruction and nine deaths": destruction with
        // dead and no armed perpetrator is a riot (ACLED's looting and property destruction is a strategic
        // development only without violence against people).
        if type == .strategicDevelopments, sub == "Looting/property destruction", clash.died, !(agent.map(armed.contains) ?? false) {
            return (.riots, "Violent demonstration")
        }
        // "An armed man shot two protesters": excessive force is the state's; a non-state armed actor attacking
        // demonstrators commits violence against civilians.
        if type == .protests, sub == "Excessive force against protesters", let a = agent, (2...4).contains(a) {
            return (.violenceAgainstCivilians, "Attack")
        }
        // "Armed men stormed the palace": a storming by an armed group is its attack, not a crowd's riot.
        if type == .riots, let a = agent, a != 1, armed.contains(a) { (type, sub) = (.battles, "Armed clash") }
        let contact = type == .battles || (type == .violenceAgainstCivilians && sub == "Attack") || type == .riots
            || (type == .protests && sub == "Excessive force against protesters")
        guard contact else { return (type, sub) }
        // A clash is fought by both sides: demonstrators clashing with police are violent demonstrators (a riot);
        // force the state alone uses on them ("shot", "fired on") is excessive force.
        if type == .battles, sub == "Armed clash", patients.contains(6) || patients.contains(5) || agent == 6 {
            // "Security forces opened fire on supporters": a one-sided act of the state on demonstrators is excessive force.
            if agent == 1, !clash.fought, !patients.contains(5) { return (.protests, "Excessive force against protesters") }
            return (.riots, "Violent demonstration")
        }
        if type == .battles, sub == "Armed clash", clash.isCrowdFight(agent: agent, patients: patients) { return (.riots, "Violent demonstration") }
        if agent == 1, type != .riots, patients.contains(6) { return (.protests, "Excessive force against protesters") }
        if let a = agent, a == 5 || a == 6 {
            return (.riots, !patients.isEmpty && patients.allSatisfy { $0 == 7 } ? "Mob violence" : "Violent demonstration")
        }
        if type == .battles, sub == "Armed clash", !patients.isEmpty, patients.allSatisfy({ $0 == 7 }) {
            return (.violenceAgainstCivilians, "Attack")
        }
        // "massacred 400 soldiers", "hired gunmen were massacred": a killing whose victims are all armed is a battle,
        // however strong the word (an abduction of them, told by a strong word, keeps its kind).
        if type == .violenceAgainstCivilians, weight <= 2 || sub == "Attack", agent.map(armed.contains) ?? true,
           !patients.isEmpty, patients.allSatisfy(armed.contains) {
            return (.battles, "Armed clash")
        }
        return (type, sub)
    }

    /// What the clause says of a fight: whether it is one between sides (`DocumentExtractor.isReciprocal`), whether
    /// civilians are a side ("students clashed with …"; civilians are never an actor1, so the agent is gone), and
    /// whether people died.
    struct Clash {
        var fought = false
        var civilianSide = false
        /// A destruction word whose clause gives a toll of dead no other act of the sentence may own.
        var died = false

        /// Civilians fighting state forces, activists, demonstrators or each other ("students clashed with police",
        /// "clashes between police and youths"): ACLED codes unorganised people in a fight as violent demonstrators, not
        /// as a side of a battle. Civilians fighting an armed group stay a battle or an attack.
        func isCrowdFight(agent: Int?, patients: [Int]) -> Bool {
            guard fought, patients.allSatisfy(Self.crowdOrPolice.contains) else { return false }
            return civilianSide && agent == nil || agent == 1 && patients.contains(7)
        }
        static let crowdOrPolice: Set<Int> = [0, 1, 5, 6, 7]
    }

    /// The sub-event of a mention once its toll is known: a protest in which people died was not peaceful, nor only
    /// broken up — ACLED codes deaths at a demonstration as excessive force against protesters.
    /// State forces killing or hurting people, or firing at no armed foe, where and when the article tells a
    /// demonstration are its excessive force ("protests in the district turned violent … a police raid left three
    /// dead"), as ACLED codes them. Changes the
    /// mentions' types in place.
    static func forceAtProtests(_ mentions: inout [Mention]) {
        let crowds = mentions.indices.filter { mentions[$0].eventType == .protests || mentions[$0].eventType == .riots }
        guard !crowds.isEmpty else { return }
        for i in mentions.indices where mentions[i].eventType == .violenceAgainstCivilians || Self.firingWithoutFoe(mentions[i]) {
            let m = mentions[i]
            guard m.actors.contains(where: { $0.role == .actor1 && $0.inter == 1 }), sameScene(m, crowds, mentions) else { continue }
            mentions[i].eventType = .protests
            mentions[i].subEventType = "Excessive force against protesters"
        }
    }

    /// Property burnt or wrecked where and when the article tells a riot, by no one or by the crowd, is that riot's
    /// destruction: ACLED codes looting and property destruction as an event of its own only outside riots, protests
    /// and battles ("disorder erupted outside the mosque … a police van was set on fire"). Changes the mentions' types
    /// in place.
    static func destructionInRiots(_ mentions: inout [Mention]) {
        let riots = mentions.indices.filter { mentions[$0].eventType == .riots }
        guard !riots.isEmpty else { return }
        for i in mentions.indices where mentions[i].subEventType == "Looting/property destruction" {
            let m = mentions[i]
            guard !m.actors.contains(where: { $0.role == .actor1 && armed.contains($0.inter) }), sameScene(m, riots, mentions) else { continue }
            mentions[i].eventType = .riots
            mentions[i].subEventType = "Violent demonstration"
        }
    }

    /// Killing no one is named for, where and when the article tells a riot ("nine people were killed in violence that
    /// erupted after the verdict"), or fighting with no armed side where and when it tells a riot or a protest
    /// ("clashes on Monday left three dead"), is a riot: ACLED codes deaths in riots under the riot. The riot's place may
    /// lie in the act's (a riot in a city, deaths in its country) or the reverse. Changes the mentions' types in place.
    static func deathsInRiots(_ mentions: inout [Mention]) {
        let crowds = mentions.indices.filter { mentions[$0].eventType == .riots || mentions[$0].eventType == .protests }
        guard !crowds.isEmpty else { return }
        for i in mentions.indices where isUnclaimedViolence(mentions[i]) {
            // A fight where demonstrators are turns their protest into a riot; a killing needs a riot told there.
            let fight = mentions[i].eventType == .battles && headWord(mentions[i]).map(DocumentExtractor.reciprocalWords.contains) == true
            guard let place = mentions[i].location?.place, let day = mentions[i].date.date, mentions[i].date.precision == .day,
                  crowds.contains(where: { r in
                      guard fight || mentions[r].eventType == .riots else { return false }
                      guard let p = mentions[r].location?.place, mentions[r].date.overlaps(EventDate(date: day, precision: .day)) else { return false }
                      // A riot told the same day in another town of the country: unrest that spread ("six police were
                      // killed, four in the northern towns").
                      let spread = !fight && mentions[r].date.precision == .day && p.countryCode != nil && p.countryCode == place.countryCode
                      return p.mayLieIn(place) || place.mayLieIn(p) || spread
                  }) else { continue }
            mentions[i].eventType = .riots
            mentions[i].subEventType = "Violent demonstration"
        }
    }

    /// A bare killing ("were killed", "died") or a fight ("clashes") with no perpetrator named and no armed side among
    /// its actors; not an act of its own kind ("a knife attack", "a shooting").
    static func isUnclaimedViolence(_ m: Mention) -> Bool {
        guard m.eventType == .violenceAgainstCivilians && m.subEventType == "Attack" || m.eventType == .battles && m.subEventType == "Armed clash",
              // No doer named, no armed side but state forces among the dead ("six police were killed").
              !m.actors.contains(where: { $0.role == .actor1 || armed.contains($0.inter) && !($0.role == .actor2 && $0.inter == 1) })
        else { return false }
        return headWord(m).map { bareViolenceWords.contains($0) || DocumentExtractor.reciprocalWords.contains($0) } ?? false
    }

    /// The first word of the mention's event words.
    static func headWord(_ m: Mention) -> WordKey? { m.trigger.split(separator: " ").first.map { WordKey(String($0).lowercased()) } }

    /// Words that tell a death or violence without its kind.
    static let bareViolenceWords: Set<WordKey> = ["killed", "died", "dead", "deaths", "killing", "killings", "violence", "unrest",
                                                  "burned", "burnt", "beaten", "lynched", "stoned", "hacked"]

    /// Whether one of the mentions at `others` is told at `m`'s place (same key) and at a time `m`'s date allows.
    static func sameScene(_ m: Mention, _ others: [Int], _ mentions: [Mention]) -> Bool {
        guard let place = m.location?.place.key else { return false }
        return others.contains { mentions[$0].location?.place.key == place && mentions[$0].date.overlaps(m.date) }
    }

    /// "Police were forced to open fire": a clash in which no armed side faces the state forces is their firing, not a
    /// battle.
    static func firingWithoutFoe(_ m: Mention) -> Bool {
        m.eventType == .battles && m.subEventType == "Armed clash"
            && !m.actors.contains { ($0.role == .actor2 || $0.role == .assocActor2) && armed.contains($0.inter) }
            && !m.actors.contains { ($0.role == .actor1 || $0.role == .assocActor1) && $0.inter != 1 }
    }

    static func protestSubEvent(_ m: Mention) -> String {
        guard m.eventType == .protests, (m.fatalities?.count ?? 0) > 0,
              m.subEventType == "Peaceful protest" || m.subEventType == "Protest with intervention" else { return m.subEventType }
        return "Excessive force against protesters"
    }
}
