import Foundation

/// Finds article files under paths and reads them into Documents, collecting problems without stopping.
public struct CorpusLoader: Sendable {
    /// Files larger than this are refused (the limit is generous for news articles).
    public var maxFileBytes: Int
    /// Used for articles without a `published` date (the `--published` option); nil leaves them undated.
    public var defaultPublished: CalendarDate?
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text"]

    public init(maxFileBytes: Int = 20_000_000, defaultPublished: CalendarDate? = nil) {
        self.maxFileBytes = maxFileBytes; self.defaultPublished = defaultPublished
    }

    /// Loaded documents (sorted by id) and the problems met.
    public struct Loaded: Sendable { public var documents: [Document]; public var problems: [LoadProblem] }

    /// Loads every article under `paths` (files or directories, recursively; see `CorpusWalker`).
    public func load(paths: [String], workers: Int = 1) -> Loaded { load(filePaths: paths.map(FilePath.init), workers: workers) }

    /// As above, for paths given as bytes (a command-line argument need not be UTF-8). `progress` is told the
    /// articles read so far and their bytes after each one (for a progress line). `workers` > 1 reads and parses the
    /// files of a batch concurrently; they are taken in order, so the result does not depend on it.
    public func load(filePaths paths: [FilePath], workers: Int = 1,
                     progress: (_ files: Int, _ bytes: Int) -> Void = { _, _ in }) -> Loaded {
        var bytes = 0
        var docs: [Document] = [], problems: [LoadProblem] = []
        var seenIDs: [String: Int] = [:]
        // One source counts once: a path given twice is read once, a file with another's bytes is noted and skipped.
        var seenPaths: Set<[UInt8]> = [], seenHashes: [String: String] = [:]
        let walker = CorpusWalker(articleExtensions: Self.articleExtensions)
        for path in paths {
            let found = walker.files(under: path)
            problems += found.problems
            let files = found.files.filter { seenPaths.insert(Self.canonical($0.bytes)).inserted }
            for result in loadFiles(files, workers: workers) {
                switch result {
                case .success(let doc) where seenHashes[doc.sha256] != nil:
                    problems.append(LoadProblem(kind: .duplicate, path: doc.path,
                                                message: "same bytes as \(seenHashes[doc.sha256]!); counted once",
                                                help: "nothing to do; remove one copy to silence this"))
                case .success(var doc):
                    seenHashes[doc.sha256] = doc.path
                    if let offsets = doc.storedOffsets { problems.append(Self.decodedWarning(doc, offsets)) }
                    if let n = seenIDs[doc.id] { seenIDs[doc.id] = n + 1; doc.id += "-\(n + 1)" } else { seenIDs[doc.id] = 1 }
                    docs.append(doc)
                    bytes += doc.text.utf8.count
                    progress(docs.count, bytes)
                case .failure(let p): problems.append(p)
                }
            }
        }
        return Loaded(documents: docs.sorted { $0.id < $1.id }, problems: problems)
    }

    /// Files read and parsed (`loadFile`) a batch at a time on `workers` threads, handed out in order as they come
    /// (a progress line moves on after each batch).
    func loadFiles(_ files: [FilePath], workers: Int) -> some Sequence<Result<Document, LoadProblem>> {
        stride(from: 0, to: files.count, by: Self.batch).lazy.flatMap { start in
            let batch = Array(files[start..<min(start + Self.batch, files.count)])
            return parallelMap(count: batch.count, workers: workers) { loadFile(batch[$0]) }
        }
    }

    /// Files read concurrently before they are taken in order.
    static let batch = 256

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
    public func loadFile(_ path: FilePath) -> Result<Document, LoadProblem> {
        switch FileSystem.contents(of: path, limit: maxFileBytes) {
        case .failure(let e) where e.isNotAFile:
            return .failure(LoadProblem(kind: .notAFile, path: path.display, message: "not a regular file; it is not read",
                                        help: "give article files (.txt, .md) or directories of them"))
        case .failure(let e):
            return .failure(LoadProblem(kind: .unreadable, path: path.display, message: "cannot read the file: \(e.text)",
                                        help: "check that you may read it (chmod +r)"))
        case .success(nil):
            return .failure(ArticleValidator.tooLarge(path: path.display, maxBytes: maxFileBytes))
        case .success(let bytes?):
            return document(from: bytes, path: path.display)
        }
    }

    /// Validates the bytes of one file and makes its Document (no file-system access: the fuzz harness's entry). A file
    /// that is not UTF-8 is decoded (`Windows1252`); its Document keeps the map back to the stored offsets.
    public func document(from stored: [UInt8], path: String) -> Result<Document, LoadProblem> {
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
                           bodyStart: fm.bodyStart, sha256: SHA256.hex(stored))
        doc.storedOffsets = offsets
        return .success(doc)
    }
}
