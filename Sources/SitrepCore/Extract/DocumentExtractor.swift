/// What one document yields: its event mentions and its checkable claims.
public struct DocumentExtraction: Sendable, Codable {
    public var mentions: [Mention]
    public var claims: [Claim]
    public init(mentions: [Mention], claims: [Claim]) { self.mentions = mentions; self.claims = claims }
}

/// Reads one document into mentions and claims: pure, deterministic, independent of other documents.
public struct DocumentExtractor: Sendable {
    /// Part of the corpus index's lexicon fingerprint: raise it when extraction changes, so cached results are redone.
    public static let version = 5
    public let lexicon: Lexicon
    /// Mentions dated more than this many days before publication are background history, not events.
    public var backgroundDays = 365

    /// The readers built from the lexicon, behind one reference: the extractor is copied into many closures, and a
    /// copy should be one reference count, not one per table.
    private final class Readers: Sendable {
        let temporal: TemporalResolver
        let fatalityParser: FatalityParser
        init(cues: Cues) { temporal = TemporalResolver(cues: cues); fatalityParser = FatalityParser(cues: cues) }
    }
    private let readers: Readers
    var temporal: TemporalResolver { readers.temporal }
    var fatalityParser: FatalityParser { readers.fatalityParser }

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        readers = Readers(cues: lexicon.cues)
    }

    /// A mention under construction, with what continuation and coreference need.
    struct Draft {
        var mention: Mention
        var block: Int
        var sentence: Int
        var dateKind: DateKind
        /// Told in a sentence that sets itself apart from the one before ("Separately, …", `opensLater`).
        var setApart = false
        /// Dated by an expression of its own passage (or a dated coreferent), not by a reporting day or a fallback.
        var explicitDate: Bool {
            get { dateKind == .explicit }
            set { dateKind = newValue ? .explicit : .inferred }
        }
    }

    /// Where a mention's date came from.
    enum DateKind {
        /// A date expression of the event's own passage, or of the event it refers to.
        case explicit
        /// The day a source spoke ("the ministry said on Tuesday"): at the latest, the event's day.
        case reported
        /// The paragraph's, the story's or the publication week.
        case inferred
    }

    /// Paragraph-level memory: the last date and place said, the last source.
    struct Paragraph {
        var date: EventDate?
        var place: Location?
        var source: String?
        /// The last day the article named before this sentence, in any paragraph: what an undated article's
        /// passages without a date of their own fall back on.
        var articleDay: EventDate?
        /// The last date said before this paragraph: what "the next day" opening it counts from.
        var previousDate: EventDate?
        /// The last civilians or people named, in any paragraph (their index in the document's actors): whom "they were
        /// attacked" speaks of.
        var people: Int?
        /// The last town, city or site named, in any paragraph and in any role: what "the city" speaks of.
        var lastTown: Location?

        /// The memory a new paragraph starts with: what outlives this one.
        var next: Paragraph {
            Paragraph(articleDay: articleDay, previousDate: date ?? previousDate, people: people, lastTown: lastTown)
        }
    }

    public func extract(_ document: Document) -> DocumentExtraction {
        let prepared = prepare(document)
        return mentions(prepared.context, readings: prepared.readings, settled: prepared.settled)
    }

    /// A document read up to its mentions: its context with the focus set, its sentences' facts, its settled local places.
    struct Prepared {
        var context: DocumentContext
        var readings: [Reading]
        var settled: [String: Place]
    }

    /// Reads `document`'s context and sentences: everything but the mentions and claims.
    func prepare(_ document: Document) -> Prepared {
        var unfocused = DocumentContext(document: document, lexicon: lexicon)
        let readings = read(unfocused)
        var sentencePlaces = [[PlaceMention]?](repeating: nil, count: unfocused.layout.sentences.count)
        for r in readings { sentencePlaces[r.sentence] = r.facts.places }
        let settled = unfocused.hasLocalNames ? Self.settledUnresolved(readings) : [:]
        unfocused.focus = Self.settle(unfocused.focus(sentencePlaces: sentencePlaces), settled)
        return Prepared(context: unfocused, readings: readings, settled: settled)
    }

    /// The mentions and claims of a prepared document (`ctx` read-only: passed around without copies).
    func mentions(_ ctx: DocumentContext, readings: [Reading], settled: [String: Place]) -> DocumentExtraction {
        var drafts: [Draft] = []
        var claims: [Claim] = []
        // A bare reference held from the previous sentence (its reading and trigger): made into a mention only if
        // this sentence turns out to give its toll, with the drafts as they were then (nothing is drafted in between).
        var pending: (reading: Int, hit: TriggerHit)? = nil
        for (k, r) in readings.enumerated() {
            let (facts, para, bi, sentenceIndex) = (r.facts, r.para, r.facts.sentence.block, r.index)
            claims += claimsIn(facts, ctx: ctx, para: para)
            var made = mentions(facts, ctx: ctx, para: para, prior: drafts)
            if let h = dayOfToldAct(&drafts, facts: facts, published: ctx.published) {
                made.removeAll { $0.0.trigger == h.trigger.phrase }
            }
            if !made.isEmpty, let claim = responsibility(facts) {
                for j in made.indices { Self.blame(claim, on: &made[j].0) }
            }
            if k > 0, made.count == 1, !drafts.contains(where: { $0.sentence == sentenceIndex - 1 }) {
                Self.takeInSetup(&made[0].0, previous: readings[k - 1], current: r, ctx: ctx)
            }
            backdate(&drafts, facts: facts, para: para)
            backfillToll(&drafts, facts: facts, sentence: sentenceIndex)
            if made.isEmpty { dayOfTheDead(&drafts, facts: facts, published: ctx.published) }
            if made.isEmpty { relocate(&drafts, facts: facts, sentence: sentenceIndex) }
            if made.isEmpty, let claim = responsibility(facts) { Self.assign(claim, to: &drafts, before: sentenceIndex) }
            // "… were killed" with no one said to kill: the toll of the event just told, not an event of its own.
            let follows = pending.map { readings[$0.reading].index == sentenceIndex - 1 } ?? false
                || drafts.contains { $0.sentence == sentenceIndex - 1 && $0.mention.eventType.isViolent }
            // (A date of its own, "… was killed a month ago", makes it another event; so does a town of its own away from
            // the act before: "Later, a woman and her son were killed in an olive grove near Haifa".)
            if follows, facts.dates.isEmpty, !made.isEmpty, made.allSatisfy({ isUnattributedHarm($0.0) }), !Self.opensLater(facts),
               !Self.namesAnotherTown(facts, than: drafts.lastIndex { $0.mention.eventType.isViolent }.flatMap { drafts[$0].mention.location?.place }) {
                made = []
            }
            if let held = pending, made.isEmpty, readings[held.reading].index == sentenceIndex - 1, isTollOnly(facts) {
                let h = readings[held.reading]
                let (m, explicit) = mention(for: held.hit, facts: h.facts, ctx: ctx, para: h.para, prior: drafts)
                drafts.append(Draft(mention: m, block: h.facts.sentence.block, sentence: h.index, dateKind: explicit))
            }
            let madeNone = made.isEmpty
            if made.isEmpty, armedTargetClaim(&drafts, facts: facts, ctx: ctx, block: bi, sentence: sentenceIndex) {
                // told as a claim about the event before
            } else if victimsNamed(&drafts, facts: facts, ctx: ctx, block: bi, sentence: sentenceIndex) {
                // who the victims of the act before were
            } else if !continueLast(&drafts, facts: facts, made: made, block: bi, sentence: sentenceIndex, ctx: ctx),
                      !((made.isEmpty || namesVictimsOfTheActBefore(facts, made: made))
                        && referredToll(&drafts, facts: facts, ctx: ctx, block: bi, sentence: sentenceIndex)) {
                // Moved, not copied, into the drafts (a sentence tells a few events at most).
                let apart = Self.opensLater(facts), first = drafts.count
                while !made.isEmpty {
                    let (m, kind) = made.removeFirst()
                    drafts.append(Draft(mention: m, block: bi, sentence: sentenceIndex, dateKind: kind, setApart: apart))
                }
                for n in first..<drafts.count { Self.elaborateLead(&drafts, new: n) }
            }
            pending = madeNone ? heldReference(facts).map { (k, $0) } : nil
        }
        Self.inheritDates(&drafts)
        var mentions = Self.takeMentions(&drafts)
        if !settled.isEmpty { for i in mentions.indices { mentions[i].location = Self.settle(mentions[i].location, settled) } }
        Self.spellAsWritten(&mentions, Self.spellings(readings))
        // ACLED's actor conventions, once each mention's type and place are final.
        let coding = ACLEDActors(lexicon: lexicon)
        ACLEDTyping.forceAtProtests(&mentions)
        ACLEDTyping.destructionInRiots(&mentions)
        ACLEDTyping.deathsInRiots(&mentions)
        ACLEDActors.inheritStriker(&mentions)
        for i in mentions.indices { mentions[i].codeForACLED(coding, mainCountry: ctx.countries.main) }
        // Tested on the dates alone: a closure over whole mentions would copy each one.
        if mentions.indices.contains(where: { isBackground(mentions[$0].date, published: ctx.published) }) {
            mentions.removeAll { isBackground($0.date, published: ctx.published) }
        }
        return DocumentExtraction(mentions: mentions, claims: Self.compact(claims) { !isBackground($0.date, published: ctx.published) })
    }

    /// The elements that pass, in an array with no spare capacity: extractions of a whole corpus stay in memory.
    static func compact<T>(_ items: [T], where keep: (T) -> Bool) -> [T] {
        var out: [T] = []
        out.reserveCapacity(items.count(where: keep))
        for item in items where keep(item) { out.append(item) }
        return out
    }

    /// The drafts' mentions in order (an array with no spare capacity), moved out of the drafts (which are left empty): no mention is copied.
    static func takeMentions(_ drafts: inout [Draft]) -> [Mention] {
        let n = drafts.count
        return [Mention](unsafeUninitializedCapacity: n) { buffer, count in
            var i = n
            while var d = drafts.popLast() {
                i -= 1
                // The publication week an undated passage falls back on is no date the source said.
                if d.dateKind == .inferred, d.mention.date.precision >= .week { d.mention.dateStated = false }
                (buffer.baseAddress! + i).initialize(to: d.mention)
            }
            count = n
        }
    }

    /// One prose sentence read: its facts and the paragraph's memory before it.
    struct Reading {
        /// Position in the layout's sentences.
        var sentence: Int
        /// Position among the document's prose sentences, counted from 1 (skipped repeats count too).
        var index: Int
        var facts: SentenceFacts
        var para: Paragraph
    }

    /// The facts of every prose sentence in order (sentences a later one repeats are skipped, but counted), each
    /// with the paragraph memory (last date, place and source) it was read with.
    func read(_ ctx: DocumentContext) -> [Reading] {
        var out: [Reading] = []
        let repeated = Self.repeatedLater(ctx.layout)
        var para = Paragraph(), paraBlock = -1, index = 0
        for (si, sentence) in ctx.layout.sentences.enumerated() where ctx.layout.roles[sentence.block] == .prose {
            if sentence.block != paraBlock { para = para.next; paraBlock = sentence.block }
            index += 1
            if repeated.contains(sentence.span.start) { continue }
            let facts = analyse(sentence, ctx: ctx, para: para)
            out.append(Reading(sentence: si, index: index, facts: facts, para: para))
            update(&para, facts: facts)
        }
        return out
    }

    /// A bare killing without a perpetrator ("twelve people were killed"), which may only give a toll.
    func isUnattributedHarm(_ m: Mention) -> Bool {
        m.eventType == .violenceAgainstCivilians && m.subEventType == "Attack" && !m.actors.contains { $0.role == .actor1 }
            && lexicon.triggers.isGenericHarm(phrase: m.trigger)
    }

    /// Whether the sentence names, as where something happened, a town or smaller place that neither lies in `place` nor
    /// holds it.
    static func namesAnotherTown(_ facts: SentenceFacts, than place: Place?) -> Bool {
        guard let place else { return false }
        return facts.places.contains { p in
            p.isLocative && p.place.kind.isLocal && !p.place.isWithin(place) && !place.isWithin(p.place)
        }
    }

    /// "Later, …", "Separately, …": a sentence that opens by setting itself after or apart from the one before.
    static func opensLater(_ facts: SentenceFacts) -> Bool {
        let r = facts.sentence.tokens
        guard r.count > 2, facts.tokens[r.lowerBound + 1].word == "," else { return false }
        let w = facts.tokens[r.lowerBound].word
        return w == "later" || w == "separately" || w == "subsequently" || w == "afterwards" || w == "elsewhere"
    }

    /// A sentence that only adds a toll: no trigger of its own and no new date.
    func isTollOnly(_ facts: SentenceFacts) -> Bool {
        facts.dates.isEmpty && !facts.fatalities.isEmpty
            && !facts.triggers.contains { !$0.negated && !$0.irrealis && !$0.definite && !$0.trigger.isGenericHarm
                && !($0.trigger.isTerritory && Self.takesNoTerritory($0, facts)) }
    }

    /// The best bare reference of a sentence, kept aside in case the next sentence gives its toll.
    func heldReference(_ facts: SentenceFacts) -> TriggerHit? {
        facts.triggers.lazy.filter { !$0.negated && !$0.irrealis && isBareReference($0, facts) }.max { $0.trigger.weight < $1.trigger.weight }
    }

    /// Starts of sentences that a later sentence of the article repeats almost word for word (a standfirst
    /// restated in the body): the later telling, with its context, stands for both.
    static func repeatedLater(_ layout: TextLayout) -> Set<Int> {
        let long = longSentences(layout)
        // Each sentence's distinct words, sorted, built only when a pair's signatures allow a repeat.
        var sorted = [[UInt64]?](repeating: nil, count: long.count)
        func words(_ k: Int) -> [UInt64] {
            if let known = sorted[k] { return known }
            let made = sortedWords(layout.sentences[long[k].sentence], layout)
            sorted[k] = made
            return made
        }
        var out = Set<Int>()
        for i in long.indices {
            let n = long[i].count, needed = sharedNeeded(n)
            for j in (i + 1)..<long.count where long[j].count * 5 >= n * 4 {
                // Sharing `needed` words leaves at most n − needed words of one missing from the other, and so at
                // most that many signature bits.
                let m = long[j].count
                guard m >= needed, long[i].signature.missing(from: long[j].signature) <= n - needed,
                      long[j].signature.missing(from: long[i].signature) <= m - needed else { continue }
                // Prefix filtering: the smallest shared word is in the first n − needed + 1 of one and the first
                // m − needed + 1 of the other.
                let a = words(i), b = words(j)
                guard sortedIntersect(a.prefix(n - needed + 1), b.prefix(m - needed + 1)) else { continue }
                if sortedShare(a, b, atLeast: needed) { out.insert(layout.sentences[long[i].sentence].span.start); break }
            }
        }
        return out
    }

    /// A prose sentence of eight or more distinct words: where it is in the layout, how many words, their signature.
    struct LongSentence {
        let sentence: Int
        let count: Int
        let signature: WordSignature
    }

    /// The long prose sentences, in order, their words counted without sorting.
    static func longSentences(_ layout: TextLayout) -> [LongSentence] {
        var out: [LongSentence] = []
        out.reserveCapacity(layout.sentences.count)
        var distinct = DistinctWords()
        let tokens = layout.tokens
        for (si, s) in layout.sentences.enumerated() where layout.roles[s.block] == .prose {
            distinct.reset(to: tokens[s.tokens].lazy.filter(\.isWord).map(Self.filterKey), capacity: s.tokens.count)
            if distinct.count >= 8 { out.append(LongSentence(sentence: si, count: distinct.count, signature: distinct.signature)) }
        }
        return out
    }

    /// A sentence's distinct words in filter order.
    static func sortedWords(_ s: Sentence, _ layout: TextLayout) -> [UInt64] {
        var words: [UInt64] = []
        for i in s.tokens where layout.tokens[i].isWord { words.append(Self.filterKey(layout.tokens[i])) }
        words.sort()
        words.removeAdjacentDuplicates()
        return words
    }

    /// A word's place in the order the prefix filter uses: content words first, common function words last, so
    /// that prefixes hold the rarer words and unrelated sentences rarely pass. One word, one value (its key hash
    /// without its top bit, which marks function words).
    static func filterKey(_ t: Token) -> UInt64 {
        (t.flags.contains(.english) ? 1 << 63 : 0) | (t.keyHash >> 1)
    }

    /// The fewest shared words that make 80 % of `count`.
    static func sharedNeeded(_ count: Int) -> Int {
        var k = 0
        while Double(k) / Double(count) < 0.8 { k += 1 }
        return k
    }

    /// Whether two sorted runs share a value (one merge pass).
    static func sortedIntersect<A: RandomAccessCollection<UInt64>, B: RandomAccessCollection<UInt64>>(_ a: A, _ b: B) -> Bool
        where A.Index == Int, B.Index == Int {
        var i = a.startIndex, j = b.startIndex
        while i < a.endIndex && j < b.endIndex {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Whether two sorted arrays without repeats share at least `needed` values; stops once they no longer can.
    static func sortedShare<A: RandomAccessCollection<UInt64>, B: RandomAccessCollection<UInt64>>(_ a: A, _ b: B, atLeast needed: Int) -> Bool
        where A.Index == Int, B.Index == Int {
        var i = a.startIndex, j = b.startIndex, n = 0
        while i < a.endIndex && j < b.endIndex {
            if n + min(a.endIndex - i, b.endIndex - j) < needed { return false }
            if a[i] == b[j] { n += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return n >= needed
    }

    func update(_ para: inout Paragraph, facts: SentenceFacts) {
        // A photo's date ("This April 19, 2005, photo …") is no day of the story.
        if let d = facts.dates.last(where: { $0.kind == .absolute && $0.date.date != nil
            && !Self.datesAPicture($0.tokens, sentence: facts.sentence.tokens, tokens: facts.tokens) }) {
            para.date = d.date
            if d.date.precision == .day { para.articleDay = d.date }
        }
        if let p = facts.places.last(where: { $0.isLocative && $0.place.kind.isLocal }) { para.place = p.location }
        if let p = facts.places.last(where: { !$0.isDateline && $0.place.kind.isLocal }) { para.lastTown = p.location }
        if let a = facts.attributions.last { para.source = a.source }
        if let p = facts.actors.lastIndex(where: { $0.inter == 7 && !isSpeaker($0, facts) }) { para.people = p }
    }

    /// Dated more than `backgroundDays` before publication: history, not news.
    func isBackground(_ date: EventDate, published: CalendarDate?) -> Bool {
        guard let pub = published, let latest = date.latest else { return false }
        return latest.dayNumber < pub.dayNumber - backgroundDays
    }

    /// The date given to passages that name none: the week up to publication; in an undated article, the last day
    /// it named before (its story's day), else unknown.
    func defaultDate(_ published: CalendarDate?, articleDay: EventDate? = nil) -> EventDate {
        guard let p = published else { return articleDay ?? .unknown }
        // The story's day, told earlier in the article, is the likeliest day of a passage that names none; week
        // precision says it is inferred, and the interval keeps it inside the week up to publication.
        if let a = articleDay?.date, a <= p, a.dayNumber >= p.dayNumber - 6 {
            return EventDate(date: a, earliest: max(a.adding(days: -3), p.adding(days: -6)), latest: min(a.adding(days: 3), p), precision: .week)
        }
        return EventDate(date: p, earliest: p.adding(days: -6), latest: p, precision: .week)
    }
}

extension DocumentExtractor {
    /// "The fifth victim was caught by the insurgents near X. He too was beheaded.": an act whose subject is a pronoun
    /// is told from the sentence before it, when that sentence (of the same paragraph, telling no act of its own)
    /// names whom or where: the passage takes both sentences in.
    static func takeInSetup(_ m: inout Mention, previous: Reading, current: Reading, ctx: DocumentContext) {
        let prev = previous.facts, cur = current.facts
        guard previous.index == current.index - 1, prev.sentence.block == cur.sentence.block,
              let first = cur.sentence.tokens.first, ["he", "she", "they"].contains(cur.tokens[first].word),
              !prev.actors.isEmpty || prev.places.contains(where: \.isLocative),
              m.span.start >= cur.sentence.span.start else { return }
        let span = prev.sentence.span.union(m.span)
        m.span = span
        m.quoteText = ctx.layout.shared(span)
    }
}

