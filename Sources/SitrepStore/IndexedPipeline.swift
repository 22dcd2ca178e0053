import Foundation
import GRDB
import SitrepCore

/// The pipeline with its results cached in a corpus index: unchanged documents are not extracted again, and an
/// unchanged corpus is not merged again. The analysis is the same as `Pipeline.analyse`'s.
public struct IndexedPipeline: Sendable {
    /// The pipeline, made (its data files loaded) only when something must be extracted or merged.
    let makePipeline: @Sendable () throws -> Pipeline
    public let index: CorpusIndex
    /// See `LexiconFingerprint`.
    public let fingerprint: String
    /// Documents extracted and written per transaction: a killed run keeps every batch written before it.
    public var batchSize = 256
    /// Whether an analysis from the index may come with its events' mentions still being read (`Analysis.pendingEvents`):
    /// the browser draws its first frame from the outlines.
    public var deferMentions = false

    public init(pipeline: Pipeline, index: CorpusIndex, fingerprint: String) {
        self.init(lexicon: LazyLexicon(pipeline.lexicon), index: index, fingerprint: fingerprint)
    }

    /// An indexed pipeline whose data files are loaded when first needed (errors loading them are thrown as they are).
    public init(lexicon: LazyLexicon, index: CorpusIndex, fingerprint: String) {
        makePipeline = { Pipeline(lexicon: try lexicon.get()) }; self.index = index; self.fingerprint = fingerprint
    }

    /// The analysis of `documents`, from the index where it can, and what the refresh did; `stamps` and `summaries`
    /// (by path) are remembered for the next run's `CorpusIndex.knownFiles`; `known` is this run's (fetched again when
    /// nil). Database errors are thrown as `IndexError`s naming the file.
    public func analyse(documents: [Document], problems: [LoadProblem] = [], stamps: [String: FileStamp] = [:],
                        summaries: [String: DocumentSummary] = [:], known: KnownFiles? = nil,
                        workers: Int = 1) throws -> (Analysis, RefreshReport) {
        try analyse(CorpusLoader.Loaded(documents: documents, problems: problems, fileStamps: documents.map { stamps[$0.path] },
                                        fileSummaries: documents.map { summaries[$0.path] }), known: known, workers: workers)
    }

    /// As above, for what a loader read.
    public func analyse(_ loaded: CorpusLoader.Loaded, known: KnownFiles? = nil, workers: Int = 1) throws -> (Analysis, RefreshReport) {
        let documents = loaded.documents, problems = loaded.problems
        do {
            let previous = known ?? KnownFiles([])
            let files = documents.indices.map { i in
                previous.record(of: documents[i], stamp: loaded.fileStamps[i], summary: loaded.fileSummaries[i])
            }
            return try cachedAnalyse(documents: documents, problems: problems, files: files.map(\.record), known: known,
                                     asKnown: known != nil && previous.areAllKnown(files.map(\.row)),
                                     undatedPublished: loaded.undatedPublished, workers: workers)
        } catch let e as LexiconError { throw e } catch {
            throw IndexError.classify(error, path: index.path ?? ":memory:")
        }
    }

