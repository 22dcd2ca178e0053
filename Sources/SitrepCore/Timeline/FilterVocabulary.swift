/// Turns what a user types ("Donetsk", "Bakhmut", "RSF") into filter values, and offers completions.
public protocol FilterVocabulary: Sendable {
    /// Places the text names (exact or variant spelling), most likely first; empty when none.
    func places(named text: String) -> [Place]
    /// Canonical actor names the text names (canonical name or alias); empty when none.
    func actors(named text: String) -> [String]
    /// Completions for a partly typed place, drawn from what the corpus contains (with enclosing areas).
    func placeCompletions(prefix: String, limit: Int) -> [String]
    /// Completions for a partly typed actor, drawn from the corpus's actors and their aliases.
    func actorCompletions(prefix: String, limit: Int) -> [String]
}
