import Foundation
import SitrepStore

/// Whether and where a run keeps the corpus index: `--no-index`, `--index FILE`, else `SITREP_INDEX` (`off` or a
/// file), else the default location.
enum IndexChoice: Equatable {
    case off
    case file(String)
    case automatic

    init(_ corpus: CorpusOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        if corpus.noIndex { self = .off; return }
        if let f = corpus.index { self = .file(f); return }
        switch environment["SITREP_INDEX"] {
        case nil, "": self = .automatic
        case "off"?: self = .off
        case let f?: self = .file(f)
        }
    }

    /// The files to try in order: the chosen one, or the corpus folder's then the data directory's.
    func candidates(paths: [String]) -> [String] {
        switch self {
        case .off: return []
        case .file(let f): return [f]
        case .automatic:
            let folder = IndexLocation.corpusFolder(paths: paths)
            let first = IndexLocation.defaultPath(corpusFolder: folder)
            let home = IndexLocation.dataHomePath(corpusFolder: folder)
            return first == home ? [first] : [first, home]
        }
    }
}