    /// `asKnown`: `current` are `known`'s records, each once (nothing to compare or write unless the fingerprint changed).
    func cachedAnalyse(documents unsorted: [Document], problems: [LoadProblem], files current: [DocumentRecord], known: KnownFiles?,
                       asKnown: Bool = false, undatedPublished: String? = nil, workers: Int) throws -> (Analysis, RefreshReport) {
        let documents = unsorted.isSorted(by: { $0.id < $1.id }) ? unsorted : unsorted.sorted { $0.id < $1.id }
        var stages = Stages()
        var report = try stages.time("compare files") { () throws -> RefreshReport in
            if asKnown, try index.writer.read({ db in try MetaRecord.fetchOne(db, key: MetaRecord.fingerprint)?.value }) == fingerprint {
                var same = RefreshReport()
                same.unchanged = current.count
                return same
            }
            return try index.writer.write { db in try prepare(db, current: current, previous: try known?.records ?? DocumentRecord.all(db)) }
        }
        let key = try stages.time("corpus key") {
            try corpusKey(documents, asKnown: asKnown, undatedPublished: undatedPublished)
        }
        let texts = Dictionary(documents.map { ($0.id, $0.article) }, uniquingKeysWith: { a, _ in a })
        if let cached = try stages.time("read events", { try index.writer.read { db in try AnalysisRecord.fetchOne(db, key: key) } }) {
            report.consolidationCached = true
            let outline = try stages.time("decode events") { try AnalysisOutline(binary: [UInt8](cached.payload)) }
            let writer = index.writer, detailsKey = CacheKeys.details(of: key)
            let fetch: @Sendable () throws -> [UInt8] = {
                guard let r = try writer.read({ db in try AnalysisRecord.fetchOne(db, key: detailsKey) }) else { throw BinaryReader.Damaged() }
                return [UInt8](r.payload)
            }
            if deferMentions {
                report.stages = stages
                return (outline.deferredAnalysis(documents: documents, problems: problems, texts: texts, workers: workers, fetch: fetch), report)
            }
            let value = try stages.time("read and decode mentions") {
                try outline.completed(with: try outline.details(try fetch(), texts: texts), workers: workers)
            }
            report.stages = stages
            return (value.analysis(documents: documents, problems: problems), report)
        }
        let (mentions, claims) = try extractions(of: documents, workers: workers, report: &report, stages: &stages)
        var (inferences, before) = try stages.time("read inferences") { try index.writer.read { db in try InferenceRecord.all(db, texts: texts) } }
        let partsBefore = try stages.time("read merge parts") { try index.writer.read(MergePartRecord.all) }
        // Timed per pipeline stage ("merge", inference included, then "disagreements").
        var marks: [(stage: PipelineStage, at: Date)] = []
        let pipeline = try makePipeline()
        var merges: MergeMemo? = partsBefore
        let analysis = pipeline.consolidate(documents: documents, mentions: mentions, claims: claims, problems: problems,
                                            workers: workers, inferences: &inferences, merges: &merges,
                                            stage: { marks.append(($0, Date())) })
        for (a, b) in zip(marks, marks.dropFirst()) { stages.add(a.stage.rawValue, b.at.timeIntervalSince(a.at)) }
        try stages.time("store events") {
            let (outline, details) = CachedAnalysis(analysis).binaryParts(texts: texts, workers: workers)
            try index.writer.write { db in
                try AnalysisRecord.deleteAll(db)
                try AnalysisRecord(key: key, payload: Data(outline)).insert(db)
                try AnalysisRecord(key: CacheKeys.details(of: key), payload: Data(details)).insert(db)
                try InferenceRecord.replace(db, before: before, now: inferences, texts: texts)
                try MergePartRecord.replace(db, before: partsBefore, now: merges ?? MergeMemo())
            }
        }
        report.mergeParts = merges?.parts.count ?? 0
        report.partsKept = merges?.parts.keys.count { partsBefore.parts[$0] != nil } ?? 0
        report.stages = stages
        return (analysis, report)
    }

    /// The corpus key (`CacheKeys.analysis`). When every file is one of the last refresh's, as it was (`asKnown`),
    /// each extraction key is as it was but for the date undated articles get: the key remembered then is taken
    /// without hashing, if it was made with the same format, fingerprint and date. Without that date (not read by a
    /// loader) the key is always hashed.
    func corpusKey(_ documents: [Document], asKnown: Bool, undatedPublished: String?) throws -> String {
        guard let undated = undatedPublished else { return CacheKeys.analysis(documents, fingerprint: fingerprint) }
        let basis = [CacheKeys.format, fingerprint, undated].joined(separator: "\u{1F}") + "\u{1E}"
        if asKnown, let stored = try index.writer.read({ db in try MetaRecord.fetchOne(db, key: MetaRecord.corpusKey)?.value }),
           stored.hasPrefix(basis) {
            return String(stored.dropFirst(basis.count))
        }
        let key = CacheKeys.analysis(documents, fingerprint: fingerprint)
        try index.writer.write { db in try MetaRecord(name: MetaRecord.corpusKey, value: basis + key).save(db) }
        return key
    }

