/// The days an article states, which bound an undated article's publication from below.
extension DocumentExtractor {
    /// What an undated article's own prose says of its time.
    public struct StatedDays: Sendable, Equatable {
        /// The latest day stated with its year ("25/06/2024", "on 25 June 2024"), unless the article also names a later
        /// year (then that day is history the article recalls, not its time).
        public var latest: CalendarDate?
        /// Days of a month stated without a year ("on August 24"), as month × 100 + day.
        public var yearless: [Int]
        /// Those stated with their weekday ("on Tuesday November 21"), as (month × 100 + day) × 10 + weekday (Sunday 0).
        public var weekdayed: [Int]
        public init(latest: CalendarDate?, yearless: [Int], weekdayed: [Int] = []) {
            self.latest = latest; self.yearless = yearless; self.weekdayed = weekdayed
        }
    }

    /// The days `document`'s prose states, read as if it had no publication date (only the text's layout is needed:
    /// no places, actors or events).
    public func statedDays(_ document: Document) -> StatedDays {
        let layout = TextLayout(document: document, lexicon: lexicon)
        var day: CalendarDate? = nil, year: Int? = nil, yearless: [Int] = [], weekdayed: [Int] = []
        for s in layout.sentences where layout.roles[s.block] == .prose {
            for e in temporal.expressions(in: s.tokens, tokens: layout.tokens, published: nil) {
                if Self.datesAPicture(e.tokens, sentence: s.tokens, tokens: layout.tokens)
                    || Self.labelsAnEvent(e.tokens, sentence: s.tokens, tokens: layout.tokens) { continue }
                if let md = e.monthDay, !yearless.contains(md) { yearless.append(md) }
                if let md = e.monthDay, let wd = e.weekday, !weekdayed.contains(md * 10 + wd) { weekdayed.append(md * 10 + wd) }
                guard case .absolute = e.kind, let d = e.date.date else { continue }
                year = max(year ?? d.year, d.year)
                if e.date.precision == .day { day = max(day ?? d, d) }
            }
        }
        if let d = day, let y = year, y > d.year { day = nil }
        return StatedDays(latest: day, yearless: yearless, weekdayed: weekdayed)
    }

    /// A photo's date, not the article's: "This April 19, 2005, photo released by …", "a file photo". (An agency caption
    /// that ends with the picture's place and day, "… in Lome, Togo, Sept. 20, 2017.", is as often the story's day as an
    /// older one's: it stays.)
    static func datesAPicture(_ date: Range<Int>, sentence: Range<Int>, tokens: [Token]) -> Bool {
        (date.upperBound..<min(date.upperBound + 3, sentence.upperBound)).contains { pictureWords.contains(tokens[$0].word) }
    }

    static let pictureWords: Set<WordKey> = ["photo", "photograph", "picture", "image", "file"]

    /// A date used as an event's name, "the October 7, 2023, assault", "the 12 May 2025 vote": it labels an event the
    /// article recalls or awaits, not the article's time.
    static func labelsAnEvent(_ date: Range<Int>, sentence: Range<Int>, tokens: [Token]) -> Bool {
        guard date.lowerBound > sentence.lowerBound, tokens[date.lowerBound - 1].word == "the" else { return false }
        var j = date.upperBound
        if j < sentence.upperBound, tokens[j].word == "," { j += 1 }
        guard j < sentence.upperBound, tokens[j].isWord, !tokens[j].isCapitalized, tokens[j].number == nil else { return false }
        return !tokens[j].isCue(.preposition) && tokens[j].word != "and" && tokens[j].word != "to"
    }
}
