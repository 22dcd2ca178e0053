/// The panes of the browser.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case timeline, source, disagreements
    public var title: String {
        switch self {
        case .timeline: "Timeline"
        case .source: "Source"
        case .disagreements: "Disagreements"
        }
    }
}

/// Where each pane goes for a terminal size: side by side when wide, stacked when narrow.
///
/// Each pane rectangle includes its one-row title bar. Wide (≥ 100 columns): the timeline on the left,
/// source above disagreements on the right. Narrow: the timeline above one detail pane, the source or
/// the disagreements (Tab switches). `share` moves the split (the timeline's percentage of the width or height);
/// `zoom` gives one pane the whole screen. Below `minimum` nothing but a message fits.
public struct Layout: Hashable, Sendable {
    public static let minimum = Size(width: 60, height: 16)

    public var size: Size
    public var timeline: Rect
    public var source: Rect?
    public var disagreements: Rect?
    /// Column of the vertical rule between the timeline and the right column, when side by side.
    public var separatorX: Int?
    public var status: Rect
    public var isTooSmall: Bool
    /// The pane that has the whole screen, if any.
    public var zoom: Pane?

    /// The timeline's default share of the width (side by side) or height (stacked), in percent.
    public static func defaultShare(wide: Bool) -> Int { wide ? 60 : 45 }

    public init(size: Size, detail: Pane, share: Int? = nil, zoom: Pane? = nil) {
        self.size = size
        self.zoom = zoom
        let w = size.width, h = size.height
        isTooSmall = w < Layout.minimum.width || h < Layout.minimum.height
        status = Rect(x: 0, y: h - 1, width: w, height: 1)
        let body = h - 1
        if let zoom {
            separatorX = nil
            let all = Rect(x: 0, y: 0, width: w, height: body)
            timeline = zoom == .timeline ? all : Rect(x: 0, y: 0, width: 0, height: 0)
            source = zoom == .source ? all : nil
            disagreements = zoom == .disagreements ? all : nil
        } else if w >= 100 {
            let tw = w * (share ?? Layout.defaultShare(wide: true)) / 100
            separatorX = tw
            timeline = Rect(x: 0, y: 0, width: tw, height: body)
            let sh = body * 3 / 5
            source = Rect(x: tw + 1, y: 0, width: w - tw - 1, height: sh)
            disagreements = Rect(x: tw + 1, y: sh, width: w - tw - 1, height: body - sh)
        } else {
            separatorX = nil
            let th = max(3, body * (share ?? Layout.defaultShare(wide: false)) / 100)
            timeline = Rect(x: 0, y: 0, width: w, height: th)
            let rest = Rect(x: 0, y: th, width: w, height: body - th)
            source = detail == .disagreements ? nil : rest
            disagreements = detail == .disagreements ? rest : nil
        }
    }

    public var isStacked: Bool { separatorX == nil && !isZoomed }
    /// One pane has the whole screen (`z`).
    public var isZoomed: Bool { zoom != nil }

    /// The rectangle of a pane (title bar included), nil when not shown.
    public func rect(of pane: Pane) -> Rect? {
        switch pane {
        case .timeline: timeline
        case .source: source
        case .disagreements: disagreements
        }
    }

    /// Rows available for event lines in the timeline (below its title and column header).
    public var timelineRows: Int { max(1, timeline.height - 2) }
}
