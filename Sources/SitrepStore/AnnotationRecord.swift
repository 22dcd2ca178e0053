import Foundation
import GRDB

/// One annotation in the annotations database (a file of its own beside the index; never wiped with the cache).
struct AnnotationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "annotation"
    var id: Int64?
    /// The `Annotation` as JSON.
    var payload: Data
    /// The first anchor passage ("sha256:start:end"), to find an annotation of the same event on import.
    var anchor: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
