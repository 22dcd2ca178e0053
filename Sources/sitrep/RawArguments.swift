import Foundation
import SitrepCore

/// Command-line paths as the shell gave them: Swift decodes arguments that are not UTF-8 with U+FFFD, which names no
/// file; such a path is taken from the process's raw argument bytes instead.
enum RawArguments {
    /// `paths` as file paths, each one that holds U+FFFD replaced by the raw argument it was decoded from.
    static func filePaths(_ paths: [String]) -> [FilePath] {
        paths.map { p in
            guard p.contains("\u{FFFD}"), let raw = raw(decodingTo: p) else { return FilePath(p) }
            return FilePath(raw)
        }
    }

    /// The raw bytes of the first argument whose lossy UTF-8 decoding is `text`.
    static func raw(decodingTo text: String) -> [UInt8]? {
        for i in 1..<Int(CommandLine.argc) {
            guard let c = CommandLine.unsafeArgv[i] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self), count: strlen(c)))
            if String(decoding: bytes, as: UTF8.self) == text { return bytes }
        }
        return nil
    }
}
