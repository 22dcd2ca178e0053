/// An event told twice in one article: the telling without a date of its own takes the dated one's.
extension DocumentExtractor {
    /// Undated drafts (default or paragraph dates) that retell a dated draft of the same article take its date: the
    /// same type and sub-type, and the same toll or the same local place. The nearest earlier telling is preferred,
    /// else the nearest later one ("the commander … was killed" after "the killing of a commander on Monday").
    static func inheritDates(_ drafts: inout [Draft]) {
        let dated = drafts.indices.filter { drafts[$0].explicitDate && drafts[$0].mention.date.precision <= .week }
        guard !dated.isEmpty else { return }
        for k in drafts.indices where !drafts[k].explicitDate && (drafts[k].mention.date.precision > .day || drafts[k].dateKind == .reported) {
            // Compared by index: a mention holds many references and should not be copied for each comparison.
            let earlier = dated.last { $0 < k && retells(drafts, k, $0) }
            guard let source = earlier ?? dated.first(where: { $0 > k && retells(drafts, k, $0) }) else { continue }
            let date = drafts[source].mention.date
            // A retelling's day or week, never a year or month said of something else in the article.
            // A day said of the statement gives way to the act's own day, if it is not later.
            if drafts[k].dateKind == .reported {
                // (A night running into the day it was reported on, "overnight", fits that day: it stays.)
                guard date.precision == .day, let said = drafts[k].mention.date.date, let own = date.date, own <= said,
                      said.dayNumber - own.dayNumber <= 7, (date.latest ?? own) < said else { continue }
                drafts[k].mention.date = date
                continue
            }
            guard date.date != nil, date.precision <= .week, date.precision < drafts[k].mention.date.precision, drafts[k].mention.date.overlaps(date) || drafts[k].mention.date.date == nil else { continue }
            drafts[k].mention.date = date
        }
    }

    /// Whether draft `k` may retell the dated draft `d`: same kind of event, and the same toll or the same town.
    static func retells(_ drafts: [Draft], _ k: Int, _ d: Int) -> Bool {
        guard drafts[d].mention.eventType == drafts[k].mention.eventType,
              drafts[d].mention.subEventType == drafts[k].mention.subEventType else { return false }
        if let a = drafts[k].mention.fatalities, let b = drafts[d].mention.fatalities { return a.count == b.count }
        guard let p = drafts[k].mention.location?.place, let q = drafts[d].mention.location?.place, p.kind.isLocal, q.kind.isLocal else {
            return false
        }
        return p.key == q.key
    }
}
