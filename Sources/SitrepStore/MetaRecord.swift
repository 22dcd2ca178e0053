import GRDB

/// One setting of the index (the lexicon fingerprint its cached values were made with).
struct MetaRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "meta"
    var name: String
    var value: String

    static let fingerprint = "fingerprint"
    /// The data files' last stamp and the fingerprint hashed for it (`CorpusIndex.fingerprint(stamp:compute:)`).
    static let dataStamp = "dataStamp", dataFingerprint = "dataFingerprint"
}
