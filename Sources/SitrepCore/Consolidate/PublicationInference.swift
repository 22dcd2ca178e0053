/// Publication dates for undated articles, inferred from the corpus. An undated article that reports events dated
/// reports also tell, or that states a day with its year ("25/06/2024"), or a day without one ("on August 24") on
/// which a dated report puts an event at a place it names, was published on or after the latest of them; of that day and the week after it, the day that
/// resolves the article's own relative dates ("on Tuesday", "yesterday") to those events' days is taken. Without
/// such agreement the date is only known to the week, and so are the dates it resolves.
struct PublicationInference {
    let extractor: DocumentExtractor
    /// Days after the latest shared event a publication date is sought in.
    static let window = 7

    /// One undated article's inferred publication date and its extraction read with that date.
    typealias Inferred = InferredReading

    /// Inferred dates (with the extraction they give) by index into `documents`, from the merge's clusters (each the
    /// indices into `mentions` of one event's, in its order: `EventMerger.clusters`); `workers` > 1 reads the undated
    /// articles concurrently (the result does not depend on it). `memo` holds readings of earlier runs; it is left
    /// holding this run's. Each reading comes with its key (`key`).
    func infer(documents: [Document], mentions: [Mention], clusters: [[Int]], workers: Int = 1,
               memo: inout InferenceMemo) -> [Int: (key: String, reading: Inferred)] {
        let todo = evidence(documents: documents, mentions: mentions, clusters: clusters, workers: workers, memo: &memo)
        let keys = todo.map { Self.key(documents[$0.doc], anchors: $0.anchors, latest: $0.latest) }
        let known = memo.readings
        let found = parallelMap(count: todo.count, workers: workers) { [todo] in
            known[keys[$0]] ?? best(documents[todo[$0].doc], anchors: todo[$0].anchors, latest: todo[$0].latest)
        }
        memo.readings = Dictionary(zip(keys, found), uniquingKeysWith: { a, _ in a })
        return Dictionary(uniqueKeysWithValues: todo.indices.map { (todo[$0].doc, (keys[$0], found[$0])) })
    }

    /// Everything `statedDays` reads of an undated article: its bytes, id and path.
    static func textKey(_ doc: Document) -> String { [doc.sha256, doc.id, doc.path].joined(separator: "\u{1F}") }

    /// Everything `best` reads: the article's bytes, id and path (not its date, which it replaces), the anchors and
    /// the latest day, hashed.
    static func key(_ doc: Document, anchors: [(span: ByteSpan, day: CalendarDate)], latest: CalendarDate) -> String {
        var text = [doc.sha256, doc.id, doc.path, latest.iso].joined(separator: "\u{1F}")
        for a in anchors { text += "\u{1F}\(a.span.start)-\(a.span.end)@\(a.day.iso)" }
        return SHA256.hex(Array(text.utf8))
    }

    /// The undated articles that share events or state days, with their anchors and the latest day they point to.
    func evidence(documents: [Document], mentions: [Mention], clusters: [[Int]], workers: Int,
                  memo: inout InferenceMemo) -> [(doc: Int, anchors: [(span: ByteSpan, day: CalendarDate)], latest: CalendarDate)] {
        var undated: [String: Int] = [:]
        for i in documents.indices where documents[i].frontMatter.published == nil { undated[documents[i].id] = i }
        guard !undated.isEmpty else { memo.stated = [:]; return [] }
        var anchors: [Int: [(span: ByteSpan, day: CalendarDate)]] = [:]
        for c in clusters {
            guard let day = Self.datedDay(c, of: mentions, undated: undated) else { continue }
            for k in c { if let i = undated[mentions[k].doc] { anchors[i, default: []].append((mentions[k].span, day)) } }
        }
        // The days each undated article states, read on the workers; the corpus index of day-months only when needed.
        let order = undated.values.sorted()
        let textKeys = order.map { Self.textKey(documents[$0]) }
        let kept = memo.stated
        let stated = parallelMap(count: order.count, workers: workers) { kept[textKeys[$0]] ?? extractor.statedDays(documents[order[$0]]) }
        memo.stated = Dictionary(zip(textKeys, stated), uniquingKeysWith: { a, _ in a })
        let yearless = stated.contains { !$0.yearless.isEmpty } ? YearlessIndex(mentions: mentions, clusters: clusters, undated: undated) : nil
        var todo: [(doc: Int, anchors: [(span: ByteSpan, day: CalendarDate)], latest: CalendarDate)] = []
        for (k, i) in order.enumerated() {
            let list = anchors[i] ?? []
            var days = list.map(\.day) + (stated[k].latest.map { [$0] } ?? [])
            if days.isEmpty, !stated[k].yearless.isEmpty, let index = yearless { days = index.days(stated[k].yearless, doc: documents[i].id) }
            if let latest = days.max() { todo.append((i, list, Self.raised(latest, by: stated[k].weekdayed))) }
        }
        return todo
    }

    /// "On November 6 … killed 25" (an event dated reports put on 6 November 2023) "… on Tuesday November 21": a day the
    /// article states without its year but with its weekday, which that day has in the year of the latest shared event,
    /// later than that event and at most `yearlessReach` days after it, is one the article has seen; it was not published
    /// before it. (A day without its weekday may be one to come told in the present: "whose term expires on 16 December".)
    static func raised(_ latest: CalendarDate, by weekdayed: [Int]) -> CalendarDate {
        var out = latest
        for x in weekdayed {
            let md = x / 10
            guard let d = CalendarDate(year: latest.year, month: md / 100, day: md % 100), d.weekday == x % 10 else { continue }
            let gap = d.dayNumber - latest.dayNumber
            if gap > 0, gap <= yearlessReach, d > out { out = d }
        }
        return out
    }

