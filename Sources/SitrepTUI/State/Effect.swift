import Foundation
import SitrepCore

/// Something a key asks of the world outside the state — the clipboard, a file — done by the backend after the key.
public enum Effect: Hashable, Sendable {
    /// Put text on the system clipboard (the backend sends OSC 52).
    case copy(String)
    /// Write the events of the current view to a file, as CSV or `sitrep/1` JSON.
    case export(path: String, format: ExportFormat)
    /// Open a web address with the system's opener (xdg-open, open).
    case openURL(String)
    /// Save an analyst's verdict on an event (nil clears it) through `AppState.saveVerdict`.
    case saveVerdict(event: String, verdict: String?)
    /// Save an event's annotation (verdict, note, tags) through `AppState.saveAnnotation`.
    case saveAnnotation(event: String, annotation: EventAnnotation)
}

/// The formats `e` writes, chosen by the file name's extension.
public enum ExportFormat: String, Hashable, Sendable {
    case csv, json

    /// JSON for a name ending in ".json", else CSV.
    public static func of(path: String) -> ExportFormat { path.lowercased().hasSuffix(".json") ? .json : .csv }
}

extension AppState {
    /// The events of the current view (filters applied), in timeline order.
    public var viewEvents: [Event] { rows.compactMap(\.eventIndex).map { analysis.events[$0] } }

    /// The bytes `e` writes for the current view: the same CSV and JSON as `sitrep export` with the same filters.
    public func exportData(_ format: ExportFormat) throws -> Data {
        let events = viewEvents
        switch format {
        case .csv: return Data(CSVExport.text(events, outlets: index.outlets).utf8)
        case .json:
            let ids = Set(events.map(\.id))
            return try JSONExport.data(analysis, generator: "sitrep browser", events: events,
                                       disagreements: analysis.disagreements.filter { d in
                                           d.event.map(ids.contains) ?? filter.isEmpty || d.relatedEvent.map(ids.contains) == true })
        }
    }

    /// The text `y` copies: the passage shown in the source pane, then outlet, date, url and the event's id.
    public var citation: String? {
        guard let content = sourceContent(width: 80), let doc = content.document else { return nil }
        let fm = doc.frontMatter
        var source = [Sanitize.oneLine(doc.outlet, limit: 80)]
        if let p = fm.published { source.append(Labels.short(p) + (fm.publishedInferred ? " (date inferred)" : "")) }
        if let url = fm.url { source.append(Sanitize.oneLine(url, limit: 500)) }
        if let e = selectedEvent, content.position != -2 { source.append("sitrep event " + e.id) }
        let span = content.passage.span
        let quote = span.start == span.end ? Sanitize.oneLine(doc.title, limit: 300) : Sanitize.oneLine(doc.slice(span), limit: 4000)
        return "“" + quote + "”\n— " + source.joined(separator: ", ")
    }

    /// `u`: asks the backend to open the url of the article shown in the source pane.
    mutating func openArticleURL() {
        guard let doc = sourceContent(width: 80)?.document else { message = "No article shown: select an event first"; return }
        guard let url = doc.frontMatter.url, url.hasPrefix("http://") || url.hasPrefix("https://") else {
            message = "\(Sanitize.oneLine(doc.outlet, limit: 40))'s article has no http(s) url in its front matter"; return
        }
        effects.append(.openURL(url))
    }

    /// `y`: asks the backend to copy the citation.
    mutating func copyCitation() {
        guard let text = citation else { message = "Nothing to copy: select an event first"; return }
        effects.append(.copy(text))
        message = "Copied the passage with its citation (OSC 52)"
    }
}
