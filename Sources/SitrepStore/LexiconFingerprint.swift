import Foundation
import SitrepCore

/// What every cached extraction depends on besides its document: the data files' bytes, the extractor's version,
/// and the build (any rebuilt binary may extract differently).
public enum LexiconFingerprint {
    /// Folders of the data directory that hold no lexicon (articles, gold annotations, build scripts).
    static let skipped: Set<String> = ["articles", "gold", "build"]

    /// A hex SHA-256 over each data file's relative path and bytes (sorted by path), the version and `build`.
    public static func compute(dataDirectory: URL, build: String) throws -> String {
        var input = Array("sitrep-extractor \(DocumentExtractor.version)\nbuild \(build)\n".utf8)
        for (name, url) in try files(under: dataDirectory, prefix: "") {
            input += Array("\(name)\n".utf8)
            input += Array(try Data(contentsOf: url))
        }
        return SHA256.hex(input)
    }

    /// A cheap stand-in for `compute`'s input: each data file's relative path, size and modification time, the
    /// version and `build`. Equal stamps (same files, untouched) mean an equal fingerprint, so it is not hashed again.
    public static func stamp(dataDirectory: URL, build: String) throws -> String {
        var lines = ["sitrep-extractor \(DocumentExtractor.version)", "build \(build)"]
        for (name, url) in try files(under: dataDirectory, prefix: "") {
            let a = try FileManager.default.attributesOfItem(atPath: url.path)
            let size = (a[.size] as? NSNumber)?.int64Value ?? -1
            let time = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            lines.append("\(name)\t\(size)\t\(time)")
        }
        return SHA256.hex(Array(lines.joined(separator: "\n").utf8))
    }

    /// Regular files under `dir`, hidden entries and the skipped folders left out, sorted by relative path.
    static func files(under dir: URL, prefix: String) throws -> [(String, URL)] {
        let fm = FileManager.default
        var out: [(String, URL)] = []
        for name in try fm.contentsOfDirectory(atPath: dir.path).sorted() where !name.hasPrefix(".") {
            let url = dir.appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                if !skipped.contains(name) { out += try files(under: url, prefix: prefix + name + "/") }
            } else {
                out.append((prefix + name, url))
            }
        }
        return out
    }

    /// The running executable's size and modification time: a cheap stand-in for its build.
    public static func buildStamp(executable: URL? = Bundle.main.executableURL) -> String {
        guard let path = executable?.resolvingSymlinksInPath().path else { return "unknown" }
        guard let a = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (a[.size] as? NSNumber)?.int64Value ?? 0
        let time = (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)@\(time)"
    }
}
