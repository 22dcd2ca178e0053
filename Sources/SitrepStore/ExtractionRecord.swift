import Foundation
import GRDB

/// One document's cached extraction (`DocumentExtraction` as JSON), keyed by everything the extraction reads.
struct ExtractionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "extraction"
    var key: String
    var payload: Data
}
