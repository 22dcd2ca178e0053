/// Finds the article files under the paths a user gives: directories read recursively (hidden entries skipped),
/// symbolic links to directories followed, each directory read once (a link back to an ancestor is a loop), and every
/// entry that cannot be read reported, never skipped in silence.
struct CorpusWalker {
    var articleExtensions: Set<String>

    /// Article files under `path` in name order, and the problems met on the way.
    func files(under path: String) -> (files: [FilePath], problems: [LoadProblem]) { files(under: FilePath(path)) }

    /// As above, for a path given as bytes (a name need not be UTF-8).
    func files(under root: FilePath) -> (files: [FilePath], problems: [LoadProblem]) {
        let path = root.display
        switch FileSystem.status(root) {
        case .failure(let e):
            return ([], [Self.missing(root, e, given: true)])
        case .success(let st) where st.kind == .directory:
            var walk = Walk(extensions: articleExtensions)
            walk.read(root, identity: st.identity)
            if walk.files.isEmpty && walk.problems.isEmpty {
                walk.problems.append(LoadProblem(kind: .emptyDirectory, path: path, message: "directory holds no .txt or .md articles",
                                                 help: "put article files (.txt, .md) in it, or give another path"))
            }
            // In path order, as the loader always gave them (duplicate ids are numbered in this order).
            return (walk.files.sorted { $0.display < $1.display }, walk.problems)
        case .success(let st) where st.kind == .regular:
            return ([root], [])
        case .success(let st):
            return ([], [Self.notAFile(root, st.kind)])
        }
    }

    /// One walk: what was found, and the directories already read (by device and inode).
    struct Walk {
        var extensions: Set<String>
        var files: [FilePath] = []
        var problems: [LoadProblem] = []
        var seen: Set<[UInt64]> = []

        mutating func read(_ dir: FilePath, identity: [UInt64]) {
            guard seen.insert(identity).inserted else {
                problems.append(LoadProblem(kind: .directoryLoop, path: dir.display,
                                            message: "this directory was already read (a symbolic link leads to it again)",
                                            help: "nothing to do: its articles are read once; remove the link to silence this"))
                return
            }
            switch FileSystem.entries(of: dir) {
            case .failure(let e):
                problems.append(LoadProblem(kind: .unreadable, path: dir.display, message: "cannot read the directory: \(e.text)",
                                            help: "check that you may read it (chmod +rx), or give another path"))
            case .success(let entries):
                for e in entries where e.name.first != 46 {
                    let path = dir.appending(e.name)
                    // A regular file needs no `stat` here (a corpus is mostly files): the loader reads or stats it.
                    if e.isRegular { if extensions.contains(path.pathExtension) { files.append(path) } } else { visit(path) }
                }
            }
        }

        mutating func visit(_ path: FilePath) {
            let isArticle = extensions.contains(path.pathExtension)
            switch FileSystem.status(path) {
            case .failure(let e):
                if isArticle || FileSystem.status(path, followLinks: false).isSuccess { problems.append(CorpusWalker.missing(path, e, given: false)) }
            case .success(let st) where st.kind == .directory:
                read(path, identity: st.identity)
            case .success(let st) where st.kind == .regular:
                if isArticle { files.append(path) }
            case .success(let st):
                if isArticle { problems.append(CorpusWalker.notAFile(path, st.kind)) }
            }
        }
    }

    static func missing(_ path: FilePath, _ e: FileSystemError, given: Bool) -> LoadProblem {
        if e.isMissing, case .success(let l) = FileSystem.status(path, followLinks: false), l.kind == .symlink {
            return LoadProblem(kind: .missingPath, path: path.display, message: "a symbolic link to nothing (its target is gone)",
                               help: "fix or remove the link")
        }
        if e.isMissing {
            return LoadProblem(kind: .missingPath, path: path.display, message: "no such file or directory",
                               help: given ? "check the path, or run without paths to use the bundled articles" : "check the path")
        }
        return LoadProblem(kind: .unreadable, path: path.display, message: "cannot read it: \(e.text)",
                           help: "check that you may read it (and each folder above it)")
    }

    static func notAFile(_ path: FilePath, _ kind: FileStatus.Kind) -> LoadProblem {
        let what = switch kind {
        case .fifo: "a named pipe (FIFO)"
        case .socket: "a socket"
        case .device: "a device"
        default: "not a regular file"
        }
        return LoadProblem(kind: .notAFile, path: path.display, message: "\(what), not an article file; it is not read",
                           help: "give article files (.txt, .md) or directories of them")
    }
}

fileprivate extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}
