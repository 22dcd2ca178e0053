#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path as the file system holds it (bytes: a name need not be UTF-8) and as the user sees it (`display`, with
/// U+FFFD for bytes that are not UTF-8). The only code of the core that calls the operating system.
public struct FilePath: Hashable, Sendable {
    public var bytes: [UInt8] { didSet { display = String(decoding: bytes, as: UTF8.self) } }
    /// Made once: a corpus's every path is shown, looked up and stored by it.
    public private(set) var display: String
    public init(_ bytes: [UInt8]) { self.bytes = bytes; display = String(decoding: bytes, as: UTF8.self) }
    public init(_ string: String) { bytes = Array(string.utf8); display = String(decoding: bytes, as: UTF8.self) }
    /// The last component's bytes.
    public var name: ArraySlice<UInt8> { bytes[((bytes.lastIndex(of: 47) ?? -1) + 1)...] }
    /// The lower-cased extension of the last component ("txt"), or "".
    public var pathExtension: String {
        guard let dot = name.lastIndex(of: 46), dot > name.startIndex else { return "" }
        return String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
    }
    /// `self/child`.
    public func appending(_ child: some Collection<UInt8>) -> FilePath {
        FilePath((bytes.last == 47 ? bytes : bytes + [47]) + child)
    }

    /// Calls `body` with the path as a NUL-terminated C string.
    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// What `stat` says of a path.
public struct FileStatus: Sendable {
    public enum Kind: Sendable { case regular, directory, fifo, socket, device, symlink, other }
    public var kind: Kind
    public var size: Int
    /// Device and inode: a directory's identity, whatever link reached it.
    public var identity: [UInt64]
}

/// The POSIX calls the loader needs, on byte paths; failures carry `errno`'s text.
enum FileSystem {
    /// `stat` (following links) or `lstat`; nil and the error text when it fails.
    static func status(_ path: FilePath, followLinks: Bool = true) -> Result<FileStatus, FileSystemError> {
        var st = stat()
        let rc = path.withCString { followLinks ? stat($0, &st) : lstat($0, &st) }
        guard rc == 0 else { return .failure(FileSystemError(code: errno)) }
        let kind: FileStatus.Kind
        switch st.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFIFO: kind = .fifo
        case S_IFSOCK: kind = .socket
        case S_IFCHR, S_IFBLK: kind = .device
        case S_IFLNK: kind = .symlink
        default: kind = .other
        }
        return .success(FileStatus(kind: kind, size: Int(st.st_size), identity: [UInt64(st.st_dev), UInt64(st.st_ino)]))
    }

    /// The entries of a directory (not "." or ".."): names as bytes, sorted, and whether the directory says the entry
    /// is a regular file (not a link, not a directory: then `status` need not be asked; false when it does not say).
    static func entries(of dir: FilePath) -> Result<[(name: [UInt8], isRegular: Bool)], FileSystemError> {
        guard let d = dir.withCString({ opendir($0) }) else { return .failure(FileSystemError(code: errno)) }
        defer { closedir(d) }
        var out: [(name: [UInt8], isRegular: Bool)] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name != [46] && name != [46, 46] { out.append((name, Int32(e.pointee.d_type) == Int32(DT_REG))) }
        }
        return .success(out.sorted { $0.name.lexicographicallyPrecedes($1.name) })
    }

    /// The bytes of a regular file, never more than `limit` (nil: the file is larger, nothing more is read); the
    /// size is checked before reading, and the bytes are read into one buffer.
    static func contents(of path: FilePath, limit: Int) -> Result<[UInt8]?, FileSystemError> {
        contentsAndStamp(of: path, limit: limit).map { $0?.bytes }
    }

    /// As `contents`, with the file's stamp when it was read (nil when the file changed less than `settled`
    /// nanoseconds before: a change in the same tick of the clock would leave the stamp as it was).
    static func contentsAndStamp(of path: FilePath, limit: Int, settled: Int64 = 1_000_000_000)
        -> Result<(bytes: [UInt8], stamp: FileStamp?)?, FileSystemError> {
        let fd = path.withCString { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else { return .failure(FileSystemError(code: errno)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(FileSystemError(code: errno)) }
        guard st.st_mode & S_IFMT == S_IFREG else { return .failure(FileSystemError(code: EISDIR)) }
        guard Int(st.st_size) <= limit else { return .success(nil) }
        var out = [UInt8](repeating: 0, count: Int(st.st_size) + 1)   // one byte more: a file that grew shows it
        var got = 0
        while got < out.count {
            let n = out.withUnsafeMutableBytes { read(fd, $0.baseAddress! + got, $0.count - got) }
            if n < 0 { if errno == EINTR { continue }; return .failure(FileSystemError(code: errno)) }
            if n == 0 { break }
            got += n
        }
        if got > limit { return .success(nil) }
        out.removeLast(out.count - got)
        return .success((out, stamp(st, size: got, settled: settled)))
    }

    /// The stamp of a regular file from `stat` alone (nil: not one, or changed in the last `settled` nanoseconds).
    static func stamp(of path: FilePath, settled: Int64) -> FileStamp? {
        var st = stat()
        guard path.withCString({ stat($0, &st) }) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        return stamp(st, size: Int(st.st_size), settled: settled)
    }

    /// The stamp of a file read whole (`size` bytes), unless it changed in the last `settled` nanoseconds.
    static func stamp(_ st: stat, size: Int, settled: Int64) -> FileStamp? {
        func ns(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        #if canImport(Darwin)
        let (m, c) = (ns(st.st_mtimespec), ns(st.st_ctimespec))
        #else
        let (m, c) = (ns(st.st_mtim), ns(st.st_ctim))
        #endif
        guard size == Int(st.st_size), max(m, c) <= ns(now) - settled else { return nil }
        return FileStamp(size: size, modified: m, changed: c, inode: UInt64(st.st_ino), device: UInt64(st.st_dev))
    }
}

/// A failed file-system call: `errno` and its text ("permission denied").
struct FileSystemError: Error, Sendable {
    var code: Int32
    var text: String { String(cString: strerror(code)).lowercased() }
    /// Nothing at the path (ENOENT).
    var isMissing: Bool { code == ENOENT }
    /// The path is no regular file (reported by `contents(of:limit:)`).
    var isNotAFile: Bool { code == EISDIR }
}
