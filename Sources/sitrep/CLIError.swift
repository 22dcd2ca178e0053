import ArgumentParser
import SitrepCore

/// Errors the command line reports with a message, a hint and a distinct exit code.
enum CLIError: Error, CustomStringConvertible {
    case unknownFilter(flag: String, value: String, hint: String)
    case dataFiles(LexiconError)
    case noData(String)
    case unknownEvent(String)
    case output(String, String)

    var description: String {
        switch self {
        case .unknownFilter(let flag, let value, let hint):
            return "Error: \(flag) '\(Sanitize.oneLine(value, limit: 60))' matches nothing.\nHelp: give \(Sanitize.line(hint))."
        case .dataFiles(let e):
            return "Error: invalid data file: \(Sanitize.line(String(describing: e)))\nHelp: fix that line, or restore the file from the repository."
        case .noData(let looked):
            return "Error: cannot find sitrep's data folder (looked in \(Sanitize.line(looked))).\nHelp: run from the sitrep checkout, or pass --data DIR or set SITREP_DATA."
        case .unknownEvent(let id):
            return "Error: no event '\(Sanitize.oneLine(id, limit: 40))' in this corpus.\nHelp: run 'sitrep list' to see event ids."
        case .output(let path, let why):
            return "Error: cannot write '\(Sanitize.line(path))': \(Sanitize.line(why))\nHelp: check the folder exists and is writable."
        }
    }

    var exitCode: Int32 {
        switch self {
        case .unknownFilter: 64
        case .dataFiles: 78
        case .noData: 79
        case .unknownEvent: 65
        case .output: 73
        }
    }
}
