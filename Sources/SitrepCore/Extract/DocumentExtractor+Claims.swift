/// Claims: propositions a passage asserts or denies ("no fighting", "had not entered the city").
extension DocumentExtractor {
    func claimsIn(_ facts: SentenceFacts, ctx: DocumentContext, para: Paragraph) -> [Claim] {
        let tokens = ctx.layout.tokens
        let keys = ctx.layout.keys
        var out: [Claim] = []
        var i = facts.sentence.tokens.lowerBound
        let scanner = TriggerScanner(lexicon: lexicon, keys: keys)
        while i < facts.sentence.tokens.upperBound {
            guard tokens[i].flags.contains(.startsClaim), let (prop, pol, len) = lexicon.claims.match(keys, at: i), i + len <= facts.sentence.tokens.upperBound else { i += 1; continue }
            let r = i..<(i + len)
            var polarity = pol
            let denial = facts.attributions.contains { $0.isDenial && $0.scope.contains(i) }
            if pol == .asserted && (scanner.negated(r, range: facts.sentence.tokens, tokens: tokens) || denial) { polarity = .denied }
            if !scanner.irrealis(r, range: facts.sentence.tokens, tokens: tokens),
               !out.contains(where: { $0.proposition == prop }) {
                let date = facts.nearestDate(to: i)?.date ?? para.date ?? defaultDate(ctx.published)
                let place = facts.places.lazy.filter { $0.isLocative }.min { abs($0.tokens.lowerBound - i) < abs($1.tokens.lowerBound - i) }
                let claimed = facts.attributions.lazy.filter { $0.scope.contains(i) }.min { $0.scope.count < $1.scope.count }?.source
                out.append(Claim(doc: ctx.document.id, span: facts.sentence.span, quoteText: ctx.layout.shared(facts.sentence.span),
                                 proposition: prop, polarity: polarity, date: date,
                                 location: place?.location ?? para.place ?? ctx.focus, claimedBy: claimed))
            }
            i += len
        }
        return out
    }
}
