import Foundation

/// Finds article files under paths and reads them into Documents, collecting problems without stopping.
public struct CorpusLoader: Sendable {
    /// Files larger than this are refused (the limit is generous for news articles).
    public var maxFileBytes: Int
    /// Used for articles without a `published` date (the `--published` option); nil leaves them undated.
    public var defaultPublished: CalendarDate?
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text"]

    /// Threads that read files (the result does not depend on it).
    public var workers = 1
    /// Nanoseconds since its last change after which a file's stamp is trusted (tests set 0).
    public var settled: Int64 = 1_000_000_000
    /// Files an earlier run read, by path (`Document.path`): one whose stamp is unchanged is not hashed again, nor read
    /// before its text is needed when its summary is known.
    public var known: [String: KnownFile] = [:]
    /// Gives `known` once the files are found, when it is still being made (read from the index while the folders
    /// are walked); nil: `known` is as set.
    public var knownLater: (@Sendable () -> [String: KnownFile])? = nil

    public init(maxFileBytes: Int = 20_000_000, defaultPublished: CalendarDate? = nil) {
        self.maxFileBytes = maxFileBytes; self.defaultPublished = defaultPublished
    }

    /// Loaded documents (sorted by id) and the problems met.
    public struct Loaded: Sendable {
        public var documents: [Document]
        public var problems: [LoadProblem]
        /// Each document's file stamp when it was read (nil for a file changed in the last second), in `documents`' order.
        public var fileStamps: [FileStamp?]
        /// Each UTF-8 document's front matter as written and body start (for the next run's `known`), in `documents`' order.
        public var fileSummaries: [DocumentSummary?]
        /// The publication date undated articles were given (`CorpusLoader.defaultPublished`, as "2024-05-01" or "-"),
        /// nil when not known (not read by a loader).
        public var undatedPublished: String? = nil
        public init(documents: [Document], problems: [LoadProblem], fileStamps: [FileStamp?] = [], fileSummaries: [DocumentSummary?] = []) {
            self.documents = documents; self.problems = problems
            self.fileStamps = fileStamps.isEmpty ? Array(repeating: nil, count: documents.count) : fileStamps
            self.fileSummaries = fileSummaries.isEmpty ? Array(repeating: nil, count: documents.count) : fileSummaries
        }

