import Foundation
import GRDB

/// The consolidated corpus (events, disagreements, inferred publication dates) for one set of documents.
struct AnalysisRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "analysis"
    var key: String
    var payload: Data
}
