/// Where an actor stands in an event, as in ACLED (actor1 acts, actor2 is acted upon).
public enum ActorRole: String, Codable, Sendable {
    case actor1, actor2
    /// ACLED's associated actors: others acting with actor1, or sharing actor2's fate.
    case assocActor1 = "assoc_actor_1", assocActor2 = "assoc_actor_2"
}

/// An actor named by a passage, resolved to its canonical name.
public struct ActorRef: Hashable, Sendable, Codable {
    public var name: String
    public var role: ActorRole
    /// ACLED interaction code: 1 state forces … 8 external/other forces; 0 unknown.
    public var inter: Int
    public init(name: String, role: ActorRole, inter: Int) { self.name = name; self.role = role; self.inter = inter }
}
