import ArgumentParser
import Foundation
import SitrepCore
import SitrepStore

/// `sitrep annotate EVENT-ID`: an analyst's verdict, note and tags on an event, kept beside the corpus index.
struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Mark an event confirmed, disputed or dismissed, and add a note or tags (kept in the corpus's annotations file).")
    @Argument(help: "The event id (or its start), as 'sitrep list' prints it.") var event: String
    @Option(help: ArgumentHelp("confirmed, disputed, dismissed, or none to clear it.", valueName: "verdict")) var verdict: String?
    @Option(help: ArgumentHelp("A free-text note (replaces the earlier one; empty clears it).", valueName: "text")) var note: String?
    @Option(help: ArgumentHelp("A tag to add (repeatable).", valueName: "tag")) var tag: [String] = []
    @Option(help: ArgumentHelp("A tag to remove (repeatable).", valueName: "tag")) var untag: [String] = []
    @OptionGroup var corpus: CorpusOptions

    func validate() throws {
        if let v = verdict, v != "none", Verdict(rawValue: v) == nil {
            throw ValidationError("--verdict '\(Sanitize.oneLine(v, limit: 40))' is not a verdict; use confirmed, disputed, dismissed or none")
        }
        if verdict == nil && note == nil && tag.isEmpty && untag.isEmpty {
            throw ValidationError("nothing to record; give --verdict, --note, --tag or --untag")
        }
    }

    func run() throws {
        try runReporting {
            let s = try Session.open(corpus)
            let store = try AnnotationAccess.store(s)
            let e = try EventLookup.find(event, in: s.analysis)
            let all = try store.reconcile(events: s.analysis.events, documents: s.analysis.documents)
            let docs = Dictionary(s.analysis.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            var a = all.first { $0.event == e.id } ?? Annotation(passages: Annotation.passages(of: e, documents: docs), event: e.id)
            if let v = verdict { a.verdict = Verdict(rawValue: v) }
            if let n = note { a.note = n }
            a.tags = (a.tags.filter { !untag.contains($0) } + tag.filter { !a.tags.contains($0) })
            do { try store.save(a) } catch { throw CLIError.annotations(String(describing: error)) }
            try Terminal.write(AnnotationAccess.line(a) + "\n")
            try s.finish()
        }
    }
}

/// The session's annotations file, opened.
enum AnnotationAccess {
    static func store(_ s: Session) throws -> AnnotationStore {
        guard let index = s.index.path else {
            throw CLIError.annotations("annotations are kept beside the corpus index, and this run has none")
        }
        let path = AnnotationStore.path(forIndex: index)
        do { return try AnnotationStore.open(path: path) } catch { throw CLIError.annotations(String(describing: error)) }
    }

    /// The annotations of the session's corpus, attached to its events now; none when it has no annotations file.
    static func existing(_ s: Session) throws -> [Annotation] {
        guard let index = s.index.path, FileManager.default.fileExists(atPath: AnnotationStore.path(forIndex: index)) else { return [] }
        let whole = try s.wholeAnalysis()
        do { return try store(s).reconcile(events: whole.events, documents: whole.documents) } catch let e as CLIError { throw e } catch {
            throw CLIError.annotations(String(describing: error))
        }
    }

    /// The annotations as last attached (by event id), without attaching them to this run's events: what the browser
    /// marks before its events are whole. None when there is no annotations file or it cannot be read.
    static func lastAttached(_ s: Session) -> [String: EventAnnotation] {
        guard let index = s.index.path, FileManager.default.fileExists(atPath: AnnotationStore.path(forIndex: index)),
              let list = try? store(s).all() else { return [:] }
        return forExport(list)
    }

    /// What the browser's `v` saves: the event's verdict (nil clears it); nil without an index.
    static func verdictSaver(_ s: Session) -> (@Sendable (String, String?) -> String?)? {
        guard let save = saver(s, failure: "Could not save the verdict") else { return nil }
        return { id, verdict in
            save(id) { (a: inout Annotation) in a.verdict = verdict.flatMap(Verdict.init(rawValue:)) }
        }
    }

    /// What the browser's `m` and `#` save: the event's whole annotation (verdict, note, tags); nil without an index.
    static func annotationSaver(_ s: Session) -> (@Sendable (String, EventAnnotation) -> String?)? {
        guard let save = saver(s, failure: "Could not save the note or tags") else { return nil }
        return { id, wanted in
            save(id) { (a: inout Annotation) in
                a.verdict = wanted.verdict.flatMap(Verdict.init(rawValue:)); a.note = wanted.note; a.tags = wanted.tags
            }
        }
    }

    /// Saves a change to one event's annotation (made if it has none, anchored to its passages); returns an error
    /// message, nil when saved. nil without an index.
    static func saver(_ s: Session, failure: String)
        -> (@Sendable (String, (inout Annotation) -> Void) -> String?)? {
        guard s.index.path != nil else { return nil }
        // The store is opened at the first save, not before the browser's first frame.
        let opened = OnFirstUse { try AnnotationAccess.store(s) }
        let whole = OnFirstUse { try s.wholeAnalysis() }
        return { id, change in
            do {
                let analysis = try whole.value()
                guard let e = analysis.event(id) else { return "No event \(id)" }
                let store = try opened.value()
                let docs = Dictionary(analysis.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                let all = try store.reconcile(events: analysis.events, documents: analysis.documents)
                var a = all.first { $0.event == id } ?? Annotation(passages: Annotation.passages(of: e, documents: docs), event: id)
                change(&a)
                try store.save(a)
                return nil
            } catch { return "\(failure): \(error)" }
        }
    }

    /// Ids of the events with any of the verdicts (when given) and all of the tags.
    static func events(in list: [Annotation], verdicts: [String], tags: [String]) -> Set<String> {
        Set(list.filter { a in
            (verdicts.isEmpty || verdicts.contains(a.verdict?.rawValue ?? "")) && tags.allSatisfy(a.tags.contains)
        }.compactMap(\.event))
    }

    /// The attached annotations as exports write them, by event id.
    static func forExport(_ list: [Annotation]) -> [String: EventAnnotation] {
        Dictionary(list.compactMap { a in a.event.map { ($0, EventAnnotation(verdict: a.verdict?.rawValue, note: a.note, tags: a.tags)) } },
                   uniquingKeysWith: { a, _ in a })
    }

    /// "ev-1a2b3c4d5e  confirmed  #checked #video  note text", sanitised; an orphan shows its first passage.
    static func line(_ a: Annotation) -> String {
        var parts = [a.event ?? "orphaned", a.verdict?.rawValue ?? "-"]
        if !a.tags.isEmpty { parts.append(a.tags.map { "#" + Sanitize.oneLine($0, limit: 40) }.joined(separator: " ")) }
        if !a.note.isEmpty { parts.append(Sanitize.oneLine(a.note, limit: 200)) }
        if a.event == nil, let p = a.passages.first {
            parts.append("(was in \(Sanitize.line(p.doc)) bytes \(p.start)–\(p.end): “\(Sanitize.oneLine(p.quote, limit: 120))”)")
        }
        return parts.joined(separator: "  ")
    }
}
