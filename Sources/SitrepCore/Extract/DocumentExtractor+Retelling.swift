/// An event told twice in one article: the telling without a date of its own takes the dated one's.
extension DocumentExtractor {
    /// Undated drafts (default or paragraph dates) that retell a dated draft of the same article take its date: the
    /// same type and sub-type, and the same toll or the same local place. The nearest earlier telling is preferred,
    /// else the nearest later one ("the commander … was killed" after "the killing of a commander on Monday").
    static func inheritDates(_ drafts: inout [Draft]) {
        for k in drafts.indices where !drafts[k].explicitDate {
            let earlier = drafts[..<k].lastIndex { retells(drafts[k].mention, $0) }
            let later = drafts[(k + 1)...].firstIndex { retells(drafts[k].mention, $0) }
            guard let source = earlier ?? later else { continue }
            let date = drafts[source].mention.date
            // A retelling's day or week, never a year or month said of something else in the article.
            guard date.date != nil, date.precision <= .week, date.precision < drafts[k].mention.date.precision, drafts[k].mention.date.overlaps(date) || drafts[k].mention.date.date == nil else { continue }
            drafts[k].mention.date = date
        }
    }

    /// Whether `m` may retell the dated draft `d`: same kind of event, and the same toll or the same town.
    static func retells(_ m: Mention, _ d: Draft) -> Bool {
        guard d.explicitDate, d.mention.eventType == m.eventType, d.mention.subEventType == m.subEventType else { return false }
        if let a = m.fatalities, let b = d.mention.fatalities { return a.count == b.count }
        guard let p = m.location?.place, let q = d.mention.location?.place, p.kind.isLocal, q.kind.isLocal else { return false }
        return p.key == q.key
    }
}
