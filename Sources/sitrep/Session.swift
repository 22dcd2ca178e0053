import ArgumentParser
import Foundation
import SitrepCore
import SitrepStore

/// One run: data files loaded, corpus read and analysed, problems reported on stderr.
struct Session {
    /// The data files, loaded only if the run needed them (`lexicon()`).
    let lazyLexicon: LazyLexicon
    let analysis: Analysis
    let dataDirectory: URL
    /// How the corpus index was used (its report, file and problem).
    let index: IndexRun
    /// Seconds per stage of `open` (for `sitrep index`).
    var stages: [(String, Double)] = []
    /// Places and actors for filters, built once when first needed (the browser builds it after its first frame).
    let vocabulary: PreparedVocabulary

    /// `thorough` checks every page of the index before using it (`sitrep index`); with `deferMentions` an analysis
    /// from the index may come with its events' mentions still being read (`Analysis.pendingEvents`: the browser).
    static func open(_ corpus: CorpusOptions, thorough: Bool = false, deferMentions: Bool = false) throws -> Session {
        let (found, tried) = DataLocator.find(explicit: corpus.data)
        guard let data = found else { throw CLIError.noData(tried) }
        let lexicon = LazyLexicon(dataDirectory: data)
        let paths = corpus.paths.isEmpty ? [relativeOrAbsolute(data.appendingPathComponent("articles"))] : corpus.paths
        let choice = IndexChoice(corpus)
        // Without an index the data files are always needed: loaded before the progress line's clock starts, so
        // that it counts the corpus's reading only. With one, only a refresh that must extract loads them.
        if choice.candidates(paths: paths).isEmpty { _ = try? lexicon.get() }
        var loader = CorpusLoader(defaultPublished: corpus.published.flatMap(CalendarDate.init(iso:)))
        let progress = LoadProgress()
        var readSeconds = 0.0
        func load(_ known: @escaping @Sendable () -> [String: KnownFile]) -> CorpusLoader.Loaded {
            let t = Date()
            loader.knownLater = known; loader.workers = corpus.threads
            let loaded = loader.load(filePaths: RawArguments.filePaths(paths), progress: progress.read)
            progress.finish()
            for p in loaded.problems { Terminal.error(p.description) }
            readSeconds = Date().timeIntervalSince(t)
            return loaded
        }
        let t1 = Date(), loadedBefore = lexicon.seconds != nil
        let run: IndexRun
        do {
            defer { progress.finish() }
            run = try IndexRun.analyse(lexicon, dataDirectory: data, load: load, choice: choice, paths: paths, workers: corpus.threads,
                                       thorough: thorough, deferMentions: deferMentions, stage: progress.stage)
        } catch let e as LexiconError { throw CLIError.dataFiles(e) }
        // The data files' time, and the rest of the run without it when they were loaded during it.
        let lexSeconds = lexicon.seconds ?? 0, during = loadedBefore ? 0 : lexSeconds
        let stages = [("data files", lexSeconds), ("read and hash articles", readSeconds),
                      ("index and analysis", Date().timeIntervalSince(t1) - readSeconds - during)]
        return Session(lazyLexicon: lexicon, analysis: run.analysis, dataDirectory: data, index: run,
                       stages: lexicon.seconds == nil ? Array(stages.dropFirst()) : stages,
                       vocabulary: PreparedVocabulary(lexicon: lexicon, analysis: run.analysis))
    }

    /// The data files (loaded now if the run did not need them), or the error naming what is wrong with them.
    func lexicon() throws -> Lexicon {
        do { return try lazyLexicon.get() } catch let e as LexiconError { throw CLIError.dataFiles(e) }
    }

    /// The path as the user would write it: relative to the working directory when inside it.
    static func relativeOrAbsolute(_ u: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let p = u.standardizedFileURL.path
        return p.hasPrefix(cwd + "/") ? String(p.dropFirst(cwd.count + 1)) : p
    }

    var timeline: Timeline { Timeline(analysis) }

    /// "read and hash articles 0.17 s, index and analysis 0.26 s (open 0.00 s, …)": the run's stages and the index's.
    func stageLine(digits: Int) -> String {
        stages.map { "\($0.0) " + String(format: "%.\(digits)f s", $0.1) }.joined(separator: ", ")
            + (index.stages.list.isEmpty ? "" : " (" + index.stages.summary(digits: digits) + ")")
    }

    /// The analysis with whole events (waiting for pending ones). Events that cannot be read back mean a damaged
    /// index: it is set aside (the next run rebuilds it) and the error says so.
    func wholeAnalysis() throws -> Analysis {
        do { return try analysis.completed() } catch { throw damagedIndex() }
    }

    /// The error for an index whose events could not be read back, after setting the file aside.
    func damagedIndex() -> CLIError {
        let path = index.path ?? ""
        try? IndexOpener.setAside(path)
        return .damagedIndex(path)
    }

    /// Exit code after output: the first load problem's code, else the index's (80 rebuilt, 81 not used), or 0.
    var exitCode: Int32 { analysis.problems.lazy.map(\.kind.exitCode).first { $0 != 0 } ?? index.exitCode }

    func finish() throws {
        if exitCode != 0 {
            if analysis.documents.isEmpty { Terminal.error("No article could be read.") }
            throw ExitCode(exitCode)
        }
    }
}

/// Opens the corpus, resolves the filters, runs `body`, then exits with the first load problem's code.
/// `deferMentions`: see `Session.open`.
func withSession(_ corpus: CorpusOptions, _ filters: FilterOptions, deferMentions: Bool = false,
                 _ body: (Session, EventFilter) throws -> Void) throws {
    try runReporting {
        let s = try Session.open(corpus, deferMentions: deferMentions)
        if !filters.place.isEmpty || !filters.actor.isEmpty { _ = try s.lexicon() }   // a data-file error, said as one
        var f = try filters.resolve(with: s.vocabulary, documents: s.analysis.documents)
        if !filters.verdict.isEmpty || !filters.tag.isEmpty {
            f.eventIDs = AnnotationAccess.events(in: try AnnotationAccess.existing(s), verdicts: filters.verdict, tags: filters.tag)
            f.eventIDsLabel = (filters.verdict.map { "verdict: " + $0 } + filters.tag.map { "tag: " + $0 }).joined(separator: " · ")
        }
        try body(s, f)
        try s.finish()
    }
}

/// Runs a body and turns CLI errors into their message and exit code.
func runReporting(_ body: () throws -> Void) throws {
    do { try body() } catch let e as CLIError {
        if !e.description.isEmpty { Terminal.error(e.description) }
        throw ExitCode(e.exitCode)
    }
}
