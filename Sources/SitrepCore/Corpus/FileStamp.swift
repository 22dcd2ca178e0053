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
        // Five decimal numbers (the times may be negative), read from the bytes: thousands are read on every run.
        var fields: [(negative: Bool, magnitude: UInt64)] = [], value: UInt64 = 0, negative = false, digits = 0
        for b in text.utf8 {
            switch b {
            case 48...57:
                let (v, o1) = value.multipliedReportingOverflow(by: 10), (w, o2) = v.addingReportingOverflow(UInt64(b - 48))
                guard !o1, !o2 else { return nil }
                value = w; digits += 1
            case 45 where digits == 0 && !negative: negative = true
            case 32 where digits > 0: fields.append((negative, value)); value = 0; negative = false; digits = 0
            default: return nil
            }
        }
        guard digits > 0 else { return nil }
        fields.append((negative, value))
        func signed(_ f: (negative: Bool, magnitude: UInt64)) -> Int64? {
            guard f.magnitude <= UInt64(Int64.max) else { return nil }
            return f.negative ? -Int64(f.magnitude) : Int64(f.magnitude)
        }
        guard fields.count == 5, !fields[0].negative, !fields[3].negative, !fields[4].negative,
              let size = signed(fields[0]), let m = signed(fields[1]), let c = signed(fields[2]) else { return nil }
        self.init(size: Int(size), modified: m, changed: c, inode: fields[3].magnitude, device: fields[4].magnitude)
    }
}

/// A file as an earlier run read it: its stamp then, the SHA-256 of its bytes and, when known, what it said besides
/// its text (`CorpusLoader.known`: with a summary, an unchanged file is not even read until its text is needed).
public struct KnownFile: Hashable, Sendable {
    public var stamp: FileStamp
    public var sha256: String
    public var summary: DocumentSummary?
    public init(stamp: FileStamp, sha256: String, summary: DocumentSummary? = nil) {
        self.stamp = stamp; self.sha256 = sha256; self.summary = summary
    }
}

/// What a UTF-8 article file says besides its text: its front matter as written (before `--published` fills a
/// missing date) and where its body starts.
public struct DocumentSummary: Hashable, Sendable {
    public var frontMatter: FrontMatter
    public var bodyStart: Int
    public init(frontMatter: FrontMatter, bodyStart: Int) { self.frontMatter = frontMatter; self.bodyStart = bodyStart }
}
