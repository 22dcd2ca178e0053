import GRDB

/// One setting of the index (the lexicon fingerprint its cached values were made with).
struct MetaRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "meta"
    var name: String
    var value: String

    static let fingerprint = "fingerprint"
    /// The data files' last stamp and the fingerprint hashed for it (`CorpusIndex.fingerprint(stamp:compute:)`).
    static let dataStamp = "dataStamp", dataFingerprint = "dataFingerprint"
    /// What the last corpus key was computed from (format, fingerprint, the date undated articles were given) and the
    /// key, for a refresh that finds every file as it was (`IndexedPipeline.corpusKey`).
    static let corpusKey = "corpusKey"
}
