import Foundation

/// All knowledge the extractor uses, loaded once from the data directory and shared read-only.
public struct Lexicon: Sendable {
    public let gazetteer: Gazetteer
    public let actors: ActorDictionary
    public let triggers: TriggerLexicon
    public let cues: Cues
    public let claims: ClaimLexicon

    public init(gazetteer: Gazetteer, actors: ActorDictionary, triggers: TriggerLexicon, cues: Cues, claims: ClaimLexicon) {
        self.gazetteer = gazetteer; self.actors = actors; self.triggers = triggers; self.cues = cues; self.claims = claims
    }

    /// Loads every data file under `dataDirectory` (the folder holding gazetteer/, actors.tsv …).
    public static func load(dataDirectory dir: URL) throws -> Lexicon {
        let gaz = try Gazetteer.load(directory: dir.appendingPathComponent("gazetteer"))
        let actors = try ActorDictionary.load(file: dir.appendingPathComponent("actors.tsv"))
        let triggers = try TriggerLexicon.load(file: dir.appendingPathComponent("triggers.tsv"))
        let cues = try Cues.load(file: dir.appendingPathComponent("cues.tsv"))
        let claims = try ClaimLexicon.load(file: dir.appendingPathComponent("claims.tsv"))
        return Lexicon(gazetteer: gaz, actors: actors, triggers: triggers, cues: cues, claims: claims)
    }
}
