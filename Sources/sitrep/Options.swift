import ArgumentParser
import Foundation
import SitrepCore

/// Which articles to read, and how.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files or directories (default: the bundled Data/articles).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Publication date for articles whose front matter has none (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("Folder with sitrep's data files (default: the bundled Data).", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("Threads for reading articles (default: all cores). The output does not depend on it.", valueName: "n"))
    var workers: Int?

    /// The threads to use: as given, else every core.
    var threads: Int { workers ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: ArgumentHelp("The corpus index to use (default: .sitrep/sitrep.sqlite in the corpus folder, else under $XDG_DATA_HOME/sitrep).",
                               valueName: "file"))
    var index: String?

    @Flag(name: .customLong("no-index"), help: "Neither read nor write the corpus index: read and extract every article.")
    var noIndex = false

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers '\(workers)' must be at least 1, e.g. --workers 2") }
        if noIndex && index != nil { throw ValidationError("--index and --no-index exclude each other; give one") }
        if let p = published, CalendarDate(iso: p) == nil {
            throw ValidationError("--published '\(Sanitize.oneLine(p, limit: 60))' is not a date; write it as YYYY-MM-DD, e.g. 2024-12-01")
        }
    }
}

/// Filters shared by every view.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only events in this place or inside it (a town, province or country; variants accepted).", valueName: "place"))
    var place: [String] = []
    @Option(help: ArgumentHelp("Only events involving this actor (canonical name or alias, e.g. HTS).", valueName: "actor"))
    var actor: [String] = []
    @Option(help: ArgumentHelp("Only events of this ACLED type or sub-event type (e.g. Battles, Remote, \"Air/drone strike\").", valueName: "type"))
    var type: [String] = []
    @Option(help: ArgumentHelp("Only events on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?
    @Option(help: ArgumentHelp("Only events on or before this date (YYYY-MM-DD).", valueName: "date"))
    var until: String?
    @Option(help: ArgumentHelp("Only events reported by this outlet or document id.", valueName: "source"))
    var source: [String] = []
    @Option(help: ArgumentHelp("Only events an analyst marked so: confirmed, disputed or dismissed (see sitrep annotate).", valueName: "verdict"))
    var verdict: [String] = []
    @Option(help: ArgumentHelp("Only events an analyst tagged so.", valueName: "tag"))
    var tag: [String] = []

    func validate() throws {
        for (flag, v) in [("--since", since), ("--until", until)] {
            if let v, CalendarDate(iso: v) == nil { throw ValidationError("\(flag) '\(Sanitize.oneLine(v, limit: 60))' is not a date; write it as YYYY-MM-DD") }
        }
        if let s = since.flatMap(CalendarDate.init(iso:)), let u = until.flatMap(CalendarDate.init(iso:)), u < s {
            throw ValidationError("--since \(s.iso) is after --until \(u.iso): no event can match; swap them")
        }
        for v in verdict where !["confirmed", "disputed", "dismissed"].contains(v) {
            throw ValidationError("--verdict '\(Sanitize.oneLine(v, limit: 40))' is not a verdict; use confirmed, disputed or dismissed")
        }
        for t in type where EventType.named(t) == nil && EventType.subEventNamed(t) == nil {
            let known = EventType.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw ValidationError("--type '\(Sanitize.oneLine(t, limit: 60))' is not an ACLED event type or sub-event type; use one of \(known), "
                                  + "or a sub-event type such as \"Air/drone strike\" or \"Armed clash\"")
        }
    }

    /// The filter, or an error naming the value that matched nothing.
    func resolve(with vocabulary: any FilterVocabulary, documents: [Document]) throws -> EventFilter {
        var f = EventFilter(types: type.compactMap(EventType.named), since: since.flatMap(CalendarDate.init(iso:)),
                            until: until.flatMap(CalendarDate.init(iso:)), sources: source,
                            subEventTypes: type.filter { EventType.named($0) == nil }.compactMap(EventType.subEventNamed))
        for p in place {
            let found = vocabulary.places(named: p)
            guard !found.isEmpty else { throw CLIError.unknownFilter(flag: "--place", value: p, hint: "a town, province or country name, e.g. --place Syria") }
            f.places += found
        }
        for a in actor {
            let found = vocabulary.actors(named: a)
            guard !found.isEmpty else { throw CLIError.unknownFilter(flag: "--actor", value: a, hint: "a name or alias from Data/actors.tsv, e.g. --actor HTS") }
            f.actors += found
        }
        for s in source where !documents.contains(where: { $0.id.lowercased() == s.lowercased() || $0.outlet.lowercased() == s.lowercased() }) {
            let known = Set(documents.map(\.outlet)).sorted().joined(separator: ", ")
            throw CLIError.unknownFilter(flag: "--source", value: s, hint: "an outlet or document id of the corpus (\(known))")
        }
        return f
    }
}
