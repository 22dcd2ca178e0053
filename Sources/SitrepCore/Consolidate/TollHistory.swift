/// An event's tolls as its sources gave them over time: who said what, when it was published.
///
/// ACLED's rule for the best figure: the most conservative across sources, unless a source revises its own earlier
/// figure — then that source's latest figure stands for it ("7 dead" in the morning, "12 dead" at night).
struct TollHistory {
    /// One source's figure: its passage, who gave it, and the day its article appeared.
    struct Figure { var mention: Int; var source: String; var count: Int; var published: CalendarDate? }
    let figures: [Figure]

    /// The figures of `e`'s mentions (vague counts, "several", only when no mention gives a figure); a mention's source
    /// is who it is claimed by, else its outlet.
    init(_ e: Event, outlets: [String: String], published: [String: CalendarDate]) {
        let anyFigure = FatalityCount.anyFigure(e.mentions.lazy.map(\.fatalities))
        figures = e.mentions.indices.compactMap { i in
            let m = e.mentions[i]
            guard let f = m.fatalities, !(anyFigure && f.isVague) else { return nil }
            return Figure(mention: i, source: m.claimedBy ?? outlets[m.doc] ?? m.doc, count: f.count, published: published[m.doc])
        }
    }

    /// Each source's latest figure: from its latest article, the highest of that article's figures (tolls rise as
    /// the dead are counted; "had earlier given seven" stands after "twelve" in the text).
    var latestPerSource: [String: Int] {
        var out: [String: (day: Int, count: Int)] = [:]
        for f in figures {
            let day = f.published?.dayNumber ?? Int.min
            if let o = out[f.source], (o.day, o.count) >= (day, f.count) { continue }
            out[f.source] = (day, f.count)
        }
        return out.mapValues(\.count)
    }

    /// Whether some source gave two different figures.
    var hasRevision: Bool {
        Dictionary(grouping: figures, by: \.source).values.contains { Set($0.map(\.count)).count > 1 }
    }

    /// The best figure: the lowest of each source's latest, when a source revised itself; nil otherwise (the lowest
    /// of all figures stands).
    var revisedBest: Int? { hasRevision ? latestPerSource.values.min() : nil }

    /// Sets a disputed event's best toll to its revised best, when a source revised its own figure.
    static func reviseBest(_ e: inout Event, outlets: [String: String], published: [String: CalendarDate]) {
        guard e.fatalities?.isDisputed == true, let best = TollHistory(e, outlets: outlets, published: published).revisedBest else { return }
        e.fatalities!.best = best
        e.fatalities!.count = best
        e.fatalities!.qualifier = e.mentions.first { $0.fatalities?.count == best }?.fatalities?.qualifier
    }
}
