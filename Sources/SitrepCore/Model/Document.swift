/// Facts about an article that the text alone cannot give, from its front-matter block.
public struct FrontMatter: Hashable, Sendable, Codable {
    public var title: String?
    public var outlet: String?
    public var published: CalendarDate?
    /// Whether `published` was inferred from the corpus (the file gives none): see `PublicationInference`.
    public var publishedInferred = false
    public var url: String?
    /// Keys sitrep does not know, kept in file order.
    public var extra: [String: String]
    public init(title: String? = nil, outlet: String? = nil, published: CalendarDate? = nil, url: String? = nil,
                extra: [String: String] = [:]) {
        self.title = title; self.outlet = outlet; self.published = published; self.url = url; self.extra = extra
    }
}

/// One article file: its text exactly as stored, plus front matter and where the body starts.
public struct Document: Hashable, Sendable, Codable, Identifiable {
    /// File name without extension, unique in the corpus.
    public var id: String
    /// Path as given on the command line, or relative to the working directory.
    public var path: String
    public var frontMatter: FrontMatter
    /// The whole file as UTF-8 text; byte offsets index `text.utf8`. Read from the file when first asked for if the
    /// document was made from what the corpus index knows (`article`).
    public var text: String {
        get { article.text }
        set { article = ArticleText(newValue) }
    }
    /// The text, held or still to be read.
    public private(set) var article: ArticleText
    /// Byte offset of the first byte after the front-matter block.
    public var bodyStart: Int
    public var sha256: String
    /// For a file that is not UTF-8 (decoded as Windows-1252), where `text`'s offsets lie in the file as stored;
    /// nil when they are the same.
    public var storedOffsets: StoredOffsets? = nil

    public init(id: String, path: String, frontMatter: FrontMatter, text: String, bodyStart: Int, sha256: String) {
        self.init(id: id, path: path, frontMatter: frontMatter, article: ArticleText(text), bodyStart: bodyStart, sha256: sha256)
    }

    /// A document whose text may still have to be read.
    public init(id: String, path: String, frontMatter: FrontMatter, article: ArticleText, bodyStart: Int, sha256: String) {
        self.id = id; self.path = path; self.frontMatter = frontMatter; self.article = article
        self.bodyStart = bodyStart; self.sha256 = sha256
    }

    enum CodingKeys: String, CodingKey {
        case id, path, frontMatter, article = "text", bodyStart, sha256, storedOffsets
    }

    /// Appends everything extraction reads of the document besides its lexicon: its bytes' hash, id, path and
    /// publication date ("-" when it has none), separated by U+001F. The corpus index keys cached extractions by it,
    /// and the merge names the document's mentions by it (`MentionNames`).
    public func appendExtractionBasis(to bytes: inout [UInt8]) {
        bytes += sha256.utf8; bytes.append(0x1F); bytes += id.utf8; bytes.append(0x1F); bytes += path.utf8; bytes.append(0x1F)
        if let p = frontMatter.published { bytes += p.iso.utf8 } else { bytes.append(UInt8(ascii: "-")) }
    }

    public var title: String { frontMatter.title ?? id }
    public var outlet: String { frontMatter.outlet ?? "unknown outlet" }

    /// A span of `text` as offsets into the file as stored (what exports and reports print).
    public func storedSpan(_ span: ByteSpan) -> ByteSpan { storedOffsets?.stored(span) ?? span }

    /// The text of a byte span (clamped to the file).
    public func slice(_ span: ByteSpan) -> String {
        let u = text.utf8
        let s = max(0, min(span.start, u.count)), e = max(s, min(span.end, u.count))
        let a = u.index(u.startIndex, offsetBy: s), b = u.index(u.startIndex, offsetBy: e)
        return String(decoding: u[a..<b], as: UTF8.self)
    }
}
