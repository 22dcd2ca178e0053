import Foundation
import SitrepCore

/// The keys cached values are stored under: everything a value depends on, so a hit is always right.
enum CacheKeys {
    /// The format of cached values (`BinaryCodable`). A rebuilt sitrep changes the fingerprint, which empties the
    /// cache; this also keeps a consolidated corpus of another format from being read.
    static let format = "binary-5\n"

    /// A document's extraction depends on its bytes, its id (mentions name it), its path and its publication date
    /// (which `--published` may give).
    static func extraction(_ d: Document) -> String {
        var bytes: [UInt8] = []
        d.appendExtractionBasis(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where the details of the analysis stored under `key` are (`CachedAnalysis.binaryParts`): beside it.
    static func details(of key: String) -> String { key + "+details" }

    /// The consolidated corpus depends on every document's extraction key and the lexicon (and on the cache's format);
    /// `documents` are sorted by id (unique), which fixes the order. The keys are hashed one per line after the format
    /// and fingerprint.
    static func analysis(_ documents: [Document], fingerprint: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(format.utf8.count + fingerprint.utf8.count + documents.count * 160)
        bytes += format.utf8; bytes += fingerprint.utf8
        if documents.isEmpty { bytes.append(10) }
        for d in documents {
            bytes.append(10)
            d.appendExtractionBasis(to: &bytes)   // `extraction(d)`'s bytes, without a string each
        }
        return SHA256.hex(bytes)
    }
}