        /// The stamps by path.
        public var stamps: [String: FileStamp] {
            Dictionary(zip(documents, fileStamps).compactMap { d, s in s.map { (d.path, $0) } }, uniquingKeysWith: { a, _ in a })
        }
        /// The summaries by path.
        public var summaries: [String: DocumentSummary] {
            Dictionary(zip(documents, fileSummaries).compactMap { d, s in s.map { (d.path, $0) } }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// Loads every article under `paths` (files or directories, recursively; see `CorpusWalker`).
    public func load(paths: [String]) -> Loaded { load(filePaths: paths.map(FilePath.init)) }

    /// As above, for paths given as bytes (a command-line argument need not be UTF-8). `progress` is told the
    /// articles read so far and their bytes after each batch (for a progress line). Files are read on `workers`
    /// threads in batches, then taken in order: the result does not depend on the count.
    public func load(filePaths paths: [FilePath], progress: (_ files: Int, _ bytes: Int) -> Void = { _, _ in }) -> Loaded {
        var loader = self
        var state = LoadState()
        var seenPaths: Set<PathKey> = []   // a path given twice is read once
        let walker = CorpusWalker(articleExtensions: Self.articleExtensions)
        for path in paths {
            let found = walker.files(under: path)
            state.problems += found.problems
            if let later = loader.knownLater { loader.known = later(); loader.knownLater = nil }
            // One walk gives each file once: only files under several paths given can repeat.
            let files = paths.count == 1 ? found.files : found.files.filter { seenPaths.insert(PathKey(bytes: Self.canonical($0.bytes))).inserted }
            for start in stride(from: 0, to: files.count, by: Self.batch) {
                let batch = Array(files[start..<min(start + Self.batch, files.count)])
                let read = parallelMap(count: batch.count, workers: workers) { [loader] in loader.loadStamped(batch[$0]) }
                for (file, r) in zip(batch, read) { state.add(r.document, stamp: r.stamp, summary: r.summary, path: file.display) }
                progress(state.docs.count, state.bytes)
            }
        }
        // Files come in name order, so the documents are mostly in id order already.
        if !state.docs.isSorted(by: { $0.id < $1.id }) {
            let order = state.docs.indices.sorted { state.docs[$0].id < state.docs[$1].id }
            state.docs = order.map { state.docs[$0] }; state.stamps = order.map { state.stamps[$0] }
            state.summaries = order.map { state.summaries[$0] }
        }
        var loaded = Loaded(documents: state.docs, problems: state.problems, fileStamps: state.stamps, fileSummaries: state.summaries)
        loaded.undatedPublished = defaultPublished?.iso ?? "-"
        return loaded
    }

    /// A path's bytes, hashed as one block (an array of bytes hashes each byte apart).
    struct PathKey: Hashable {
        let bytes: [UInt8]
        func hash(into h: inout Hasher) { bytes.withUnsafeBytes { h.combine(bytes: $0) } }
    }

    /// Files read concurrently before they are taken in order.
    static let batch = 256

    /// What `load` has gathered so far.
    private struct LoadState {
        var bytes = 0
        var docs: [Document] = [], problems: [LoadProblem] = []
        var seenIDs: [String: Int] = [:]
        /// A file with another's bytes is noted and skipped: one source counts once.
        var seenHashes: [String: String] = [:]
        /// Each document's stamp and summary, in `docs`' order.
        var stamps: [FileStamp?] = [], summaries: [DocumentSummary?] = []

        mutating func add(_ result: Result<Document, LoadProblem>, stamp: FileStamp?, summary: DocumentSummary?, path: String) {
            switch result {
            case .success(var doc):
                // One hash per table for the usual new file (a duplicate puts the first path back).
                if let first = seenHashes.updateValue(doc.path, forKey: doc.sha256) {
                    seenHashes[doc.sha256] = first
                    problems.append(LoadProblem(kind: .duplicate, path: doc.path, message: "same bytes as \(first); counted once",
                                                help: "nothing to do; remove one copy to silence this"))
                    return
                }
                if let offsets = doc.storedOffsets { problems.append(CorpusLoader.decodedWarning(doc, offsets)) }
                if let n = seenIDs.updateValue(1, forKey: doc.id) { seenIDs[doc.id] = n + 1; doc.id += "-\(n + 1)" }
                docs.append(doc); stamps.append(stamp); summaries.append(summary)
                bytes += doc.article.isLoaded ? doc.text.utf8.count : (stamp?.size ?? 0)
            case .failure(let p): problems.append(p)
            }
        }
    }

    /// A path with "." and "x/.." segments and repeated slashes folded, so "dir/a.txt" and "./dir//a.txt" are one file.
    /// Read as bytes: a name need not be UTF-8.
    static func canonical(_ path: [UInt8]) -> [UInt8] {
        if isCanonical(path) { return path }
        let dot: [UInt8] = [46], dotdot: [UInt8] = [46, 46]
        var parts: [ArraySlice<UInt8>] = []
        for p in path.split(separator: 47, omittingEmptySubsequences: true) {
            if p.elementsEqual(dot) { continue }
            if p.elementsEqual(dotdot), let last = parts.last, !last.elementsEqual(dotdot) { parts.removeLast(); continue }
            parts.append(p)
        }
        return (path.first == 47 ? [47] : []) + Array(parts.joined(separator: [47]))
    }

    /// Whether `canonical` would give `path` back: no segment is empty, "." or "..", nor does it end with "/" (most
    /// paths, checked without splitting them).
    static func isCanonical(_ path: [UInt8]) -> Bool {
        guard let last = path.last, last != 47 else { return path == [47] }
        var segmentStart = true
        for b in path {
            if segmentStart, b == 47 || b == 46 { return false }   // "//", or a segment starting with "." (maybe "." or "..")
            segmentStart = b == 47
        }
        return true
    }

    /// The warning naming a document read as Windows-1252 (once per file).
    static func decodedWarning(_ doc: Document, _ offsets: StoredOffsets) -> LoadProblem {
        let first = offsets.firstDecoded ?? 0
        let line = 1 + doc.text.utf8.prefix(offsets.text(first)).reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        return LoadProblem(kind: .notUTF8, path: doc.path, line: line,
                           message: "not UTF-8: \(offsets.count) byte\(offsets.count == 1 ? "" : "s") (the first at byte \(first)) read as Windows-1252",
                           help: "check the accents read right; re-save the file as UTF-8 to silence this (iconv -f windows-1252 -t utf-8)")
    }

    /// Reads and validates one file: its size is checked before it is read.
    public func loadFile(_ path: String) -> Result<Document, LoadProblem> { loadFile(FilePath(path)) }

    /// Reads and validates one file given by its bytes' path (a name need not be UTF-8).
    public func loadFile(_ path: FilePath) -> Result<Document, LoadProblem> { loadStamped(path).document }

    /// One file's document, its stamp and summary.
    typealias Stamped = (document: Result<Document, LoadProblem>, stamp: FileStamp?, summary: DocumentSummary?)

    /// As `loadFile`, with the file's stamp and summary. A file `known` with the same stamp is not hashed again, and
    /// not read at all when its summary is known (its text is read when first needed).
    func loadStamped(_ path: FilePath) -> Stamped {
        let display = path.display
        if let k = known[display], let summary = k.summary, k.stamp.size <= maxFileBytes,
           FileSystem.stamp(of: path, settled: settled) == k.stamp {
            return (.success(unread(path, summary: summary, sha256: k.sha256)), k.stamp, summary)
        }
        switch FileSystem.contentsAndStamp(of: path, limit: maxFileBytes, settled: settled) {
        case .success(let read?):
            let known = read.stamp.flatMap { s in self.known[display].flatMap { $0.stamp == s ? $0.sha256 : nil } }
            switch summarised(read.bytes, path: display, sha256: known) {
            case .success(let (doc, summary)): return (.success(doc), read.stamp, summary)
            case .failure(let p): return (.failure(p), read.stamp, nil)
            }
        case .success(nil):
            return (.failure(ArticleValidator.tooLarge(path: display, maxBytes: maxFileBytes)), nil, nil)
        case .failure(let e):
            return (.failure(Self.readProblem(e, path: display)), nil, nil)
        }
    }

    /// The document of a known, unchanged file, its text read from the file when first needed.
    func unread(_ path: FilePath, summary: DocumentSummary, sha256: String) -> Document {
        var front = summary.frontMatter
        if front.published == nil { front.published = defaultPublished }
        let display = path.display, limit = maxFileBytes
        return Document(id: Self.documentID(display), path: display, frontMatter: front,
                        article: ArticleText(reading: { Self.text(of: path, limit: limit) }), bodyStart: summary.bodyStart, sha256: sha256)
    }

    /// A file's text as UTF-8 ("" if it can no longer be read: its passages then show empty).
    static func text(of path: FilePath, limit: Int) -> String {
        guard case .success(let bytes?) = FileSystem.contents(of: path, limit: limit) else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The document id of a path: the file name without its extension (as `URL.deletingPathExtension` has it).
    /// Read as UTF-8 bytes (no grapheme breaking: this runs for every file of every run).
    static func documentID(_ path: String) -> String {
        let u = Array(path.utf8), slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var end = u.count
        while end > 1, u[end - 1] == slash { end -= 1 }
        let start = u[..<end].lastIndex(of: slash).map { $0 + 1 } ?? 0
        guard let d = u[start..<end].lastIndex(of: dot), u[start..<d].contains(where: { $0 != dot }), d + 1 < end else {
            return String(decoding: u[start..<end], as: UTF8.self)
        }
        return String(decoding: u[start..<d], as: UTF8.self)
    }

    /// The problem of a file that could not be read.
    static func readProblem(_ e: FileSystemError, path: String) -> LoadProblem {
        e.isNotAFile
            ? LoadProblem(kind: .notAFile, path: path, message: "not a regular file; it is not read",
                          help: "give article files (.txt, .md) or directories of them")
            : LoadProblem(kind: .unreadable, path: path, message: "cannot read the file: \(e.text)",
                          help: "check that you may read it (chmod +r)")
    }

    /// Validates the bytes of one file and makes its Document (no file-system access: the fuzz harness's entry). A file
    /// that is not UTF-8 is decoded (`Windows1252`); its Document keeps the map back to the stored offsets.
    /// `sha256`, when given, is the stored bytes' (known from an earlier reading).
    public func document(from stored: [UInt8], path: String, sha256: String? = nil) -> Result<Document, LoadProblem> {
        summarised(stored, path: path, sha256: sha256).map(\.0)
    }

    /// As `document(from:)`, with the file's summary (nil for a file that is not UTF-8: it is always read).
    func summarised(_ stored: [UInt8], path: String, sha256: String?) -> Result<(Document, DocumentSummary?), LoadProblem> {
        if let p = ArticleValidator.check(stored, path: path, maxBytes: maxFileBytes) { return .failure(p) }
        var bytes = stored, offsets: StoredOffsets? = nil
        if ArticleValidator.firstInvalidUTF8(stored) != nil { (bytes, offsets) = { ($0.utf8, $0.offsets) }(Windows1252.decode(stored)) }
        let fm: FrontMatterParser.Result
        switch FrontMatterParser.parse(bytes, path: path) {
        case .success(let r): fm = r
        case .failure(let p): return .failure(p)
        }
        var front = fm.frontMatter
        if front.published == nil { front.published = defaultPublished }
        var doc = Document(id: Self.documentID(path), path: path, frontMatter: front, text: String(decoding: bytes, as: UTF8.self),
                           bodyStart: fm.bodyStart, sha256: sha256 ?? SHA256.hex(stored))
        doc.storedOffsets = offsets
        return .success((doc, offsets == nil ? DocumentSummary(frontMatter: fm.frontMatter, bodyStart: fm.bodyStart) : nil))
    }
}
