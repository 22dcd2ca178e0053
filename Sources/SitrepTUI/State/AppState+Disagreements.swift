import SitrepCore

/// One source's value for a disputed field, as listed in the disagreements pane.
public struct ClaimRow: Hashable, Sendable {
    public var field: String
    public var summary: String
    public var claim: DisagreementClaim
}

extension AppState {
    /// The claims of the selected event's disagreements; when the core recorded disputed fields but no
    /// disagreement, one claim per mention for fatalities and dates.
    public var disagreementClaims: [ClaimRow] {
        guard let e = selectedEvent else { return [] }
        let recorded = analysis.disagreements(of: e.id)
        if !recorded.isEmpty {
            return recorded.flatMap { d in d.claims.map { ClaimRow(field: d.field.rawValue, summary: d.summary, claim: $0) } }
        }
        return e.disputedFields.flatMap { field in
            e.mentions.map { m in
                let value: String
                switch field {
                case "fatalities": value = m.fatalities.map { "\($0.figure) killed" } ?? "no toll"
                case "date": value = Labels.describe(m.date)
                case "place": value = m.location?.place.name ?? "no place"
                case "wounded", "abducted", "arrested": value = m.counts.first { $0.kind.rawValue == field }?.text ?? "no count"
                default: value = m.actors.map(\.name).joined(separator: ", ")
                }
                return ClaimRow(field: field, summary: "Sources disagree on \(field)",
                                claim: DisagreementClaim(doc: m.doc, span: m.span, quote: m.quote, value: value, claimedBy: m.claimedBy))
            }
        }
    }

    mutating func moveClaimCursor(_ command: Command) {
        let n = disagreementClaims.count
        guard n > 0 else { return }
        let page = max(1, (layout.disagreements?.height ?? 4) / 3)
        let d = AppState.distance(command, page: page)
        claimCursor = max(0, min(n - 1, d == Int.min / 2 ? 0 : d == Int.max / 2 ? n - 1 : claimCursor + d))
    }

    /// Events with disagreements, in date order, for the `D` list.
    public var disputedEvents: [Int] {
        index.dateOrder.filter { index.disputed.contains(analysis.events[$0].id) }
    }
}
