import SitrepCore

/// The styles of every element, in colour (on the terminal's own background) or monochrome.
public struct Theme: Sendable {
    public var title = Style(dim: true)
    public var titleFocused = Style(fg: .cyan, bold: true)
    public var rule = Style(dim: true)
    public var dateHeading = Style(bold: true)
    public var areaHeading = Style(fg: .blue)
    public var columnHeader = Style(dim: true)
    public var selection = Style(reverse: true)
    public var selectionUnfocused = Style(bold: true, underline: true)
    public var passage = Style(fg: .black, bg: .yellow)
    public var coarseMark = Style(fg: .yellow, bold: true)
    public var disputedMark = Style(fg: .red, bold: true)
    public var label = Style(bold: true)
    public var quiet = Style(dim: true)
    public var status = Style(reverse: true)
    public var statusMessage = Style(bold: true, reverse: true)
    public var prompt = Style(bold: true)
    public var completion = Style(reverse: false)
    public var completionSelected = Style(reverse: true)
    public var types: [EventType: Style] = [
        .battles: Style(fg: .red), .explosions: Style(fg: .magenta), .violenceAgainstCivilians: Style(fg: .red, bold: true),
        .protests: Style(fg: .cyan), .riots: Style(fg: .yellow), .strategicDevelopments: Style(fg: .green),
    ]

    public func type(_ t: EventType) -> Style { types[t] ?? .plain }

    public static let color = Theme()

    /// No colours: attributes only; the passage and the focused pane's title are shown in reverse video.
    public static let monochrome: Theme = {
        var t = Theme()
        t.title = t.title.withoutColors; t.titleFocused = Style(bold: true, reverse: true)
        t.areaHeading = Style(underline: true)
        t.passage = Style(bold: true, reverse: true)
        t.coarseMark = Style(bold: true); t.disputedMark = Style(bold: true)
        t.types = t.types.mapValues { _ in .plain }
        return t
    }()
}
