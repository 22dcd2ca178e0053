extension DocumentExtractor {
    /// What the clause says of the parties, as interaction codes: the agent's, the patients', whether civilians fought as
    /// a side, and whether the toll counts more civilians than armed men (nil when not both or not counted).
    typealias RoleCodes = (agent: Int?, patients: [Int], civilianSide: Bool, civiliansOutnumber: Bool?)

    /// The type after the rules that weigh the whole sentence once the clause's roles have decided it: who died at a
    /// demonstration, whom a one-sided attack hit, which kind of victim the toll counts more of.
    static func retyped(_ type: EventType, _ sub: String, _ h: TriggerHit, _ facts: SentenceFacts,
                        roles: RoleCodes, patients: [Int],
                        toll fat: FatalityFinding?) -> (EventType, String) {
        var (type, sub) = (type, sub)
        // "Two police officers and a civilian died after a day of protests": state forces among a protest's dead were
        // killed by the crowd, which makes it a riot.
        if type == .protests, let f = fat, facts.actors.contains(where: { $0.inter == 1 && f.tokens.contains($0.tokens.lowerBound) }) {
            (type, sub) = (.riots, "Violent demonstration")
        }
        // "The toll of the suspected rebel attack stands at 41", "14 victims of the attack": a one-sided attack that killed
        // people no word says were armed, by no state's forces, hit civilians.
        if type == .battles, sub == "Armed clash", h.trigger.weight <= 2, patients.isEmpty, !Self.isReciprocal(h, facts.tokens),
           roles.agent.map({ ACLEDTyping.nonState.contains($0) }) ?? true, (fat?.count.count ?? 0) > 0,
           Self.oneSidedAttackWords.contains(facts.tokens[h.tokens.upperBound - 1].word),
           !Self.tellsOtherViolence(h, facts, ignoringGenericHarm: true) {
            (type, sub) = (.violenceAgainstCivilians, "Attack")
        }
        // "Two journalists and a police officer were killed": an armed clash whose victims are mostly civilians, by the
        // counts written before them, is an attack on civilians.
        if type == .battles, sub == "Armed clash", roles.civiliansOutnumber == true, !Self.isReciprocal(h, facts.tokens) {
            (type, sub) = (.violenceAgainstCivilians, "Attack")
        }
        // "Two policemen were killed while dispersing a protest rally": state forces killed by no one named, in a sentence
        // that tells a demonstration, fell to its crowd.
        if type == .battles || type == .violenceAgainstCivilians, roles.agent == nil, !roles.patients.isEmpty,
           roles.patients.allSatisfy({ $0 == 1 }), Self.tellsDemonstration(besides: h, facts) {
            (type, sub) = (.riots, "Violent demonstration")
        }
        return (type, sub)
    }

    /// Words of an attack one side makes on another (not a fight between sides).
    static let oneSidedAttackWords: Set<WordKey> = ["attack", "attacks", "attacked", "attacking", "raid", "raids", "raided",
                                                    "shooting", "shootings", "assault", "assaults"]
}
