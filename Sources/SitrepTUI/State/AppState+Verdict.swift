import SitrepCore

extension AppState {
    /// The verdicts `v` steps through, then none.
    static let verdicts = ["confirmed", "disputed", "dismissed"]

    /// `v`: the selected event's next verdict (confirmed → disputed → dismissed → none), shown at once and saved by
    /// the backend.
    mutating func cycleVerdict() {
        guard let e = selectedEvent else { message = "No event selected"; return }
        guard saveVerdict != nil else { message = "Verdicts are kept beside the corpus index; this run has none"; return }
        var a = annotations[e.id] ?? EventAnnotation(verdict: nil, note: "", tags: [])
        let i = a.verdict.flatMap { Self.verdicts.firstIndex(of: $0) }
        a.verdict = i.map { $0 + 1 < Self.verdicts.count ? Self.verdicts[$0 + 1] : nil } ?? Self.verdicts[0]
        annotations[e.id] = a.verdict == nil && a.note.isEmpty && a.tags.isEmpty ? nil : a
        effects.append(.saveVerdict(event: e.id, verdict: a.verdict))
        message = "Marked \(e.id) \(a.verdict ?? "with no verdict")"
    }

    /// The timeline's one-character mark of an event's annotation: ✓ confirmed, ? disputed, ✗ dismissed, • a note
    /// or tags only; nil without one.
    public func annotationMark(_ id: String) -> String? {
        guard let a = annotations[id] else { return nil }
        switch a.verdict {
        case "confirmed": return "✓"
        case "disputed": return "?"
        case "dismissed": return "✗"
        default: return "•"
        }
    }
}
