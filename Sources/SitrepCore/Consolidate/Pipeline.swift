import Foundation

/// The whole extraction: documents → mentions and claims (per document, in parallel) → events → disagreements.
public struct Pipeline: Sendable {
    public let lexicon: Lexicon
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Runs every stage; `workers` > 1 extracts documents concurrently (the result does not depend on it).
    /// `stage` is told when each stage starts (on the calling thread), for progress lines and benchmarks.
    public func analyse(documents unsorted: [Document], problems: [LoadProblem] = [], workers: Int = 1,
                        stage: (PipelineStage) -> Void = { _ in }) -> Analysis {
        let documents = unsorted.sorted { $0.id < $1.id }
        stage(.extract)
        let extractions = extract(documents, workers: workers)
        return consolidate(documents: documents, extractions: extractions, problems: problems, workers: workers, stage: stage)
    }

    /// The stages after extraction: `extractions[i]` is `documents[i]`'s (documents sorted by id). The corpus index
    /// calls this with cached extractions; `analyse` with fresh ones (given up once their mentions are gathered).
    public func consolidate(documents sorted: [Document], extractions: consuming [DocumentExtraction], problems: [LoadProblem] = [],
                            workers: Int = 1, stage: (PipelineStage) -> Void = { _ in }) -> Analysis {
        var memo = InferenceMemo()
        return consolidate(documents: sorted, extractions: extractions, problems: problems, workers: workers, inferences: &memo, stage: stage)
    }

    /// As above, with the undated articles' readings of an earlier run (`PublicationInference.key`); `inferences` is
    /// left holding this run's. The result is the same as without them.
    public func consolidate(documents sorted: [Document], extractions: consuming [DocumentExtraction], problems: [LoadProblem] = [],
                            workers: Int = 1, inferences: inout InferenceMemo,
                            stage: (PipelineStage) -> Void = { _ in }) -> Analysis {
        var mentions: [Mention] = [], claims: [Claim] = []
        do {
            let all = consume extractions
            mentions.reserveCapacity(all.reduce(0) { $0 + $1.mentions.count })
            claims.reserveCapacity(all.reduce(0) { $0 + $1.claims.count })
            for e in all { mentions += e.mentions; claims += e.claims }
        }
        var merges: MergeMemo? = nil
        return consolidate(documents: sorted, mentions: mentions, claims: claims, problems: problems, workers: workers,
                           inferences: &inferences, merges: &merges, stage: stage)
    }

    /// As above, with the extractions' mentions and claims already gathered, in document order (the corpus index
    /// decodes them straight into these lists), and the merge parts of an earlier run (`MergeMemo`); `merges` is left
    /// holding this run's (nil: none are named or kept). The result is the same as without them.
    public func consolidate(documents sorted: [Document], mentions: consuming [Mention], claims: consuming [Claim],
                            problems: [LoadProblem] = [], workers: Int = 1, inferences: inout InferenceMemo,
                            merges: inout MergeMemo?, stage: (PipelineStage) -> Void = { _ in }) -> Analysis {
        var documents = sorted
        var mentions = mentions, claims = claims
        stage(.merge)
        let merger = EventMerger()
        let names = merges == nil ? nil : MentionNames(documents: documents, mentions: mentions)
        let known = merges ?? MergeMemo()
        var kept = MergeMemo()
        let clusters = merger.clusters(mentions, workers: workers, names: names, known: known, kept: &kept)
        // Undated articles that tell events dated ones tell get a publication date from them, and are read again with
        // it; the clusters are then merged again, so only when no date was inferred do they become the events.
        let inferred = PublicationInference(extractor: DocumentExtractor(lexicon: lexicon))
            .infer(documents: documents, mentions: mentions, clusters: clusters, workers: workers, memo: &inferences)
        var events: [Event]
        if inferred.isEmpty {
            events = EventMerger.events(from: mentions, clusters: clusters, workers: workers)
            mentions = []   // the events hold their mentions now; dropping the flat list lowers peak memory
        } else {
            let redone = Set(inferred.keys.map { documents[$0].id })
            var again: [Mention] = []   // the kept mentions in event order, as the events would hold them
            var stay: [Int] = []
            again.reserveCapacity(mentions.count)
            for c in clusters { for k in c where !redone.contains(mentions[k].doc) { again.append(mentions[k]); stay.append(k) } }
            mentions = []
            claims.removeAll { redone.contains($0.doc) }
            var againNames = names?.picking(stay)
            for (i, x) in inferred.sorted(by: { $0.key < $1.key }) {
                documents[i].frontMatter.published = x.reading.published
                documents[i].frontMatter.publishedInferred = true
                again += x.reading.extraction.mentions; claims += x.reading.extraction.claims
                againNames?.append(source: "reading:" + x.key, count: x.reading.extraction.mentions.count)
            }
            let reclustered = merger.clusters(again, workers: workers, names: againNames, known: known, kept: &kept)
            events = EventMerger.events(from: again, clusters: reclustered, workers: workers)
            claims.sort { ($0.doc, $0.span.start) < ($1.doc, $1.span.start) }   // in document order, as extracted
        }
        if merges != nil { merges = kept }
        stage(.disagreements)
        let outlets = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.outlet) })
        var finder = DisagreementFinder(outlets: outlets)
        finder.published = Dictionary(uniqueKeysWithValues: documents.compactMap { d in d.frontMatter.published.map { (d.id, $0) } })
        for i in events.indices { TollHistory.reviseBest(&events[i], outlets: outlets, published: finder.published) }
        let (marked, disagreements) = finder.find(events: events, claims: claims, workers: workers)
        defer { stage(.done) }
        return Analysis(documents: documents, events: Timeline.sorted(marked), disagreements: disagreements, problems: problems)
    }

    /// Per-document extraction, optionally spread over `workers` threads.
    public func extract(_ documents: [Document], workers: Int) -> [DocumentExtraction] {
        let extractor = DocumentExtractor(lexicon: lexicon)
        return parallelMap(count: documents.count, workers: workers) { extractor.extract(documents[$0]) }
    }
}

/// The stages of `Pipeline.analyse`, in order.
public enum PipelineStage: String, Sendable, CaseIterable {
    case extract, merge, disagreements, done
}

/// `(0..<count).map(body)`, spread over `workers` threads in chunks when there are several; results in order.
public func parallelMap<T: Sendable>(count: Int, workers: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard workers > 1, count > 1 else { return (0..<count).map(body) }
    let results = ResultSlots<T>(count: count)
    let chunk = max(1, count / (workers * 4))
    let chunks = stride(from: 0, to: count, by: chunk).map { $0..<min($0 + chunk, count) }
    DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
        for i in chunks[c] { results.set(i, body(i)) }
    }
    return results.values
}

/// Write-once result slots filled from several threads.
final class ResultSlots<T: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `slots` holds `lock`.
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); slots[i] = v; lock.unlock() }
    var values: [T] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
}
