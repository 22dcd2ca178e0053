import ArgumentParser
import Foundation
import SitrepCore

/// `sitrep list`: the timeline as text.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the timeline: events by date, oldest first, grouped by place.")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions

    func run() throws {
        try withSession(corpus, filters) { s, f in
            let report = TimelineReport(style: TextStyle(enabled: Terminal.colour), outlets: s.timeline.outlets)
            try Terminal.write(report.render(s.timeline.events(matching: f), total: s.analysis.events.count))
        }
    }
}

/// `sitrep disagreements`: disputed fields, claims side by side.
struct Disagreements: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show where sources disagree: each disputed field with every source's claim and quote.")
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions

    func run() throws {
        try withSession(corpus, filters) { s, f in
            let report = DisagreementReport(style: TextStyle(enabled: Terminal.colour), analysis: s.analysis)
            try Terminal.write(report.render(s.timeline.disagreements(matching: f)))
        }
    }
}

/// `sitrep show EVENT-ID`: one event and every passage reporting it.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one event and every passage that reports it, with context.")
    @Argument(help: "The event id, as printed by 'sitrep list' and the browser (e.g. ev-1a2b3c4d5e), or its start (1a2b).") var event: String
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try runReporting {
            let s = try Session.open(corpus)
            let e = try EventLookup.find(event, in: s.analysis)
            try Terminal.write(DisagreementReport(style: TextStyle(enabled: Terminal.colour), analysis: s.analysis).show(e))
            try s.finish()
        }
    }
}

/// `sitrep export`: sitrep/1 JSON or ACLED-style CSV.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Export events and disagreements as sitrep/1 JSON or ACLED-style CSV.")
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }
    @Option(help: "Output format: json or csv.") var format: Format = .json
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var filters: FilterOptions

    func run() throws {
        try withSession(corpus, filters) { s, f in
            let events = s.timeline.events(matching: f)
            let notes = AnnotationAccess.forExport(try AnnotationAccess.existing(s))
            try Output.stream(toFile: output) { sink in
                switch format {
                case .json: try JSONExport.write(s.analysis, generator: "sitrep \(Sitrep.version)", events: events,
                                                 disagreements: s.timeline.disagreements(matching: f), annotations: notes, to: sink)
                case .csv: try sink(Data(CSVExport.text(events, outlets: s.timeline.outlets, annotations: notes).utf8))
                }
            }
        }
    }
}
