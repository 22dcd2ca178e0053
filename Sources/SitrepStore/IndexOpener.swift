import Foundation

/// Opens the index at a path, creating its folder; a file there that is not a usable index is set aside
/// (renamed to `FILE.bad`, never deleted) and a new index made in its place.
public enum IndexOpener {
    /// The index, and the problem met with the file that was there before (nil when it opened as it was).
    public static func open(path: String, thorough: Bool = false) throws -> (CorpusIndex, IndexError?) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw IndexError.cannotWrite(path: path, reason: "cannot create its folder: \(error.localizedDescription)")
        }
        do { return (try CorpusIndex.open(path: path, thorough: thorough), nil) } catch IndexError.unusable(let p, let reason) {
            try setAside(path)
            return (try CorpusIndex.open(path: path), .unusable(path: p, reason: reason))
        }
    }

    /// Where an unusable file is moved.
    public static func asidePath(_ path: String) -> String { path + ".bad" }

    /// Renames the file (and SQLite's -wal and -shm beside it) to `FILE.bad…`, replacing an earlier one.
    public static func setAside(_ path: String) throws {
        let fm = FileManager.default
        for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
            let target = asidePath(path) + suffix
            try? fm.removeItem(atPath: target)
            do { try fm.moveItem(atPath: path + suffix, toPath: target) } catch {
                throw IndexError.cannotWrite(path: path, reason: "cannot move the unusable file aside: \(error.localizedDescription)")
            }
        }
    }
}
