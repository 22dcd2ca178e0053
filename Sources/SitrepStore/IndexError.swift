import Foundation
import GRDB

/// Why the index could not be used.
public enum IndexError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not a usable sitrep index (another program's database, damaged, truncated).
    case unusable(path: String, reason: String)
    /// The index cannot be created or written (no such folder, permission denied, disk full).
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .unusable(let p, let r): "\(p): not a usable sitrep index (\(r))"
        case .cannotWrite(let p, let r): "\(p): cannot write the index (\(r))"
        }
    }

    /// A database error met at `path`, as unusable (the file's content is wrong) or cannot-write (everything else).
    static func classify(_ error: any Error, path: String) -> IndexError {
        if let e = error as? IndexError { return e }
        if let e = error as? DatabaseError, [.SQLITE_NOTADB, .SQLITE_CORRUPT].contains(e.resultCode) {
            return .unusable(path: path, reason: describe(error))
        }
        if error is DecodingError || error is BinaryReader.Damaged { return .unusable(path: path, reason: "a cached value cannot be read") }
        return .cannotWrite(path: path, reason: describe(error))
    }

    /// SQLite's message without the SQL, for a one-line report.
    static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "SQLite error \(e.resultCode.rawValue)" }
        return String(describing: error)
    }
}
