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
