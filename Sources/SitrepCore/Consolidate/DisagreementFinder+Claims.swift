/// Contradictory claims and campaign tolls.
extension DisagreementFinder {
    /// Claims about one proposition, place and moment where one source asserts and another denies.
    func claimConflicts(_ claims: [Claim], events: [Event]) -> [Disagreement] {
        var out: [Disagreement] = []
        let index = ClaimEventIndex(events)
        for (prop, group) in Dictionary(grouping: claims, by: \.proposition).sorted(by: { $0.key < $1.key }) {
            var used = [Bool](repeating: false, count: group.count)
            for (i, denial) in group.enumerated() where denial.polarity == .denied && !used[i] {
                let related = group.indices.filter { j in
                    !used[j] && (j == i || sameSubject(group[j], denial))
                }
                let docsFor = Set(related.filter { group[$0].polarity == .asserted }.map { group[$0].doc })
                let docsAgainst = Set(related.filter { group[$0].polarity == .denied }.map { group[$0].doc })
                guard !docsFor.isEmpty, !docsAgainst.isEmpty, docsFor.union(docsAgainst).count >= 2 else { continue }
                for j in related { used[j] = true }
                let cs = related.map { group[$0] }
                out.append(claimDisagreement(prop, cs, event: event(for: denial, in: events, index: index)))
            }
        }
        return out
    }

    func sameSubject(_ a: Claim, _ b: Claim) -> Bool {
        if let pa = a.location?.place, let pb = b.location?.place, !(pa.isWithin(pb) || pb.isWithin(pa)) { return false }
        guard let da = a.date.date, let db = b.date.date else { return true }
        return a.date.overlaps(b.date) || abs(da.dayNumber - db.dayNumber) <= claimWindow
    }

    func event(for c: Claim, in events: [Event], index: ClaimEventIndex) -> String? {
        guard let q = c.location?.place else { return nil }
        let near = index.events(near: q, day: c.date.date?.dayNumber, days: claimWindow + 1).map { events[$0] }
        let cands = near.filter { e in
            guard e.eventType == .battles || e.eventType == .strategicDevelopments
                    || c.proposition == "responsibility" && e.eventType.isViolent, let p = e.location?.place, let q = c.location?.place,
                  p.isWithin(q) || q.isWithin(p) else { return false }
            guard let d = e.date.date, let cd = c.date.date else { return true }
            return abs(d.dayNumber - cd.dayNumber) <= claimWindow + 1
        }
        return cands.max { ($0.mentions.count, $1.id) < ($1.mentions.count, $0.id) }?.id
    }

    func claimDisagreement(_ prop: String, _ cs: [Claim], event: String?) -> Disagreement {
        let claims = cs.map { c in
            DisagreementClaim(doc: c.doc, span: c.span, quoteText: c.quoteText, value: "\(c.polarity == .asserted ? "asserts" : "denies") \(prop)",
                              claimedBy: c.claimedBy)
        }
        let place = cs.compactMap(\.location?.place.name).first.map { " in \($0)" } ?? ""
        func side(_ p: Polarity) -> String {
            Set(cs.filter { $0.polarity == p }.map { $0.claimedBy ?? outlets[$0.doc] ?? $0.doc }).sorted().joined(separator: ", ")
        }
        let summary = "Whether \(Self.propositionText(prop))\(place): yes (\(side(.asserted))) vs no (\(side(.denied)))"
        return Disagreement(event: event, field: .claim, summary: summary, claims: claims)
    }

    static func propositionText(_ p: String) -> String {
        switch p {
        case "fighting": return "there was fighting"
        case "entry": return "the attackers had entered"
        case "control": return "control changed hands"
        case "responsibility": return "anyone claimed it"
        default: return p
        }
    }

    /// Campaign-scale tolls (≥ threshold) for the same country and overlapping dates, from different documents, that differ.
    func campaignTolls(_ events: [Event]) -> [Disagreement] {
        var big: [(e: Int, m: Int)] = []
        for (i, e) in events.enumerated() {
            for (j, m) in e.mentions.enumerated() where (m.fatalities?.count ?? 0) >= campaignTollThreshold { big.append((i, j)) }
        }
        let mention = { (k: Int) in events[big[k].e].mentions[big[k].m] }
        let byCountry = Dictionary(grouping: big.indices) { events[big[$0].e].location?.place.countryCode }
            .mapValues { ks in OverlapIndex(ks.map { ($0, mention($0).date) }) }
        var out: [Disagreement] = []
        var used = [Bool](repeating: false, count: big.count)
        for k in big.indices where !used[k] {
            let e = events[big[k].e]
            let group = byCountry[e.location?.place.countryCode]!.overlapping(mention(k).date)
            guard Self.varies(group, { mention($0).doc }), Self.varies(group, { mention($0).fatalities!.count }),
                  Self.varies(group, { big[$0].e }) else { continue }
            for g in group { used[g] = true }
            let claims = group.map { g in
                let m = mention(g)
                return DisagreementClaim(doc: m.doc, span: m.span, quoteText: m.quoteText, value: Self.tollText(m.fatalities!), claimedBy: m.claimedBy)
            }
            let country = e.location?.place.country ?? "the area"
            let sides = claims.map { "\($0.value) (\($0.claimedBy ?? outlets[$0.doc] ?? $0.doc))" }.joined(separator: " vs ")
            out.append(Disagreement(event: nil, field: .fatalities, summary: "Death tolls reported for the fighting in \(country): \(sides)", claims: claims))
        }
        return out
    }
}
