import ArgumentParser
import Foundation
import SitrepCore
import SitrepStore

/// `sitrep annotations`: list the analysts' annotations (attached or orphaned), export or import them as JSON.
struct Annotations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List annotations (--orphaned: those whose event is gone, with their passage); export or import them as JSON.",
        subcommands: [ListAnnotations.self, ExportAnnotations.self, ImportAnnotations.self], defaultSubcommand: ListAnnotations.self)
}

struct ListAnnotations: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Every annotation, by event (the default).")
    @Flag(help: "Only annotations whose event no longer exists, with the passage they were made on.") var orphaned = false
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReporting {
            let s = try Session.open(corpus)
            let all = try AnnotationAccess.store(s).reconcile(events: s.analysis.events, documents: s.analysis.documents)
            let shown = all.filter { !orphaned || $0.event == nil }
            try Terminal.write(shown.map(AnnotationAccess.line).map { $0 + "\n" }.joined())
            try s.finish()
        }
    }
}

struct ExportAnnotations: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Write every annotation as JSON (sitrep-annotations/1).")
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReporting {
            let s = try Session.open(corpus)
            let all = try AnnotationAccess.store(s).reconcile(events: s.analysis.events, documents: s.analysis.documents)
            try Terminal.write(try AnnotationFile(annotations: all).data() + Data("\n".utf8))
            try s.finish()
        }
    }
}

struct ImportAnnotations: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import",
        abstract: "Read annotations from a JSON export; each replaces the one on the same passage, the others are added.")
    @Argument(help: "The JSON file 'sitrep annotations export' wrote.") var file: String
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReporting {
            let list: [Annotation]
            do { list = try AnnotationFile.read(Data(contentsOf: URL(fileURLWithPath: file))).annotations } catch {
                throw CLIError.annotations("\(file): not a sitrep annotations export (\(error.localizedDescription))")
            }
            let s = try Session.open(corpus)
            let store = try AnnotationAccess.store(s)
            try store.importAll(list)
            let all = try store.reconcile(events: s.analysis.events, documents: s.analysis.documents)
            try Terminal.write("imported \(list.count) annotation\(list.count == 1 ? "" : "s"); \(all.filter { $0.event == nil }.count) orphaned\n")
            try s.finish()
        }
    }
}
