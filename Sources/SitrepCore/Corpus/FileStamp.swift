/// What `stat` tells of a file's contents without reading them: size, modification and status-change times (to the
/// nanosecond), inode and device. Two readings with the same stamp read the same bytes, unless a file was rewritten
/// within one tick of the file system's clock; `FileSystem` gives no stamp for a file changed in the last second.
public struct FileStamp: Hashable, Sendable, CustomStringConvertible {
    public var size: Int
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64
    public var device: UInt64

    public init(size: Int, modified: Int64, changed: Int64, inode: UInt64, device: UInt64) {
        self.size = size; self.modified = modified; self.changed = changed; self.inode = inode; self.device = device
    }

    /// "size modified changed inode device", the times in nanoseconds since 1970.
    public var description: String { "\(size) \(modified) \(changed) \(inode) \(device)" }

    /// Reads `description` back; nil for anything else.
    public init?(_ text: String) {
        let p = text.split(separator: " ")
        guard p.count == 5, let s = Int(p[0]), let m = Int64(p[1]), let c = Int64(p[2]), let i = UInt64(p[3]),
              let d = UInt64(p[4]) else { return nil }
        self.init(size: s, modified: m, changed: c, inode: i, device: d)
    }
}

/// A file as an earlier run read it: its stamp then and the SHA-256 of its bytes (`CorpusLoader.known`).
public struct KnownFile: Hashable, Sendable {
    public var stamp: FileStamp
    public var sha256: String
    public init(stamp: FileStamp, sha256: String) { self.stamp = stamp; self.sha256 = sha256 }
}
