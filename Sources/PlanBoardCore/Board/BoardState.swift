/// Everything the board screen shows, as one value: the plan, where the cursor is, which pane or
/// overlay is open, undo history, and the last message for the status line.
///
/// `Reducer.reduce` is the only thing that changes it; `BoardView.render` only reads it.
public struct BoardState: Equatable, Sendable {
    public var plan: Plan
    /// The file's name for the header (`plan.json`).
    public var fileName: String
    public var size: Size
    public var mode: Mode = .board
    /// The board's lanes, rebuilt from `plan` after every change.
    public private(set) var lanes: [Lane] = []
    /// Counts for the whole plan (removed actions excluded), rebuilt with the lanes.
    public private(set) var totals = RAGCounts()
    /// The focused lane (an index into `lanes`).
    public var laneIndex = 0
    /// The selected card within the focused lane (an index into its `cards`).
    public var cardIndex = 0
    /// The first lane drawn when not all fit.
    public var firstVisibleLane = 0
    /// The first card drawn in each lane, by lane key.
    public var laneScroll: [String: Int] = [:]
    /// How far the detail pane or help overlay is scrolled, with the extent the reducer last
    /// measured (render fits it again to what it draws).
    public var paneScroll = Viewport()
    /// What was last found in the help (`/` there), highlighted and found again by `n`.
    public var helpFind: HelpFind.Found?
    public var history = UndoHistory()
    /// Whether removed actions are shown on the board (marked ✕) so they can be restored or purged.
    public var showRemoved = false
    /// What the status line says until the next key, if anything.
    public var flash: Flash?
    /// When the plan was last written, and whether the latest change is on disk.
    public var saveStatus: SaveStatus = .unchanged
    /// Today, in local time: for overdue flags. Updated from each message's time.
    public var today: Day
    /// Seconds to add to UTC for local clock times (set by the driver from the time zone).
    public var utcOffset: Int
    /// How the lanes are made (`v` cycles).
    public var grouping: Grouping = .outcome
    /// Which actions the lanes show (`f` sets, Esc clears).
    public var filter = BoardFilter()
    /// The search kept with Enter after `/`: `n`/`N` move between its matches until Esc.
    public var search: String?
    /// Why the plan cannot be written (a read-only file or folder), when it cannot: the board then
    /// shows it and refuses every change. Nil for a plan that can be saved.
    public var readOnly: String?
    /// Someone else changed the file while the user was typing: the conflict dialog opens once
    /// they are back on the board or in the detail pane.
    public var conflictWaiting = false
    /// True from `Y` until the sync reports: git runs off the main loop, the board moves, searches
    /// and helps meanwhile, and refuses changes (the merge would not see them).
    public var syncing = false
    /// The order `w`/`W` walk the agenda in.
    public var agendaOrder: AgendaOrder = .ref
    /// True until the first `w` of a meeting (or of the session): it goes to the top of the agenda,
    /// the first action not yet discussed, even when that is the one selected.
    public var walkFromTop = true
    /// The change `y` gives the reason for: the last rating, status, lead or removal made.
    public var reasonOffer: ReasonOffer?
    /// An action the chair changed while a filter is on, kept on the board (even if it no longer
    /// passes the filter) until the cursor moves to another, so recording never moves the selection.
    public var keptInView: Action.ID?
    /// The action selected when a filter hid it: clearing or changing the filter puts the cursor
    /// back on it, unless the chair has since moved off the card the cursor fell to (`standIn`).
    public var hiddenSelection: HiddenSelection?

    /// An action a filter hid while it was selected, and the card the cursor fell to instead.
    public struct HiddenSelection: Equatable, Sendable {
        public var id: Action.ID
        public var standIn: Action.ID?
    }
    /// Who is at the keyboard (git `user.name`, else the login name), resolved once by the driver
    /// and written on every change and note this session makes; empty leaves them unsigned.
    public var author = ""
    /// When this session's first message arrived: entries made from then on are this session's.
    public var sessionStart: Timestamp?
    /// Where new action ids get the suffix that keeps copies edited apart from colliding.
    public var newIDs = NewIDSource.sequential
    /// True while the plan is a `PlanPreview` (the first actions of each outcome) drawn while the
    /// whole file is still being read: counts are not known yet, and no key is taken until the
    /// whole plan replaces this state.
    public var isPreview = false