    /// Drops everything when the fingerprint changed, records the current files and reports the difference. The
    /// remembered corpus key goes in the same transaction: a run killed before it stores the new one must not leave
    /// the old key beside the new files.
    func prepare(_ db: Database, current: [DocumentRecord], previous: [DocumentRecord]) throws -> RefreshReport {
        _ = try MetaRecord.deleteOne(db, key: MetaRecord.corpusKey)
        let stored = try MetaRecord.fetchOne(db, key: MetaRecord.fingerprint)?.value
        let old = Dictionary(previous.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var report = RefreshReport.diff(previous: old, current: current)
        if stored != fingerprint {
            report.lexiconChanged = stored != nil
            try ExtractionRecord.deleteAll(db); try AnalysisRecord.deleteAll(db); try ArticleTextRecord.deleteEverything(db)
            try InferenceRecord.deleteAll(db); try MergePartRecord.deleteAll(db)
            try MetaRecord(name: MetaRecord.fingerprint, value: fingerprint).save(db)
        }
        try DocumentRecord.update(db, from: old, to: current)
        return report
    }

    /// Every document's mentions and claims, in document order: the others extracted in batches and written as they
    /// finish, then the cached ones decoded straight into the lists; cached extractions of documents no longer in the
    /// corpus are dropped.
    func extractions(of documents: [Document], workers: Int, report: inout RefreshReport,
                     stages: inout Stages) throws -> (mentions: [Mention], claims: [Claim]) {
        let keys = documents.map(CacheKeys.extraction)
        let cached = try stages.time("read extractions") {
            try index.writer.read { db in
                Dictionary(try ExtractionRecord.fetchAll(db).map { ($0.key, $0.payload) }, uniquingKeysWith: { a, _ in a })
            }
        }
        let missing = keys.indices.filter { cached[keys[$0]] == nil }
        var fresh: [Int: DocumentExtraction] = [:]
        let t = Date()
        for start in stride(from: 0, to: missing.count, by: batchSize) {
            let batch = Array(missing[start..<min(start + batchSize, missing.count)])
            let done = try makePipeline().extract(batch.map { documents[$0] }, workers: workers)
            let rows = zip(batch, done).map { i, e in
                ExtractionRecord(key: keys[i], payload: Data(e.binary(texts: [documents[i].id: documents[i].article])))
            }
            let texts = batch.map { ArticleTextRecord(key: keys[$0], document: documents[$0]) }
            try index.writer.write { db in
                for r in rows { try r.save(db) }
                try ArticleTextRecord.deleteAll(db, keys: texts.map(\.key))
                for t in texts { try t.add(db) }
            }
            for (i, e) in zip(batch, done) { fresh[i] = e }
        }
        stages.add("extract and store", Date().timeIntervalSince(t))
        var mentions: [Mention] = [], claims: [Claim] = []
        try stages.time("decode extractions") {
            for i in documents.indices {
                if let e = fresh[i] { mentions += e.mentions; claims += e.claims; continue }
                try DocumentExtraction.decode([UInt8](cached[keys[i]]!), texts: [documents[i].id: documents[i].article],
                                              appendingTo: &mentions, &claims)
            }
        }
        report.extracted = missing.count
        let stale = Set(cached.keys).subtracting(keys)
        if !stale.isEmpty {
            try index.writer.write { db in
                _ = try ExtractionRecord.deleteAll(db, keys: Array(stale))
                try ArticleTextRecord.deleteAll(db, keys: Array(stale))
            }
        }
        return (mentions, claims)
    }
}
