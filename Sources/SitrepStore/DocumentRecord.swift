import Foundation
import GRDB
import SitrepCore

/// A file of the corpus as last indexed: what the next refresh compares with to report added, changed and removed,
/// its stamp (`FileStamp.description`; nil when not known) so that an unchanged file is not hashed again, and its
/// summary (`DocumentSummary`, binary; nil when not known) so that it is not read before its text is needed.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord, Equatable {
    static let databaseTableName = "document"
    var path: String
    var docID: String
    var sha256: String
    var stamp: String? = nil
    var summary: Data? = nil

    init(path: String, docID: String, sha256: String, stamp: String? = nil, summary: Data? = nil) {
        self.path = path; self.docID = docID; self.sha256 = sha256; self.stamp = stamp; self.summary = summary
    }

    /// Read by column position: thousands of rows are fetched on every run.
    init(row: Row) {
        path = row[0]; docID = row[1]; sha256 = row[2]; stamp = row[3]; summary = row[4]
    }

    /// Every row, columns in `init(row:)`'s order.
    static func all(_ db: Database) throws -> [DocumentRecord] {
        try DocumentRecord.fetchAll(db, sql: "SELECT path, docID, sha256, stamp, summary FROM document")
    }

    /// Writes the rows of `current` that differ from `old`'s (by path) and deletes those of paths no longer there.
    static func update(_ db: Database, from old: [String: DocumentRecord], to current: [DocumentRecord]) throws {
        var kept = 0
        for r in current {
            if let o = old[r.path] { kept += 1; if o == r { continue } }
            try r.save(db)
        }
        guard kept < old.count else { return }
        let gone = Set(old.keys).subtracting(current.map(\.path))
        _ = try deleteAll(db, keys: Array(gone))
    }

}

/// The files of the last refresh (`CorpusIndex.knownFiles`): what the loader need not hash or read, and what the
/// next refresh compares the corpus with.
public struct KnownFiles: Sendable {
    let records: [DocumentRecord]
    /// The files whose stamp is known, by path (`CorpusLoader.known`), with their summaries where they read back.
    public let byPath: [String: KnownFile]
    /// Where each of those files' record is in `records`.
    let rows: [String: Int]

    init(_ records: [DocumentRecord]) {
        self.records = records
        var files: [String: KnownFile] = [:], rows: [String: Int] = [:]
        files.reserveCapacity(records.count); rows.reserveCapacity(records.count)
        for (i, r) in records.enumerated() {
            guard let s = r.stamp.flatMap(FileStamp.init) else { continue }
            let summary = r.summary.flatMap { try? DocumentSummary(binary: [UInt8]($0)) }
            files[r.path] = KnownFile(stamp: s, sha256: r.sha256, summary: summary)
            rows[r.path] = i
        }
        byPath = files; self.rows = rows
    }

    /// The record of `d` as it will be stored: the known one when nothing about the file changed (nothing encoded),
    /// with its position in `records`.
    func record(of d: Document, stamp: FileStamp?, summary: DocumentSummary?) -> (record: DocumentRecord, row: Int?) {
        if let row = rows[d.path], let k = byPath[d.path], k.stamp == stamp, k.sha256 == d.sha256, k.summary == summary,
           records[row].docID == d.id {
            return (records[row], row)
        }
        return (DocumentRecord(path: d.path, docID: d.id, sha256: d.sha256, stamp: stamp?.description,
                               summary: summary.map { Data($0.binary) }), nil)
    }

    /// Whether `rows` (of `record(of:)`, one per file) are every known record once: the files are those of the last
    /// refresh, each as it was.
    func areAllKnown(_ rows: [Int?]) -> Bool {
        guard rows.count == records.count else { return false }
        var seen = [Bool](repeating: false, count: records.count)
        for r in rows {
            guard let r, !seen[r] else { return false }
            seen[r] = true
        }
        return true
    }
}

extension FrontMatter: BinaryCodable {
    init(from r: inout BinaryReader) throws {
        self.init(title: try r.optional { try $0.text() }, outlet: try r.optional { try $0.string() },
                  published: try r.optional { try $0.value() }, url: try r.optional { try $0.text() })
        publishedInferred = try r.bool()
        let pairs = try r.array { (try $0.text(), try $0.text()) }
        extra = Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    func write(to w: inout BinaryWriter) {
        w.optional(title) { $0.text($1) }; w.optional(outlet) { $0.string($1) }
        w.optional(published) { $0.value($1) }; w.optional(url) { $0.text($1) }
        w.bool(publishedInferred)
        w.array(extra.sorted { $0.key < $1.key }) { $0.text($1.key); $0.text($1.value) }
    }
}

extension DocumentSummary: BinaryCodable {
    init(from r: inout BinaryReader) throws { self.init(frontMatter: try r.value(), bodyStart: try r.int()) }
    func write(to w: inout BinaryWriter) { w.value(frontMatter); w.int(bodyStart) }
}
