/// Everything sitrep found in a corpus: documents, consolidated events and disagreements.
public struct Analysis: Sendable, Codable {
    public var documents: [Document] { didSet { lookup = IDLookup() } }
    /// Events sorted by date (unknown last), then place, then id.
    public var events: [Event] { didSet { lookup = IDLookup() } }
    public var disagreements: [Disagreement]
    /// Problems met while loading (bad files); the rest of the corpus still loads.
    public var problems: [LoadProblem]
    /// Positions of documents and events by id, built on the first lookup; a new one whenever either array changes.
    private var lookup = IDLookup()
    /// The whole events and the disagreements being read on another thread while `events` holds their outlines
    /// (`Event.outline`) and `disagreements` is empty, or nil when the analysis is whole. Only a caller that asked for
    /// it (the browser, to draw sooner) gets such an analysis; `completed()` gives the whole one.
    public var pendingEvents: DeferredEvents? = nil

    enum CodingKeys: String, CodingKey { case documents, events, disagreements, problems }

    public init(documents: [Document], events: [Event], disagreements: [Disagreement], problems: [LoadProblem] = []) {
        self.documents = documents; self.events = events; self.disagreements = disagreements; self.problems = problems
    }

    /// This analysis with whole events: waits for the pending ones if there are any. Throws what reading them threw.
    public func completed() throws -> Analysis {
        guard let pendingEvents else { return self }
        var a = self
        (a.events, a.disagreements) = try pendingEvents.whole(); a.pendingEvents = nil
        return a
    }

    /// The first document with this id (a dictionary lookup after the first call).
    public func document(_ id: String) -> Document? { lookup.document(id, in: documents).map { documents[$0] } }
    /// The first event with this id (a dictionary lookup after the first call).
    public func event(_ id: String) -> Event? { lookup.event(id, in: events).map { events[$0] } }
    /// The disagreements about an event, including those between it and another telling of the same happening.
    public func disagreements(of eventID: String) -> [Disagreement] {
        disagreements.filter { $0.event == eventID || $0.relatedEvent == eventID }
    }
}

/// A file that could not be read as an article, with what to do about it.
public struct LoadProblem: Hashable, Sendable, Codable, Error, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable {
        case missingPath, emptyDirectory, emptyFile, binaryFile, invalidUTF8, tooLarge, malformedFrontMatter, unreadable
        /// A FIFO, socket or device where an article file was expected; a directory reached a second time.
        case notAFile, directoryLoop
        /// A warning, not an error: the file is not UTF-8 and was read as Windows-1252.
        case notUTF8
        /// A note, not an error: the file has the same bytes as another one read, and counts once.
        case duplicate
        /// Distinct process exit code for this kind of problem.
        public var exitCode: Int32 {
            switch self {
            case .missingPath: 66
            case .emptyDirectory: 67
            case .emptyFile: 68
            case .binaryFile: 69
            case .invalidUTF8: 70
            case .tooLarge: 71
            case .malformedFrontMatter: 72
            case .unreadable: 74
            case .notAFile: 76
            case .directoryLoop: 77
            case .notUTF8, .duplicate: 0
            }
        }
    }
    public var kind: Kind
    public var path: String
    public var line: Int?
    public var message: String
    public var help: String
    public init(kind: Kind, path: String, line: Int? = nil, message: String, help: String) {
        self.kind = kind; self.path = path; self.line = line; self.message = message; self.help = help
    }
    /// The message for stderr; the path (a file name may hold any byte but '/' and NUL) and texts sanitised.
    public var description: String {
        let loc = line.map { "\(Sanitize.line(path)):\($0)" } ?? Sanitize.line(path)
        return "\(kind.exitCode == 0 ? "Warning" : "Error"): \(loc): \(Sanitize.line(message))\nHelp: \(Sanitize.line(help))"
    }
}
