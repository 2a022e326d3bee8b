/// Where the chair is in the indicators view (`I`): the highlighted indicator (an index into
/// `plan.indicators`), and whether its detail pane is open and how far it is scrolled.
public struct IndicatorBrowse: Equatable, Sendable {
    public var selected: Int
    public var detailOpen: Bool
    public var detailScroll: Int

    public init(selected: Int = 0, detailOpen: Bool = false, detailScroll: Int = 0) {
        self.selected = selected
        self.detailOpen = detailOpen
        self.detailScroll = detailScroll
    }
}

/// What a key does in the indicators view, its detail pane and the status override chooser.
public enum IndicatorCommand: Equatable, Sendable {
    /// `I` on the board: open the view.
    case open
    /// Back one level: detail pane → list → board.
    case close
    /// Move the highlight (list) or show the next / previous indicator (detail pane).
    case pick(offset: Int)
    /// First (`Home`) or last (`End`) indicator.
    case pickEdge(last: Bool)
    case openDetail
    /// Scroll the detail pane by lines, or by pages.
    case scroll(lines: Int)
    case scrollPages(Int)
    /// `v`: record a value (period, value, note).
    case recordValue
    /// `t`: set a target and a stretch target for a period.
    case setTarget
    /// `o`: choose a status to override the computed one with.
    case chooseOverride
    /// In the chooser: override with this status (a reason is then asked for).
    case override(IndicatorStatus)
    /// In the chooser: clear the override, going back to the computed status.
    case clearOverride
    /// `T`: set how far from target still counts as near target, in percent of the target.
    case setTolerance

    /// Commands whose only end is a change to the plan (a read-only board refuses them).
    var startsAChange: Bool {
        switch self {
        case .recordValue, .setTarget, .chooseOverride, .override, .clearOverride, .setTolerance: true
        default: false
        }
    }
}
