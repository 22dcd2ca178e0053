import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on a file beside the index (`FILE.lock`), held while it is opened, checked and migrated: two
/// processes opening a new index at once would otherwise race to switch it to WAL mode (SQLite answers "database is
/// locked" without waiting) and to apply the same migration (GRDB's migrator applies each in its own transaction).
enum OpenLock {
    /// Runs `body` holding the lock on `path` (created if needed; waits for another process holding it).
    static func holding<T>(_ path: String, _ body: () throws -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IndexError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }   // closing releases the lock
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw IndexError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        }
        return try body()
    }
}
