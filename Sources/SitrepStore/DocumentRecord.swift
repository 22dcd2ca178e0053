import GRDB

/// A file of the corpus as last indexed: what the next refresh compares with to report added, changed and removed.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord, Equatable {
    static let databaseTableName = "document"
    var path: String
    var docID: String
    var sha256: String
}
