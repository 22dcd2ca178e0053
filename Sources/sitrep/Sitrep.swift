import ArgumentParser
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
        subcommands: [Browse.self, List.self, Export.self, Disagreements.self, Show.self, Bench.self, Explain.self],
        defaultSubcommand: Browse.self)
}
