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
    var settled: Int64 = 1_000_000_000
    /// Files an earlier run read, by path (`Document.path`): one whose stamp is unchanged is not hashed again.
    public var known: [String: KnownFile] = [:]

    public init(maxFileBytes: Int = 20_000_000, defaultPublished: CalendarDate? = nil) {
        self.maxFileBytes = maxFileBytes; self.defaultPublished = defaultPublished
    }

    /// Loaded documents (sorted by id) and the problems met.
    public struct Loaded: Sendable {
        public var documents: [Document]
        public var problems: [LoadProblem]
        /// Each document's file stamp when it was read, by path (none for a file changed in the last second).
        public var stamps: [String: FileStamp] = [:]
        public init(documents: [Document], problems: [LoadProblem], stamps: [String: FileStamp] = [:]) {
            self.documents = documents; self.problems = problems; self.stamps = stamps
        }
    }

    /// Loads every article under `paths` (files or directories, recursively; see `CorpusWalker`).
    public func load(paths: [String]) -> Loaded { load(filePaths: paths.map(FilePath.init)) }

    /// As above, for paths given as bytes (a command-line argument need not be UTF-8). `progress` is told the
    /// articles read so far and their bytes after each batch (for a progress line). Files are read on `workers`
    /// threads in batches, then taken in order: the result does not depend on the count.
    public func load(filePaths paths: [FilePath], progress: (_ files: Int, _ bytes: Int) -> Void = { _, _ in }) -> Loaded {
        var state = LoadState()
        var seenPaths: Set<[UInt8]> = []   // a path given twice is read once
        let walker = CorpusWalker(articleExtensions: Self.articleExtensions)
        for path in paths {
            let found = walker.files(under: path)
            state.problems += found.problems
            let files = found.files.filter { seenPaths.insert(Self.canonical($0.bytes)).inserted }
            for start in stride(from: 0, to: files.count, by: Self.batch) {
                let batch = Array(files[start..<min(start + Self.batch, files.count)])
                let read = parallelMap(count: batch.count, workers: workers) { loadStamped(batch[$0]) }
                for (file, (result, stamp)) in zip(batch, read) { state.add(result, stamp: stamp, path: file.display) }
                progress(state.docs.count, state.bytes)
            }
        }
        return Loaded(documents: state.docs.sorted { $0.id < $1.id }, problems: state.problems, stamps: state.stamps)
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
        var stamps: [String: FileStamp] = [:]

        mutating func add(_ result: Result<Document, LoadProblem>, stamp: FileStamp?, path: String) {
            if let stamp { stamps[path] = stamp }
            switch result {
            case .success(let doc) where seenHashes[doc.sha256] != nil:
                problems.append(LoadProblem(kind: .duplicate, path: doc.path,
                                            message: "same bytes as \(seenHashes[doc.sha256]!); counted once",
                                            help: "nothing to do; remove one copy to silence this"))
            case .success(var doc):
                seenHashes[doc.sha256] = doc.path
                if let offsets = doc.storedOffsets { problems.append(CorpusLoader.decodedWarning(doc, offsets)) }
                if let n = seenIDs[doc.id] { seenIDs[doc.id] = n + 1; doc.id += "-\(n + 1)" } else { seenIDs[doc.id] = 1 }
                docs.append(doc)
                bytes += doc.text.utf8.count
            case .failure(let p): problems.append(p)
            }
        }
    }

    /// A path with "." and "x/.." segments and repeated slashes folded, so "dir/a.txt" and "./dir//a.txt" are one file.
    /// Read as bytes: a name need not be UTF-8.
    static func canonical(_ path: [UInt8]) -> [UInt8] {
        let dot: [UInt8] = [46], dotdot: [UInt8] = [46, 46]
        var parts: [ArraySlice<UInt8>] = []
        for p in path.split(separator: 47, omittingEmptySubsequences: true) {
            if p.elementsEqual(dot) { continue }
            if p.elementsEqual(dotdot), let last = parts.last, !last.elementsEqual(dotdot) { parts.removeLast(); continue }
            parts.append(p)
        }
        return (path.first == 47 ? [47] : []) + Array(parts.joined(separator: [47]))
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
    public func loadFile(_ path: FilePath) -> Result<Document, LoadProblem> { loadStamped(path).0 }

    /// As `loadFile`, with the file's stamp; the SHA-256 of `known` stands when the stamp is the one it knew.
    func loadStamped(_ path: FilePath) -> (Result<Document, LoadProblem>, FileStamp?) {
        let display = path.display
        switch FileSystem.contentsAndStamp(of: path, limit: maxFileBytes, settled: settled) {
        case .success(let read?):
            let known = read.stamp.flatMap { s in self.known[display].flatMap { $0.stamp == s ? $0.sha256 : nil } }
            return (document(from: read.bytes, path: display, sha256: known), read.stamp)
        case .success(nil):
            return (.failure(ArticleValidator.tooLarge(path: display, maxBytes: maxFileBytes)), nil)
        case .failure(let e):
            return (.failure(Self.readProblem(e, path: display)), nil)
        }
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
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var doc = Document(id: id, path: path, frontMatter: front, text: String(decoding: bytes, as: UTF8.self),
                           bodyStart: fm.bodyStart, sha256: sha256 ?? SHA256.hex(stored))
        doc.storedOffsets = offsets
        return .success(doc)
    }
}
