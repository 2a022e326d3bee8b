/// Where the chair is in the risk register (`Z`): the highlighted risk, whether its detail or the
/// heat map is showing, and which level the heat map counts. A value, kept in the mode.
public struct RiskRegister: Equatable, Sendable {
    /// What the register shows.
    public enum View: Equatable, Sendable {
        /// One row per risk.
        case list
        /// The highlighted risk in full, in the committee's wording.
        case detail
        /// The 5×5 heat map of one level, with the highlighted cell's risks listed.
        case heatMap
    }

    /// The highlighted risk: an index into `plan.risks`.
    public var selected: Int
    public var view: View
    /// The level the heat map places risks by.
    public var heatLevel: RiskLevelKind
    /// The highlighted cell of the heat map.
    public var cell: HeatMapCell
    /// How far the detail is scrolled (lines).
    public var detailScroll: Int

    public init(selected: Int = 0, view: View = .list, heatLevel: RiskLevelKind = .residual,
                cell: HeatMapCell = HeatMapCell(likelihood: 3, impact: 3), detailScroll: Int = 0) {
        self.selected = selected
        self.view = view
        self.heatLevel = heatLevel
        self.cell = cell
        self.detailScroll = detailScroll
    }
}

/// A cell of the 5×5 heat map: likelihood (up) and impact (across), each 1–5.
public struct HeatMapCell: Equatable, Hashable, Sendable {
    public var likelihood: Int
    public var impact: Int
    public init(likelihood: Int, impact: Int) {
        self.likelihood = likelihood
        self.impact = impact
    }

    /// The cell moved by `dl` rows up and `di` columns across, kept on the map.
    public func moved(likelihood dl: Int, impact di: Int) -> HeatMapCell {
        HeatMapCell(likelihood: min(5, max(1, likelihood + dl)), impact: min(5, max(1, impact + di)))
    }
}

/// What the risk register's keys ask for (one `Message` case, so the register's verbs live here).
public enum RiskCommand: Equatable, Sendable {
    /// `Z` on the board: open the register.
    case open
    /// ↑↓ in the list or detail: the previous / next risk.
    case pick(offset: Int)
    /// Enter: the highlighted risk's detail (Enter again or Esc: back to the list).
    case toggleDetail
    /// Scroll the detail by lines.
    case scroll(lines: Int)
    /// Scroll the detail by pages (PgUp / PgDn / Space).
    case scrollPages(Int)
    /// `Home` / `End` (`G`) in the list: the first or last risk.
    case pickEdge(last: Bool)
    /// `m`: the heat map, or back to the list.
    case toggleHeatMap
    /// Arrows on the heat map: move the highlighted cell (likelihood up, impact across).
    case moveCell(likelihood: Int, impact: Int)
    /// `i` `r` `p` on the heat map: place risks by that level; Tab: the next level.
    case heatLevel(RiskLevelKind?)
    /// `L`: change a level of the highlighted risk (choose which, then type it).
    case changeLevel
    /// `i` `r` `p` in the chooser: that level.
    case chooseLevel(RiskLevelKind)
    /// `d`: change the highlighted risk's review date.
    case reviewDate
    /// Esc: back a step (detail or heat map to the list, the list to the board).
    case back
    /// `b`: edit the plan's risk bands (one line: `1-3 Low, 4-6 Moderate, …`).
    case editBands
}
