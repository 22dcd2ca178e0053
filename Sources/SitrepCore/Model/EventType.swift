/// ACLED's six event types, with their exact spellings.
public enum EventType: String, Codable, Sendable, CaseIterable, Comparable {
    case battles = "Battles"
    case explosions = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case protests = "Protests"
    case riots = "Riots"
    case strategicDevelopments = "Strategic developments"

    /// ACLED's sub-event types for this event type, exact spellings.
    public var subEventTypes: [String] {
        switch self {
        case .battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]
        case .explosions: ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                           "Remote explosive/landmine/IED", "Grenade"]
        case .violenceAgainstCivilians: ["Sexual violence", "Attack", "Abduction/forced disappearance"]
        case .protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]
        case .riots: ["Violent demonstration", "Mob violence"]
        case .strategicDevelopments: ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                                      "Headquarters or base established", "Looting/property destruction",
                                      "Non-violent transfer of territory", "Other"]
        }
    }

    /// A short label for narrow displays.
    public var shortLabel: String {
        switch self {
        case .battles: "Battle"
        case .explosions: "Remote"
        case .violenceAgainstCivilians: "VAC"
        case .protests: "Protest"
        case .riots: "Riot"
        case .strategicDevelopments: "Strategic"
        }
    }

    /// Whether this type involves organised violence (for merging and display).
    public var isViolent: Bool { self == .battles || self == .explosions || self == .violenceAgainstCivilians }

    public static func < (a: EventType, b: EventType) -> Bool {
        a.order < b.order
    }

    /// Position in ACLED's list (the declaration order).
    var order: Int {
        switch self {
        case .battles: 0
        case .explosions: 1
        case .violenceAgainstCivilians: 2
        case .protests: 3
        case .riots: 4
        case .strategicDevelopments: 5
        }
    }

    /// Finds a type by its ACLED spelling or short label, case-insensitively.
    public static func named(_ s: String) -> EventType? {
        let k = s.lowercased()
        return allCases.first { $0.rawValue.lowercased() == k || $0.shortLabel.lowercased() == k }
    }
}