    /// How far after the latest shared event a day stated without its year may lie and still bound the publication.
    static let yearlessReach = 30

    /// Dated events by day of the year, with the places their passages name, and the places each undated article's
    /// passages name: which year an undated "on August 24" at a place is.
    struct YearlessIndex {
        var byMonthDay: [Int: [(day: CalendarDate, places: Set<String>)]] = [:]
        var placesOf: [String: Set<String>] = [:]

        init(mentions: [Mention], clusters: [[Int]], undated: [String: Int]) {
            for c in clusters {
                let places = Set(c.compactMap { mentions[$0].location?.place.key })
                if let d = PublicationInference.datedDay(c, of: mentions, undated: undated) { byMonthDay[d.month * 100 + d.day, default: []].append((d, places)) }
                for k in c where undated[mentions[k].doc] != nil { placesOf[mentions[k].doc, default: []].formUnion(places) }
            }
        }

        /// The dated days, on one of `monthDays`, of events at a place the undated article `doc` names.
        func days(_ monthDays: [Int], doc: String) -> [CalendarDate] {
            guard let mine = placesOf[doc] else { return [] }
            return monthDays.flatMap { md in (byMonthDay[md] ?? []).filter { !$0.places.isDisjoint(with: mine) }.map(\.day) }
        }
    }

    /// The day dated articles give the event of `cluster` (indices into `mentions`): the one most of their
    /// day-precise mentions name (the earliest on ties).
    static func datedDay(_ cluster: [Int], of mentions: [Mention], undated: [String: Int]) -> CalendarDate? {
        var counts: [CalendarDate: Int] = [:]
        for k in cluster where mentions[k].date.precision == .day && undated[mentions[k].doc] == nil {
            if let d = mentions[k].date.date { counts[d, default: 0] += 1 }
        }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The candidate day whose reading dates the shared events as the dated reports do (the earliest of equals; when
    /// none does, the one whose reading puts them nearest the reports' days). A date the equally good candidates read
    /// differently ("on Saturday" read from a Wednesday or from a Sunday) is known only to the week; one they all read
    /// alike ("on 30 July", "on Tuesday" when every candidate follows that Tuesday) keeps its day.
    func best(_ doc: Document, anchors: [(span: ByteSpan, day: CalendarDate)], latest: CalendarDate) -> Inferred {
        // The context and sentences are read once; each candidate day resolves the dates again.
        let prepared = extractor.prepare(doc)
        let readings = (0...Self.window).map { offset -> (score: Agreement, inferred: Inferred) in
            let day = latest.adding(days: offset)
            let extraction = extractor.extract(prepared, published: day)
            return (Self.agreement(extraction.mentions, anchors: anchors), Inferred(published: day, extraction: extraction))
        }
        let top = readings.map(\.score).max()!
        // The equally agreeing readings say how sure each date is; the earliest is read, or when none agrees with the
        // reports, the one nearest them.
        let equals = top.agreeing > 0 ? readings.filter { $0.score.agreeing == top.agreeing } : readings
        let pick = top.agreeing > 0 ? 0 : equals.firstIndex { $0.score == top } ?? 0
        var chosen = equals[pick].inferred
        let others = equals.indices.filter { $0 != pick }.map { equals[$0].inferred.extraction }
        chosen.extraction.mentions = Self.coarsened(chosen.extraction.mentions, others.map(\.mentions), span: \.span, date: \.date)
        chosen.extraction.claims = Self.coarsened(chosen.extraction.claims, others.map(\.claims), span: \.span, date: \.date)
        return chosen
    }

    /// `items` with every day that some other reading does not share (same passage, same day) widened to its week.
    static func coarsened<T>(_ items: [T], _ others: [[T]], span: KeyPath<T, ByteSpan>, date: WritableKeyPath<T, EventDate>) -> [T] {
        var items = items
        for i in items.indices where items[i][keyPath: date].precision == .day {
            let (s, d) = (items[i][keyPath: span], items[i][keyPath: date].date)
            if others.contains(where: { !$0.contains { $0[keyPath: span] == s && $0[keyPath: date].date == d } }) {
                items[i][keyPath: date].precision = .week
            }
        }
        return items
    }

    /// How a reading dates the shared events: +1 for each it puts on the dated reports' day, −1 for each it puts on
    /// another; then (negated, so that more is better) how many days those others lie from the reports' days. An
    /// article that contradicts the reports on every candidate ("on Saturday" for a Friday) is read from the day that
    /// puts its events nearest to them.
    struct Agreement: Comparable {
        var agreeing = 0
        var distance = 0
        static func < (a: Agreement, b: Agreement) -> Bool { (a.agreeing, a.distance) < (b.agreeing, b.distance) }
    }

    static func agreement(_ mentions: [Mention], anchors: [(span: ByteSpan, day: CalendarDate)]) -> Agreement {
        var score = Agreement()
        for a in anchors {
            guard let m = mentions.first(where: { $0.span.start < a.span.end && a.span.start < $0.span.end }),
                  m.date.precision == .day, let d = m.date.date else { continue }
            score.agreeing += d == a.day ? 1 : -1
            score.distance -= abs(d.dayNumber - a.day.dayNumber)
        }
        return score
    }
}
