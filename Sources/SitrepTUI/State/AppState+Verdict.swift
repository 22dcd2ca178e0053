import Foundation
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

extension AppState {
    /// `m` and `#`: a prompt holding the selected event's note or tags, to edit and save.
    mutating func openAnnotationPrompt(_ kind: Prompt.Kind) {
        guard let e = selectedEvent else { message = "No event selected"; return }
        guard saveAnnotation != nil else { message = "Notes and tags are kept beside the corpus index; this run has none"; return }
        openPrompt(kind)
        let a = annotations[e.id]
        let text = kind == .note ? a?.note ?? "" : (a?.tags ?? []).joined(separator: ", ")
        prompt?.text = text
        prompt?.cursor = text.count
    }

    /// The prompt's text as the selected event's note or tags (comma-separated, trimmed, duplicates dropped), shown at
    /// once and saved by the backend.
    mutating func annotate(_ kind: Prompt.Kind, _ text: String) {
        guard let e = selectedEvent, saveAnnotation != nil else { message = "No event selected"; return }
        var a = annotations[e.id] ?? EventAnnotation(verdict: nil, note: "", tags: [])
        if kind == .note {
            a.note = text.trimmingCharacters(in: .whitespaces)
        } else {
            var tags: [String] = []
            for t in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !t.isEmpty && !tags.contains(t) {
                tags.append(t)
            }
            a.tags = tags
        }
        annotations[e.id] = a.verdict == nil && a.note.isEmpty && a.tags.isEmpty ? nil : a
        effects.append(.saveAnnotation(event: e.id, annotation: a))
        message = kind == .note ? (a.note.isEmpty ? "Note removed from \(e.id)" : "Note saved on \(e.id)")
            : (a.tags.isEmpty ? "Tags removed from \(e.id)" : "Tagged \(e.id): " + a.tags.joined(separator: ", "))
    }
}
