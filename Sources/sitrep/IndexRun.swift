import Foundation
import SitrepCore
import SitrepStore

/// One analysis through the corpus index: the index opened (a damaged one set aside and rebuilt, an unwritable
/// location replaced by the next), refreshed, and the problem met reported on stderr.
struct IndexRun {
    var analysis: Analysis
    /// What the refresh found; nil without an index.
    var report: RefreshReport?
    /// The index file used; nil without one.
    var path: String?
    /// The index used (for search); nil without one.
    var index: CorpusIndex?
    /// Seconds to fingerprint the data files and open the index, then the refresh's own stages.
    var stages = Stages()
    /// 80: the file was not a usable index and was rebuilt; 81: no index could be used; 0 otherwise.
    var exitCode: Int32 = 0

    /// `load` reads the corpus once, given the files the index knows (none without an index), after the index is open.
    /// The data files are loaded only when something must be extracted or merged; an error loading them is thrown.
    static func analyse(_ lexicon: LazyLexicon, dataDirectory: URL, load: (@escaping @Sendable () -> [String: KnownFile]) -> CorpusLoader.Loaded, choice: IndexChoice,
                        paths: [String], workers: Int, thorough: Bool = false, deferMentions: Bool = false,
                        stage: (PipelineStage) -> Void = { _ in }) throws -> IndexRun {
        var read: CorpusLoader.Loaded? = nil
        func loaded(_ known: @escaping @Sendable () -> [String: KnownFile]) -> CorpusLoader.Loaded {
            if read == nil { read = load(known) }
            return read!
        }
        func plain() throws -> Analysis {
            let pipeline = Pipeline(lexicon: try lexicon.get())
            let l = loaded({ [:] })
            return pipeline.analyse(documents: l.documents, problems: l.problems, workers: workers, stage: stage)
        }
        let candidates = choice.candidates(paths: paths)
        guard !candidates.isEmpty else { return IndexRun(analysis: try plain()) }
        var code: Int32 = 0, last: IndexError? = nil
        for path in candidates {
            for _ in 0..<2 {   // a second try after setting aside a file found unusable while reading it
                do {
                    var run = try attempt(path, lexicon, dataDirectory: dataDirectory, load: loaded, workers: workers, thorough: thorough,
                                          deferMentions: deferMentions)
                    run.exitCode = run.exitCode == 0 ? code : run.exitCode
                    return run
                } catch let e as IndexError {
                    last = e
                    guard case .unusable = e, (try? IndexOpener.setAside(path)) != nil else { break }
                    report(e, fallback: false); code = 80
                } catch let e as LexiconError {
                    throw e
                } catch {
                    last = .cannotWrite(path: path, reason: "cannot read the data files: \(error.localizedDescription)")
                    break
                }
            }
        }
        if let last { report(last, fallback: true) }
        return IndexRun(analysis: try plain(), exitCode: 81)
    }

    /// The analysis through the index at `path`: opened (a damaged file set aside, exit code 80), fingerprinted, refreshed.
    static func attempt(_ path: String, _ lexicon: LazyLexicon, dataDirectory: URL, load: (@escaping @Sendable () -> [String: KnownFile]) -> CorpusLoader.Loaded,
                        workers: Int, thorough: Bool, deferMentions: Bool = false) throws -> IndexRun {
        var stages = Stages(), code: Int32 = 0
        let (index, problem) = try stages.time("open") { try IndexOpener.open(path: path, thorough: thorough) }
        if let problem { report(problem, fallback: false); code = 80 }
        // The files the index knows are read on another thread while the folders are walked.
        let knownFiles = OnFirstUse { try index.knownFiles() }
        Thread.detachNewThread { _ = try? knownFiles.value() }
        let loaded = load({ (try? knownFiles.value())?.byPath ?? [:] })
        let known = try stages.time("known files") { try knownFiles.value() }
        let build = LexiconFingerprint.buildStamp()
        let fingerprint = try stages.time("fingerprint") {
            try index.fingerprint(stamp: try LexiconFingerprint.stamp(dataDirectory: dataDirectory, build: build)) {
                try LexiconFingerprint.compute(dataDirectory: dataDirectory, build: build)
            }
        }
        var indexed = IndexedPipeline(lexicon: lexicon, index: index, fingerprint: fingerprint)
        indexed.deferMentions = deferMentions
        let (a, r) = try indexed.analyse(loaded, known: known, workers: workers)
        for st in r.stages.list { stages.add(st.name, st.seconds) }
        return IndexRun(analysis: a, report: r, path: path, index: index, stages: stages, exitCode: code)
    }

    /// The message for an index problem: a warning when rebuilt, an error when the run goes on without the index.
    static func report(_ e: IndexError, fallback: Bool) {
        switch (e, fallback) {
        case (.unusable(let p, _), false):
            Terminal.error("Warning: \(Sanitize.line(e.description)); moved it to \(Sanitize.line(IndexOpener.asidePath(p))) and built a new index"
                           + "\nHelp: only cached results were in it; delete the .bad file once you no longer need it")
        default:
            Terminal.error("Error: \(Sanitize.line(e.description)); this run read every article without it"
                           + "\nHelp: give --index FILE in a writable folder, or --no-index")
        }
    }
}
