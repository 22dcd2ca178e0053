import Foundation
import SitrepCore

/// Where a corpus's index lives: `.sitrep/sitrep.sqlite` in the corpus folder when it is writable, else under the
/// user's data directory (`$XDG_DATA_HOME/sitrep`, default `~/.local/share/sitrep`), named after the folder's path.
public enum IndexLocation {
    public static let folderName = ".sitrep"
    public static let fileName = "sitrep.sqlite"

    /// The corpus folder of the paths given: the first directory among them, else the folder holding the first file.
    public static func corpusFolder(paths: [String], cwd: String = FileManager.default.currentDirectoryPath) -> URL {
        let urls = paths.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true)).standardizedFileURL }
        var isDir: ObjCBool = false
        if let dir = urls.first(where: { FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDir) && isDir.boolValue }) {
            return dir
        }
        return urls.first?.deletingLastPathComponent() ?? URL(fileURLWithPath: cwd)
    }

    /// The default index file for a corpus folder.
    public static func defaultPath(corpusFolder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let inCorpus = corpusFolder.appendingPathComponent(folderName)
        if writable(inCorpus, parent: corpusFolder) { return inCorpus.appendingPathComponent(fileName).path }
        return dataHomePath(corpusFolder: corpusFolder, environment: environment)
    }

    /// The corpus's index under the user's data directory.
    public static func dataHomePath(corpusFolder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        dataHome(environment).appendingPathComponent("sitrep").appendingPathComponent(keyedName(corpusFolder)).path
    }

    /// `$XDG_DATA_HOME`, else `~/.local/share`.
    static func dataHome(_ env: [String: String]) -> URL {
        if let x = env["XDG_DATA_HOME"], x.hasPrefix("/") { return URL(fileURLWithPath: x) }
        let home = env["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share")
    }

    /// "articles-1a2b3c4d5e6f7a8b.sqlite": the folder's name and a hash of its absolute path.
    static func keyedName(_ folder: URL) -> String {
        let path = folder.standardizedFileURL.path
        let safe = String(folder.lastPathComponent.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }.prefix(40))
        return "\(safe.isEmpty ? "corpus" : safe)-\(SHA256.hex(Array(path.utf8)).prefix(16)).sqlite"
    }

    /// Whether the `.sitrep` folder exists and is writable, or can be made in a writable corpus folder.
    static func writable(_ folder: URL, parent: URL) -> Bool {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder.path, isDirectory: &isDir) { return isDir.boolValue && access(folder.path, W_OK | X_OK) == 0 }
        return access(parent.path, W_OK | X_OK) == 0
    }
}
