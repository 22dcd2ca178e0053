/// What one document yields: its event mentions and its checkable claims.
public struct DocumentExtraction: Sendable, Codable {
    public var mentions: [Mention]
    public var claims: [Claim]
}

/// Reads one document into mentions and claims: pure, deterministic, independent of other documents.
public struct DocumentExtractor: Sendable {
    public let lexicon: Lexicon
    /// Mentions dated more than this many days before publication are background history, not events.
    public var backgroundDays = 365

    let temporal: TemporalResolver
    let fatalityParser: FatalityParser

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        temporal = TemporalResolver(cues: lexicon.cues)
        fatalityParser = FatalityParser(cues: lexicon.cues)
    }

    /// A mention under construction, with what continuation and coreference need.
    struct Draft {
        var mention: Mention
        var block: Int
        var sentence: Int
        var explicitDate: Bool
    }

    /// Paragraph-level memory: the last date and place said, the last source.
    struct Paragraph {
        var date: EventDate?
        var place: Location?
        var source: String?
    }

    public func extract(_ document: Document) -> DocumentExtraction {
        let ctx = DocumentContext(document: document, lexicon: lexicon)
        var drafts: [Draft] = []
        var claims: [Claim] = []
        var sentenceIndex = 0
        var pending: Draft? = nil
        let repeated = Self.repeatedLater(ctx.layout)
        var para = Paragraph(), paraBlock = -1
        for sentence in ctx.layout.sentences where ctx.layout.roles[sentence.block] == .prose {
            let bi = sentence.block
            if bi != paraBlock { para = Paragraph(); paraBlock = bi }
            sentenceIndex += 1
            if repeated.contains(sentence.span.start) { continue }
            let facts = analyse(sentence, ctx: ctx, para: para)
            claims += claimsIn(facts, ctx: ctx, para: para)
            let made = mentions(facts, ctx: ctx, para: para, prior: drafts)
            if let held = pending, made.isEmpty, held.sentence == sentenceIndex - 1, isTollOnly(facts) {
                drafts.append(held)
            }
            if !continueLast(&drafts, facts: facts, made: made, block: bi, sentence: sentenceIndex, ctx: ctx) {
                drafts += made.map { Draft(mention: $0.0, block: bi, sentence: sentenceIndex, explicitDate: $0.1) }
            }
            pending = made.isEmpty ? heldReference(facts, ctx: ctx, para: para, prior: drafts, block: bi, sentence: sentenceIndex) : nil
            update(&para, facts: facts, drafts: drafts, sentence: sentenceIndex)
        }
        let mentions = drafts.map(\.mention)
        return DocumentExtraction(mentions: Self.compact(mentions) { !isBackground($0.date, published: ctx.published) },
                                  claims: Self.compact(claims) { !isBackground($0.date, published: ctx.published) })
    }

    /// A sentence that only adds a toll: no trigger of its own and no new date.
    func isTollOnly(_ facts: SentenceFacts) -> Bool {
        facts.dates.isEmpty && !facts.fatalities.isEmpty
            && facts.triggers.filter { !$0.negated && !$0.irrealis && !$0.definite }.isEmpty
    }

    /// The best bare reference of a sentence, kept aside in case the next sentence gives its toll.
    func heldReference(_ facts: SentenceFacts, ctx: DocumentContext, para: Paragraph, prior: [Draft], block: Int, sentence: Int) -> Draft? {
        let refs = facts.triggers.filter { !$0.negated && !$0.irrealis && isBareReference($0, facts) }
        guard let h = refs.max(by: { $0.trigger.weight < $1.trigger.weight }) else { return nil }
        let (m, explicit) = mention(for: h, facts: facts, ctx: ctx, para: para, prior: prior)
        return Draft(mention: m, block: block, sentence: sentence, explicitDate: explicit)
    }

    /// Starts of sentences that a later sentence of the article repeats almost word for word (a standfirst
    /// restated in the body): the later telling, with its context, stands for both.
    static func repeatedLater(_ layout: TextLayout) -> Set<Int> {
        var sets: [(start: Int, words: [Int])] = []
        for s in layout.sentences where layout.roles[s.block] == .prose {
            let words = Array(Set(s.tokens.filter { layout.tokens[$0].isWord }.map { Int(truncatingIfNeeded: layout.tokens[$0].keyHash) })).sorted()
            if words.count >= 8 { sets.append((s.span.start, words)) }
        }
        var out = Set<Int>()
        for i in sets.indices {
            for j in sets.indices where j > i && sets[j].words.count * 5 >= sets[i].words.count * 4 {
                let inter = sortedIntersectionCount(sets[i].words, sets[j].words)
                if Double(inter) / Double(sets[i].words.count) >= 0.8 { out.insert(sets[i].start); break }
            }
        }
        return out
    }

    /// How many values two sorted arrays without repeats share.
    static func sortedIntersectionCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, n = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n
    }

    /// The elements that pass, in an array with no spare capacity: extractions of a whole corpus stay in memory.
    static func compact<T>(_ items: [T], where keep: (T) -> Bool) -> [T] {
        var out: [T] = []
        out.reserveCapacity(items.count(where: keep))
        for item in items where keep(item) { out.append(item) }
        return out
    }

    func update(_ para: inout Paragraph, facts: SentenceFacts, drafts: [Draft], sentence: Int) {
        if let d = facts.dates.last(where: { $0.kind == .absolute && $0.date.date != nil }) { para.date = d.date }
        if let p = facts.places.last(where: { $0.isLocative && $0.place.kind.isLocal }) { para.place = p.location }
        if let a = facts.attributions.last { para.source = a.source }
    }

    /// Dated more than `backgroundDays` before publication: history, not news.
    func isBackground(_ date: EventDate, published: CalendarDate?) -> Bool {
        guard let pub = published, let latest = date.latest else { return false }
        return latest.dayNumber < pub.dayNumber - backgroundDays
    }

    /// The date given to passages that name none: the week up to publication.
    func defaultDate(_ published: CalendarDate?) -> EventDate {
        guard let p = published else { return .unknown }
        return EventDate(date: p, earliest: p.adding(days: -6), latest: p, precision: .week)
    }
}
