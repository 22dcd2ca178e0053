/// Reading one document from several publication days: its context and sentences are read once, and only the dates
/// (the one part of a reading that depends on the publication day) are resolved again for each day.
extension DocumentExtractor {
    /// What `extract` gives for the prepared document published on `day`.
    func extract(_ prepared: Prepared, published day: CalendarDate) -> DocumentExtraction {
        var ctx = prepared.context
        ctx.published = day
        return mentions(ctx, readings: redated(prepared.readings, ctx: ctx), settled: prepared.settled)
    }

    /// `readings` with their dates and paragraph memories as `read` gives them from `ctx`'s publication day (the
    /// other facts do not depend on dates; a paragraph's memory restarts at each new block, as in `read`).
    func redated(_ readings: [Reading], ctx: DocumentContext) -> [Reading] {
        var out = readings
        var para = Paragraph(), paraBlock = -1
        for k in out.indices {
            let facts = out[k].facts, block = facts.sentence.block
            if block != paraBlock { para = para.next; paraBlock = block }
            out[k].facts = facts.with(dates: dates(facts.sentence, ctx: ctx, para: para))
            out[k].para = para
            update(&para, facts: out[k].facts)
        }
        return out
    }
}
