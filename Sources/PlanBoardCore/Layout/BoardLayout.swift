/// Where everything goes on a screen of a given size: header, lanes, cards, the detail or editing
/// pane, the help and key-of-leads overlay, the editor's text, the status and key lines.
///
/// The one place screen geometry is worked out. The reducer uses it to keep the cursor in view
/// and to clamp scrolling; the widgets draw into its rectangles; so both always agree on what fits.
public struct BoardLayout: Equatable, Sendable {
    /// Below this the board says the terminal is too small instead of drawing garbage.
    public static let minimum = Size(width: 40, height: 12)
    /// Below this width the board shows one lane at a time with a strip naming the others.
    public static let narrowWidth = 80
    /// From this width the detail pane opens beside the board instead of over it.
    public static let sideBySideWidth = 100
    /// The narrowest a lane may be when several are shown.
    public static let minimumLaneWidth = 26

    public let size: Size
    public let isTooSmall: Bool
    /// True below `narrowWidth`: one lane, with a strip of lane names above it.
    public let isNarrow: Bool
    public let header: Rect
    /// The line under the header saying what is special about the board now (a meeting running,
    /// a filter, a search, a grouping), when anything is.
    public let info: Rect?
    public let strip: Rect?
    /// Where lanes are drawn (all of the middle, or what the side pane leaves).
    public let lanesArea: Rect
    /// The detail or editing pane's box, when one is open.
    public let pane: Rect?
    /// The box of the help (`?`) and the key of leads (`i`): centred, up to 84 cells wide (all of
    /// a narrow screen), between the header and the two bottom lines.
    public let overlay: Rect
    /// True when the pane sits beside the lanes rather than over them.
    public let paneBeside: Bool
    public let statusLine: Rect
    public let hintLine: Rect
    public let visibleLaneCount: Int
    /// Lines of action text on each card (2 on tall screens, 1 on short ones).
    public let cardTextLines: Int
    /// Rows per card including the gap below it.
    public let cardHeight: Int
    /// How many cards fit in a lane.
    public let visibleCards: Int

    public init(size: Size, laneCount: Int, paneOpen: Bool, infoLine: Bool = false) {
        self.size = size
        isTooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        isNarrow = size.width < Self.narrowWidth
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        statusLine = Rect(x: 0, y: size.height - 2, width: size.width, height: 1)
        hintLine = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        let infoRows = infoLine ? 1 : 0
        info = infoLine ? Rect(x: 0, y: 1, width: size.width, height: 1) : nil
        let top = (isNarrow ? 2 : 1) + infoRows
        strip = isNarrow ? Rect(x: 0, y: 1 + infoRows, width: size.width, height: 1) : nil
        let middleHeight = max(0, size.height - top - 2)
        let middle = Rect(x: 0, y: top, width: size.width, height: middleHeight)
        let overlayWidth = min(size.width, 84)
        overlay = Rect(x: (size.width - overlayWidth) / 2, y: 1, width: overlayWidth, height: size.height - 3)

        if paneOpen && size.width >= Self.sideBySideWidth {
            let paneWidth = max(40, size.width * 2 / 5)
            lanesArea = Rect(x: 0, y: top, width: size.width - paneWidth, height: middleHeight)
            pane = Rect(x: size.width - paneWidth, y: top, width: paneWidth, height: middleHeight)
            paneBeside = true
        } else {
            lanesArea = middle
            pane = paneOpen ? Rect(x: 0, y: 1 + infoRows, width: size.width, height: max(0, size.height - 3 - infoRows)) : nil
            paneBeside = false
        }

        let fitting = isNarrow ? 1 : max(1, lanesArea.width / Self.minimumLaneWidth)
        visibleLaneCount = max(1, min(fitting, max(1, laneCount)))
        cardTextLines = lanesArea.height >= 24 ? 2 : 1
        cardHeight = cardTextLines + 3
        let cardsArea = max(0, lanesArea.height - 4)          // title border, counts, divider, bottom border
        visibleCards = max(1, (cardsArea + 1) / cardHeight)
    }

    /// The layout of `state`'s screen with or without a pane open.
    public init(_ state: BoardState, paneOpen: Bool) {
        self.init(size: state.size, laneCount: state.lanes.count, paneOpen: paneOpen, infoLine: state.showsInfoLine)
    }

    /// The box of the lane drawn in `slot` (0 is the leftmost visible lane); widths share out the remainder.
    public func laneRect(slot: Int) -> Rect {
        let base = lanesArea.width / visibleLaneCount
        let extra = lanesArea.width % visibleLaneCount
        let x = lanesArea.x + slot * base + min(slot, extra)
        return Rect(x: x, y: lanesArea.y, width: base + (slot < extra ? 1 : 0), height: lanesArea.height)
    }

    /// The status line and the key line below it, together.
    public var bottomLines: Rect { Rect(x: statusLine.x, y: statusLine.y, width: statusLine.width, height: 2) }

    /// The whole screen.
    public var screen: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// The first row where cards are drawn inside a lane box.
    public var cardsTop: Int { lanesArea.y + 3 }

    /// The card drawn in `slot` (0 is the first shown) of the lane box `lane`: inside its side
    /// borders, without the gap below it.
    public func cardRect(slot: Int, inLane lane: Rect) -> Rect {
        Rect(x: lane.x + 1, y: cardsTop + slot * cardHeight, width: lane.width - 2, height: cardTextLines + 2)
    }

    /// The text inside a scrolling box drawn in `box` (the detail pane, the help): a border and a
    /// space on each side, a border above and below.
    public static func scrollingText(in box: Rect) -> Rect {
        Rect(x: box.x + 2, y: box.y + 1, width: box.width - 4, height: box.height - 2)
    }

    /// Where an edited field's text goes in this screen's editing pane (the reducer scrolls it by this).
    public func editorText(for field: EditableField) -> Rect {
        Self.editorText(inPane: pane ?? Rect(x: 0, y: 1, width: size.width, height: size.height - 3), for: field)
    }

    /// Where an edited field's text goes in an editing pane drawn in `pane`: below the context
    /// line, above the key line; the leads field keeps rows under it for the matching entries of the key.
    public static func editorText(inPane pane: Rect, for field: EditableField) -> Rect {
        let inner = Rect(x: pane.x + 2, y: pane.y + 2, width: pane.width - 4, height: pane.height - 5)
        if field == .leads {
            return Rect(x: inner.x, y: inner.y, width: inner.width, height: min(2, max(1, inner.height)))
        }
        return Rect(x: inner.x, y: inner.y, width: inner.width, height: max(1, inner.height))
    }
}

extension BoardState {
    /// True when the info line is drawn (a meeting, a filter, a search or a grouping is on).
    public var showsInfoLine: Bool {
        runningMeeting != nil || !filter.isEmpty || search != nil || grouping != .outcome
    }
}
