/// An undated article read again with the publication date inferred for it (`PublicationInference`): the date and
/// the extraction it gives. The corpus index keeps them by `PublicationInference.key`, so an unchanged article with
/// the same evidence is not read again eight times.
public struct InferredReading: Sendable, Equatable {
    public var published: CalendarDate
    public var extraction: DocumentExtraction
    public init(published: CalendarDate, extraction: DocumentExtraction) { self.published = published; self.extraction = extraction }

    public static func == (a: Self, b: Self) -> Bool {
        a.published == b.published && a.extraction.mentions == b.extraction.mentions && a.extraction.claims == b.extraction.claims
    }
}

/// What the publication inference keeps between runs (the corpus index stores it): each undated article's reading by
/// `PublicationInference.key`, and the days its prose states by `PublicationInference.textKey`. A run given one
/// computes only what it lacks, and leaves it holding this run's values alone.
public struct InferenceMemo: Sendable, Equatable {
    public var readings: [String: InferredReading] = [:]
    public var stated: [String: DocumentExtractor.StatedDays] = [:]
    public init(readings: [String: InferredReading] = [:], stated: [String: DocumentExtractor.StatedDays] = [:]) {
        self.readings = readings; self.stated = stated
    }
}
