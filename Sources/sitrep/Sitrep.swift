import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep`: conflict events from news articles — browse, list, export, disagreements, show, bench.
@main
struct Sitrep: ParsableCommand {
    static let version = "0.1.0"
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Extracts conflict events from news articles and shows them as a timeline, with where sources disagree.",
        discussion: """
            With no PATH, sitrep reads the bundled sample corpus (Data/articles). PATHs are article files \
            (.txt, .md) or directories, read recursively.
            """,
        version: version,
        subcommands: [Browse.self, List.self, Export.self, Disagreements.self, Show.self, Search.self, Index.self, Annotate.self, Annotations.self, Bench.self, Explain.self],
        defaultSubcommand: Browse.self)

    /// ArgumentParser's `main`, with its messages sanitised: an unknown option or a bad value is echoed back, and
    /// must not reach the terminal raw. Help and version go to stdout, errors to stderr, with the parser's exit code.
    static func main() {
        Output.holdClosedStandardDescriptors()
        Output.ignoreBrokenPipeSignal()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = Sanitize.text(fullMessage(for: error))
            if text.isEmpty { Foundation.exit(code.rawValue) }
            guard code == .success else { Terminal.error(text); Foundation.exit(code.rawValue) }
            do { try Terminal.write(text + "\n") } catch {   // --help into a closed pipe or a full disk
                if !error.description.isEmpty { Terminal.error(error.description) }
                Foundation.exit(error.exitCode)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
