import Foundation
import SitrepCore

/// An article's text cut into the pieces a copy changes (publication date, dates, figures, place names) and the
/// literal text between them, so each copy is spliced together without searching the text again.
struct CopyText {
    enum Piece {
        case literal(String)
        /// "published: 2024-11-30" in the front matter.
        case published(CalendarDate)
        /// A calendar date in the text: day first ("30 November 2024") or month first ("November 30, 2024").
        case date(CalendarDate, dayFirst: Bool, year: Bool)
        case number(Int)
        case place(String)
    }
    let pieces: [Piece]

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    private static let monthAlternation = months.joined(separator: "|")
    private static let pattern = try! NSRegularExpression(pattern: [
        "^published:[ \\t]*(\\d{4})-(\\d{2})-(\\d{2})",
        "\\b(\\d{1,2}) (\(monthAlternation))(?: (\\d{4}))?\\b",
        "\\b(\(monthAlternation)) (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?\\b",
        "(?<![\\d:/.,-])\\b([1-9]\\d{0,2})\\b(?![\\d:/.,-]\\d)",
    ].joined(separator: "|"), options: [.anchorsMatchLines])

    /// Cuts `text` (published in `year` when its dates name none) at its dates, figures and the `places` named.
    init(_ text: String, places: [String], year: Int) {
        let ns = text as NSString
        var pieces: [Piece] = [], at = 0
        var cuts: [(NSRange, Piece)] = []
        for m in Self.pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            if let p = Self.piece(m, ns, year: year) { cuts.append((m.range, p)) }
        }
        if !places.isEmpty {
            let names = places.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
            let re = try! NSRegularExpression(pattern: "\\b(?:\(names))\\b")
            for m in re.matches(in: text, range: NSRange(location: 0, length: ns.length))
            where !cuts.contains(where: { NSIntersectionRange($0.0, m.range).length > 0 }) {
                cuts.append((m.range, .place(ns.substring(with: m.range))))
            }
        }
        for (r, p) in cuts.sorted(by: { $0.0.location < $1.0.location }) {
            if r.location > at { pieces.append(.literal(ns.substring(with: NSRange(location: at, length: r.location - at)))) }
            pieces.append(p)
            at = r.location + r.length
        }
        if at < ns.length { pieces.append(.literal(ns.substring(from: at))) }
        self.pieces = pieces
    }

    private static func piece(_ m: NSTextCheckingResult, _ ns: NSString, year: Int) -> Piece? {
        func group(_ i: Int) -> String? { m.range(at: i).location == NSNotFound ? nil : ns.substring(with: m.range(at: i)) }
        if let y = group(1), let mo = group(2), let d = group(3) {
            return CalendarDate(year: Int(y)!, month: Int(mo)!, day: Int(d)!).map(Piece.published)
        }
        if let d = group(4), let mo = group(5) {
            let date = CalendarDate(year: group(6).flatMap { Int($0) } ?? year, month: months.firstIndex(of: mo)! + 1, day: Int(d)!)
            return date.map { .date($0, dayFirst: true, year: group(6) != nil) }
        }
        if let mo = group(7), let d = group(8) {
            let date = CalendarDate(year: group(9).flatMap { Int($0) } ?? year, month: months.firstIndex(of: mo)! + 1, day: Int(d)!)
            return date.map { .date($0, dayFirst: false, year: group(9) != nil) }
        }
        return group(10).flatMap { Int($0) }.map(Piece.number)
    }

    /// The copy: dates moved by `weeks`, figures above one raised by `tollShift`, places renamed.
    func text(weeks: Int, tollShift: Int, renames: [String: String]) -> String {
        var out = ""
        for p in pieces {
            switch p {
            case .literal(let s): out += s
            case .published(let d): out += "published: " + d.adding(days: weeks * 7).iso
            case .date(let d, let dayFirst, let year):
                let n = d.adding(days: weeks * 7), month = Self.months[n.month - 1]
                out += dayFirst ? "\(n.day) \(month)" : "\(month) \(n.day)"
                if year { out += dayFirst ? " \(n.year)" : ", \(n.year)" }
            case .number(let n): out += String(n > 1 ? n + tollShift : n)
            case .place(let name): out += renames[name] ?? name
            }
        }
        return out
    }
}
