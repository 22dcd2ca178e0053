import Foundation

/// The whole extraction: documents → mentions and claims (per document, in parallel) → events → disagreements.
public struct Pipeline: Sendable {
    public let lexicon: Lexicon
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Runs every stage; `workers` > 1 extracts documents concurrently (the result does not depend on it).
    public func analyse(documents unsorted: [Document], problems: [LoadProblem] = [], workers: Int = 1) -> Analysis {
        let documents = unsorted.sorted { $0.id < $1.id }
        var mentions: [Mention] = [], claims: [Claim] = []
        do {
            let extractions = extract(documents, workers: workers)
            mentions.reserveCapacity(extractions.reduce(0) { $0 + $1.mentions.count })
            claims.reserveCapacity(extractions.reduce(0) { $0 + $1.claims.count })
            for e in extractions { mentions += e.mentions; claims += e.claims }
        }
        let events = EventMerger().merge(mentions)
        mentions = []   // the events hold their mentions now; dropping the flat list lowers peak memory
        let outlets = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0.outlet) })
        let (marked, disagreements) = DisagreementFinder(outlets: outlets).find(events: events, claims: claims)
        return Analysis(documents: documents, events: marked.sorted(by: Timeline.order), disagreements: disagreements, problems: problems)
    }

    /// Per-document extraction, optionally spread over `workers` threads.
    public func extract(_ documents: [Document], workers: Int) -> [DocumentExtraction] {
        let extractor = DocumentExtractor(lexicon: lexicon)
        guard workers > 1, documents.count > 1 else { return documents.map(extractor.extract) }
        let results = ResultSlots<DocumentExtraction>(count: documents.count)
        let chunk = max(1, documents.count / (workers * 4))
        let chunks = stride(from: 0, to: documents.count, by: chunk).map { $0..<min($0 + chunk, documents.count) }
        DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
            for i in chunks[c] { results.set(i, extractor.extract(documents[i])) }
        }
        return results.values
    }
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
