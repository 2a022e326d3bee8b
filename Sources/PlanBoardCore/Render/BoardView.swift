/// Makes a frame: `render(state) -> Grid`, nothing else. Works out the layout once, then has each
/// widget the state calls for draw into its rectangle, back to front: header, info line, lanes,
/// pane, overlay or dialog, status lines.
public enum BoardView {
    public static func render(_ state: BoardState) -> Grid {
        var grid = Grid(size: state.size)
        let layout = BoardLayout(state, paneOpen: state.mode.showsPane)
        if layout.isTooSmall {
            TooSmallView().draw(into: &grid, in: layout.screen)
            return grid
        }
        if let under = helpUnder(state) {
            // Help lies over the screen it was opened from, pane and all.
            var below = state
            below.mode = under
            below.paneScroll = Viewport()
            grid = render(below)
            grid.cursor = nil
            HelpView(state: state).draw(into: &grid, in: layout.overlay)
            grid.fill(layout.bottomLines)
            StatusBar(state: state).draw(into: &grid, in: layout.bottomLines)
            return grid
        }
        HeaderView(state: state).draw(into: &grid, in: layout.header)
        if let info = layout.info { InfoLineView(state: state).draw(into: &grid, in: info) }
        if let strip = layout.strip { LaneStrip(state: state).draw(into: &grid, in: strip) }
        LanesView(state: state, layout: layout).draw(into: &grid, in: layout.lanesArea)
        if let pane = layout.pane, let widget = paneWidget(state) { widget.draw(into: &grid, in: pane) }
        if let browse = Reducer.indicatorBrowse(state) {
            let choosing = if case .chooseIndicatorStatus = state.mode { true } else { false }
            IndicatorScreenView(state: state, browse: browse, choosing: choosing).draw(into: &grid, in: IndicatorScreenLayout.area(layout))
        }
        if let overlay = overlayWidget(state) { overlay.draw(into: &grid, in: layout.overlay) }
        if case .confirmDiscard = state.mode { grid.cursor = nil }
        if let dialog = dialog(state) { dialog.draw(into: &grid, in: layout.screen) }
        if case .chooseStatus(let choice) = state.mode { StatusChooserView(choice: choice, state: state).draw(into: &grid, in: layout.screen) }
        if let framework = RiskAndMilestoneOverlay.widget(state) { framework.draw(into: &grid, in: layout.registerArea) }
        if case .chooseConflictSide(let index) = state.mode {
            MergeConflictView(state: state, index: index).draw(into: &grid, in: layout.screen)
        }
        StatusBar(state: state).draw(into: &grid, in: layout.bottomLines)
        MergeConflictBadge(count: state.plan.conflicts.count).draw(into: &grid, in: layout.bottomLines)
        return grid
    }

    /// The screen under the help when it is open (or its find prompt is), else nil.
    private static func helpUnder(_ state: BoardState) -> Mode? {
        if case .help(let under) = state.mode { return under }
        if case .prompt(let prompt) = state.mode, case .help(let under) = prompt.returnTo { return under }
        return nil
    }

    /// What the pane shows in this mode, if anything.
    private static func paneWidget(_ state: BoardState) -> (any Widget)? {
        switch state.mode {
        case .detail:
            state.selectedAction.map { DetailView(state: state, action: $0) }
        case .prompt(let prompt) where prompt.returnTo == .detail:
            state.selectedAction.map { DetailView(state: state, action: $0) }
        case .chooseStatus(let choice) where choice.returnTo == .detail:
            state.selectedAction.map { DetailView(state: state, action: $0) }
        case .chooseField(let choice):
            FieldChooserView(choice: choice, state: state)
        case .editing(let edit), .confirmDiscard(let edit):
            EditorView(edit: edit, state: state)
        default:
            nil
        }
    }

    /// The overlay over the board in this mode (the key of leads, and the prompts it opens).
    private static func overlayWidget(_ state: BoardState) -> (any Widget)? {
        switch state.mode {
        case .leadsKey(let selected):
            LeadsView(state: state, selected: selected)
        case .actionLog(let selected):
            ActionLogView(log: ActionLog(plan: state.plan, today: state.today), selected: selected,
                          meeting: state.runningMeeting, hints: HintFitting.leftOver(for: state))
        case .prompt(let prompt):
            if case .leadsKey(let selected) = prompt.returnTo { LeadsView(state: state, selected: selected) } else { nil }
        default:
            nil
        }
    }

    /// The question this mode asks in a dialog, if it asks one.
    private static func dialog(_ state: BoardState) -> DialogView? {
        switch state.mode {
        case .chooseLane(let choice):
            let from = state.plan.outcomes.first { $0.id == choice.outcome }
            let count = from?.actions.count ?? 0
            let target = state.plan.outcomes.indices.contains(choice.target) ? state.plan.outcomes[choice.target].heading : ""
            return DialogView(
                title: "Delete outcome \(from?.heading ?? "")?",
                message: "Its \(count) action\(count == 1 ? "" : "s") (removed ones included) will move to ◀ \(target) ▶. Each records the move in its history; u undoes it all.",
                hints: Keymap.hints(for: .chooseLane))
        case .confirmDiscard(let edit):
            return DialogView(
                title: "Throw away your changes?",
                message: "The \(edit.field.label.lowercased()) field was changed and not saved.",
                hints: Keymap.hints(for: .confirmDiscard))
        case .confirmPurge(let id):
            return DialogView(
                title: "Purge \(state.plan.action(id)?.ref ?? "") for good?",
                message: "The removed action and its history are deleted from \(state.fileName). Removing keeps the record; purging does not. u undoes it while planboard is open.",
                hints: Keymap.hints(for: .confirmPurge))
        case .confirmEndMeeting:
            let meeting = state.runningMeeting
            let count = state.discussedCount
            return DialogView(
                title: "End the meeting?",
                message: "\(meeting?.title ?? ""): \(count) of \(state.totals.total) actions discussed. The meeting is kept in \(state.fileName); planboard minutes writes its record.",
                hints: Keymap.hints(for: .confirmEndMeeting))
        case .conflict:
            return DialogView(
                title: "\(state.fileName) changed on disk",
                message: "Someone else saved \(state.fileName) after you opened it, so your latest change was not written over theirs. It is still on screen. Press m to merge: both sides' changes are kept.",
                hints: Keymap.hints(for: .conflict))
        case .confirmQuit:
            return DialogView(
                title: "Quit without saving?",
                message: "The latest change could not be written to \(state.fileName): \(state.saveStatus.errorText)",
                hints: Keymap.hints(for: .confirmQuit))
        default:
            return nil
        }
    }
}

extension BoardState.SaveStatus {
    /// The failure's words, or empty when nothing failed.
    var errorText: String {
        if case .failed(let error) = self { return error.description }
        return ""
    }
}
