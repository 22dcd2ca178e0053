import Foundation

/// Finds the Data folder (gazetteer, lexicons, bundled articles) from any working directory.
enum DataLocator {
    /// `--data`, then $SITREP_DATA, then folders above the executable, the working directory and this source file.
    static func find(explicit: String?) -> (URL?, String) {
        var tried: [String] = []
        func ok(_ u: URL) -> Bool {
            tried.append(u.path)
            return FileManager.default.fileExists(atPath: u.appendingPathComponent("gazetteer/places.tsv").path)
        }
        if let e = explicit { let u = URL(fileURLWithPath: e); return (ok(u) ? u : nil, u.path) }
        if let env = ProcessInfo.processInfo.environment["SITREP_DATA"], !env.isEmpty {
            let u = URL(fileURLWithPath: env); if ok(u) { return (u, "") }
        }
        let exe = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        let starts = [exe.deletingLastPathComponent(), URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                      URL(fileURLWithPath: #filePath).deletingLastPathComponent()]
        for start in starts {
            var dir = start
            for _ in 0..<8 {
                let cand = dir.appendingPathComponent("Data")
                if ok(cand) { return (cand, "") }
                dir = dir.deletingLastPathComponent()
            }
        }
        return (nil, tried.prefix(4).joined(separator: ", "))
    }
}
