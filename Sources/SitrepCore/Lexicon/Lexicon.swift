import Foundation

/// All knowledge the extractor uses, loaded once from the data directory and shared read-only.
public final class Lexicon: Sendable {
    public let gazetteer: Gazetteer
    public let actors: ActorDictionary
    public let triggers: TriggerLexicon
    public let cues: Cues
    public let claims: ClaimLexicon
    /// Single-word facts of all the above, for annotating tokens.
    public let words: WordIndex

    public init(gazetteer: Gazetteer, actors: ActorDictionary, triggers: TriggerLexicon, cues: Cues, claims: ClaimLexicon) {
        self.gazetteer = gazetteer; self.actors = actors; self.triggers = triggers; self.cues = cues; self.claims = claims
        words = WordIndex(cues: cues, actors: actors, triggers: triggers, gazetteer: gazetteer, claims: claims)
    }

    /// Loads every data file under `dataDirectory` (the folder holding gazetteer/, actors.tsv …).
    /// The gazetteer loads on a second thread while the other files load on this one (about half the work each);
    /// the first error in file order is thrown.
    public static func load(dataDirectory dir: URL) throws -> Lexicon {
        let gazetteer = ResultSlots<Result<Gazetteer, Error>>(count: 1)
        let others = ResultSlots<Result<(ActorDictionary, TriggerLexicon, Cues, ClaimLexicon), Error>>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                gazetteer.set(0, Result { try Gazetteer.load(directory: dir.appendingPathComponent("gazetteer")) })
            } else {
                others.set(0, Result {
                    (try ActorDictionary.load(file: dir.appendingPathComponent("actors.tsv")),
                     try TriggerLexicon.load(file: dir.appendingPathComponent("triggers.tsv"),
                                             inflections: Inflections.load(file: dir.appendingPathComponent("inflections.tsv"))),
                     try Cues.load(file: dir.appendingPathComponent("cues.tsv")),
                     try ClaimLexicon.load(file: dir.appendingPathComponent("claims.tsv")))
                })
            }
        }
        let gaz = try gazetteer.values[0].get()
        let (actors, triggers, cues, claims) = try others.values[0].get()
        return Lexicon(gazetteer: gaz, actors: actors, triggers: triggers, cues: cues, claims: claims)
    }
}
