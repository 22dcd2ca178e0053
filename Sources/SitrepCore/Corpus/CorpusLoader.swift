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

    /// Loads every article under `paths` (files or directories, recursively).
    public func load(paths: [String]) -> Loaded {
        var docs: [Document] = [], problems: [LoadProblem] = []
        var seenIDs: [String: Int] = [:]
        for path in paths {
            let (files, problem) = articleFiles(under: path)
            if let problem { problems.append(problem) }
            for file in files {
                switch loadFile(file) {
                case .success(var doc):
                    if let n = seenIDs[doc.id] { seenIDs[doc.id] = n + 1; doc.id += "-\(n + 1)" } else { seenIDs[doc.id] = 1 }
                    docs.append(doc)
                case .failure(let p): problems.append(p)
                }
            }
        }
        return Loaded(documents: docs.sorted { $0.id < $1.id }, problems: problems)
    }

    /// Article files under one path, in name order, or a problem when it is missing or holds none.
    public func articleFiles(under path: String) -> ([String], LoadProblem?) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            return ([], LoadProblem(kind: .missingPath, path: path, message: "no such file or directory",
                                    help: "check the path, or run without paths to use the bundled articles"))
        }
        guard isDir.boolValue else { return ([path], nil) }
        let base = URL(fileURLWithPath: path)
        let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                    options: [.skipsHiddenFiles])
        var files: [String] = []
        while let url = walker?.nextObject() as? URL {
            guard Self.articleExtensions.contains(url.pathExtension.lowercased()) else { continue }
            let rel = url.path.hasPrefix(base.path) ? String(url.path.dropFirst(base.path.count)) : "/" + url.lastPathComponent
            files.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + rel)
        }
        files.sort()
        if files.isEmpty {
            return ([], LoadProblem(kind: .emptyDirectory, path: path, message: "directory holds no .txt or .md articles",
                                    help: "put article files (.txt, .md) in it, or give another path"))
        }
        return (files, nil)
    }

    /// Reads and validates one file.
    public func loadFile(_ path: String) -> Result<Document, LoadProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(LoadProblem(kind: .unreadable, path: path, message: "cannot read the file",
                                        help: "check that it exists and that you may read it"))
        }
        let bytes = [UInt8](data)
        if let p = ArticleValidator.check(bytes, path: path, maxBytes: maxFileBytes) { return .failure(p) }
        let fm: FrontMatterParser.Result
        switch FrontMatterParser.parse(bytes, path: path) {
        case .success(let r): fm = r
        case .failure(let p): return .failure(p)
        }
        var front = fm.frontMatter
        if front.published == nil { front.published = defaultPublished }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return .success(Document(id: id, path: path, frontMatter: front, text: String(decoding: bytes, as: UTF8.self),
                                 bodyStart: fm.bodyStart, sha256: SHA256.hex(bytes)))
    }
}