    public init(plan: Plan, fileName: String, size: Size, today: Day, utcOffset: Int = 0) {
        self.plan = plan
        self.fileName = fileName
        self.size = size
        self.today = today
        self.utcOffset = utcOffset
        rebuildLanes()
    }

    /// A line for the status bar: information, or an error in red.
    public struct Flash: Equatable, Sendable {
        public var text: String
        public var isError: Bool
        public init(_ text: String, isError: Bool = false) {
            self.text = text
            self.isError = isError
        }
    }

    /// Whether what is on screen is what is on disk.
    public enum SaveStatus: Equatable, Sendable {
        /// Nothing changed since the file was opened.
        case unchanged
        /// A save was asked for and has not been confirmed yet.
        case saving
        /// Written at this time.
        case saved(Timestamp)
        /// The last save failed; the change is only in memory.
        case failed(StoreError)
    }

    /// The selected action's position in the plan, if the focused lane has cards.
    public var selectedPosition: Plan.Position? {
        guard lanes.indices.contains(laneIndex) else { return nil }
        let cards = lanes[laneIndex].cards
        return cards.indices.contains(cardIndex) ? cards[cardIndex] : nil
    }

    /// The selected action, if any.
    public var selectedAction: Action? {
        selectedPosition.map { plan.outcomes[$0.outcome].actions[$0.action] }
    }

    /// True when a save failed and the change exists only in memory.
    public var hasUnsavedChanges: Bool {
        if case .failed = saveStatus { return true }
        return false
    }

    /// Rebuilds lanes and totals from the plan and puts the cursor back on `keeping` (or the
    /// nearest card when that action is gone).
    public mutating func rebuildLanes(keeping selection: Action.ID? = nil) {
        let filter = filter
        if filter.isEmpty {
            lanes = Lane.grouped(plan, by: grouping, includingRemoved: showRemoved) { _ in true }
        } else {
            let context = BoardFilter.Context(today: today, lastMeetingEnd: lastMeetingEnd,
                                              discussed: Set(runningMeeting?.discussed ?? []))
            let kept = keptInView
            lanes = Lane.grouped(plan, by: grouping, includingRemoved: showRemoved) { $0.id == kept || filter.admits($0, in: context) }
        }
        var counts = RAGCounts()
        for outcome in plan.outcomes {
            for action in outcome.actions where !action.isRemoved { counts.add(action.rag) }
        }
        totals = counts
        if let selection, let found = locate(selection) {
            laneIndex = found.lane
            cardIndex = found.card
        }
        clampCursor()
    }

    /// The meeting now running, if one is (only one runs at a time).
    public var runningMeeting: Meeting? { plan.meetings.last(where: \.isRunning) }

    /// When the last ended meeting ended: "since the last meeting" starts here.
    public var lastMeetingEnd: Timestamp? { plan.meetings.compactMap(\.endedAt).max() }

    /// True when lanes hide some cards because of the filter.
    public var isFiltered: Bool { !filter.isEmpty }

    /// Finds an action's lane and card index.
    public func locate(_ id: Action.ID) -> (lane: Int, card: Int)? {
        for (l, lane) in lanes.enumerated() {
            if let c = lane.cards.firstIndex(where: { plan.outcomes[$0.outcome].actions[$0.action].id == id }) {
                return (l, c)
            }
        }
        return nil
    }

    /// Keeps the lane and card indices inside what exists.
    public mutating func clampCursor() {
        laneIndex = lanes.isEmpty ? 0 : min(max(0, laneIndex), lanes.count - 1)
        let count = lanes.indices.contains(laneIndex) ? lanes[laneIndex].cards.count : 0
        cardIndex = count == 0 ? 0 : min(max(0, cardIndex), count - 1)
    }
}

extension BoardState {
    /// A fresh action id, with a suffix from `newIDs` so copies edited apart never make the same one.
    mutating func freshActionID() -> Action.ID {
        let suffix = newIDs.suffix()
        return plan.nextActionID(suffix: suffix)
    }
}
