import SitrepCore

/// One row of the documents list (`o`): an article that was read, or a file that was skipped and why.
public enum DocumentRow: Hashable, Sendable {
    /// Index into `Analysis.documents`.
    case read(Int)
    /// Index into `Analysis.problems`.
    case skipped(Int)
}

extension AppState {
    /// Every document: those read, by outlet then publication date, then every file skipped, in load order.
    public var documentRows: [DocumentRow] {
        let docs = analysis.documents
        let read = docs.indices.sorted {
            (docs[$0].outlet, docs[$0].frontMatter.published?.dayNumber ?? Int.max, docs[$0].id)
                < (docs[$1].outlet, docs[$1].frontMatter.published?.dayNumber ?? Int.max, docs[$1].id)
        }
        return read.map(DocumentRow.read) + skippedProblems.map(DocumentRow.skipped)
    }

    /// Indices of the load problems that left a file out (a file read as Windows-1252 was read: it is no such problem).
    var skippedProblems: [Int] { analysis.problems.indices.filter { analysis.problems[$0].kind != .notUTF8 } }

    /// Files that could not be read or were left out (shown in the status line and the documents list).
    public var skippedFiles: Int { skippedProblems.count }

    /// Keys in the documents list: moves, Enter opens the article (or says why a file was skipped).
    mutating func documentsCommand(_ command: Command) {
        guard case .documents(let selected, let top) = overlay, !listOverlayCommon(command, closedBy: .documentList) else { return }
        let list = documentRows
        guard command == .open else {
            let (next, t) = moveInList(command, selected: selected, top: top, count: list.count)
            overlay = .documents(selected: next, top: t)
            return
        }
        guard selected < list.count else { return }
        switch list[selected] {
        case .read(let d): openArticle(analysis.documents[d].id)
        case .skipped(let p): message = "Skipped: " + analysis.problems[p].message
        }
    }

    /// Shows a whole article in the source pane, from its start or at a passage (highlighted), and focuses it.
    mutating func openArticle(_ id: String, at span: ByteSpan? = nil) {
        overlay = nil
        source = SourceState(passage: 0, claim: nil, top: nil, document: id, span: span)
        focus = .source; detail = .source
    }
}
