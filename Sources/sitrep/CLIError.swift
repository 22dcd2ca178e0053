import ArgumentParser
import SitrepCore
import SitrepStore

/// Errors the command line reports with a message, a hint and a distinct exit code.
enum CLIError: Error, CustomStringConvertible {
    case unknownFilter(flag: String, value: String, hint: String)
    case dataFiles(LexiconError)
    case noData(String)
    case unknownEvent(String)
    case output(String, String)
    /// Standard output could not be written (a full disk, a closed descriptor), with the cause.
    case stdout(String)
    /// The reader of standard output went away (`| head`): the run ends quietly.
    case closedPipe
    /// The annotations file cannot be used, or an import file cannot be read.
    case annotations(String)
    /// The index's events could not be read back (a damaged file): it was set aside, to be rebuilt by the next run.
    case damagedIndex(String)

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
            return "Error: cannot write '\(Sanitize.line(path))': \(Sanitize.line(why))\nHelp: check the folder exists, is writable and has space left."
        case .stdout(let why):
            return "Error: cannot write output: \(why)\nHelp: send the output to a file or a program that can take it (free some space; -o FILE)."
        case .closedPipe:
            return ""
        case .annotations(let why):
            return "Error: \(Sanitize.line(why))\nHelp: give --index FILE in a writable folder (annotations live beside it, in FILE-annotations.sqlite)."
        case .damagedIndex(let path):
            return "Error: the corpus index \(Sanitize.line(path)) is damaged: its events could not be read back; it was moved to "
                + "\(Sanitize.line(IndexOpener.asidePath(path)))\nHelp: run the command again: it builds a new index (your annotations are kept)."
        }
    }

    var exitCode: Int32 {
        switch self {
        case .unknownFilter: 64
        case .dataFiles: 78
        case .noData: 79
        case .unknownEvent: 65
        case .output: 73
        case .stdout: 75
        case .annotations: 82
        case .damagedIndex: 83
        case .closedPipe: 141   // as a process killed by SIGPIPE, like other tools at the head of a closed pipe
        }
    }
}
