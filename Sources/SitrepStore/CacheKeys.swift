import Foundation
import SitrepCore

/// The keys cached values are stored under: everything a value depends on, so a hit is always right.
enum CacheKeys {
    /// The format of cached values (`BinaryCodable`). A rebuilt sitrep changes the fingerprint, which empties the
    /// cache; this also keeps a consolidated corpus of another format from being read.
    static let format = "binary-4\n"

    /// A document's extraction depends on its bytes, its id (mentions name it), its path and its publication date
    /// (which `--published` may give).
    static func extraction(_ d: Document) -> String {
        [d.sha256, d.id, d.path, d.frontMatter.published?.iso ?? "-"].joined(separator: "\u{1F}")
    }

    /// The consolidated corpus depends on every document's extraction key and the lexicon (and on the cache's format);
    /// `documents` are sorted by id (unique), which fixes the order.
    static func analysis(_ documents: [Document], fingerprint: String) -> String {
        let lines = documents.map(extraction)
        return SHA256.hex(Array((format + fingerprint + "\n" + lines.joined(separator: "\n")).utf8))
    }
}
