/// Draws the whole screen from the state: `render(state) -> Grid`, nothing else.
public enum BoardView {
    public static func render(_ state: BoardState) -> Grid {
        var grid = Grid(size: state.size)
        let layout = BoardLayout(state, paneOpen: state.mode.showsPane)
        if layout.isTooSmall {
            drawTooSmall(state.size, grid: &grid)
            return grid
        }
        if case .help(let under) = state.mode {
            // Help lies over the screen it was opened from, pane and all.
            var below = state
            below.mode = under
            below.paneScroll = 0
            grid = render(below)
            grid.cursor = nil
            HelpView.draw(state, grid: &grid)
            grid.fill(layout.statusLine)
            grid.fill(layout.hintLine)
            StatusBar.draw(state, layout: layout, grid: &grid)
            return grid
        }
        HeaderView.draw(state, in: layout.header, grid: &grid)
        if let info = layout.info { InfoLineView.draw(state, in: info, grid: &grid) }
        if let strip = layout.strip { drawStrip(state, in: strip, grid: &grid) }
        drawLanes(state, layout: layout, grid: &grid)

        switch state.mode {
        case .detail:
            if let pane = layout.pane, let action = state.selectedAction {
                DetailView.draw(state, action: action, in: pane, grid: &grid)
            }
        case .chooseField(let choice):
            if let pane = layout.pane { EditorView.drawChooser(choice, state: state, in: pane, grid: &grid) }
        case .editing(let edit), .confirmDiscard(let edit):
            if let pane = layout.pane { EditorView.draw(edit, state: state, in: pane, grid: &grid) }
        case .prompt(let prompt) where prompt.returnTo == .detail:
            if let pane = layout.pane, let action = state.selectedAction {
                DetailView.draw(state, action: action, in: pane, grid: &grid)
            }
        default:
            break
        }
        switch state.mode {
        case .leadsKey(let selected):
            LeadsView.draw(state, selected: selected, grid: &grid)
        case .prompt(let prompt):
            if case .leadsKey(let selected) = prompt.returnTo { LeadsView.draw(state, selected: selected, grid: &grid) }
        case .chooseLane(let choice):
            let from = state.plan.outcomes.first { $0.id == choice.outcome }
            let count = from?.actions.count ?? 0
            let target = state.plan.outcomes.indices.contains(choice.target) ? state.plan.outcomes[choice.target].heading : ""
            DialogView.draw(
                title: "Delete outcome \(from?.heading ?? "")?",
                message: "Its \(count) action\(count == 1 ? "" : "s") (removed ones included) will move to ◀ \(target) ▶. Each records the move in its history; u undoes it all.",
                hints: Keymap.hints(for: .chooseLane), size: state.size, grid: &grid)
        case .confirmDiscard(let edit):
            grid.cursor = nil
            DialogView.draw(
                title: "Throw away your changes?",
                message: "The \(edit.field.label.lowercased()) field was changed and not saved.",
                hints: Keymap.hints(for: .confirmDiscard), size: state.size, grid: &grid)
        case .confirmPurge(let id):
            DialogView.draw(
                title: "Purge \(state.plan.action(id)?.ref ?? "") for good?",
                message: "The removed action and its history are deleted from \(state.fileName). Removing keeps the record; purging does not. u undoes it while planboard is open.",
                hints: Keymap.hints(for: .confirmPurge), size: state.size, grid: &grid)
        case .confirmEndMeeting:
            let meeting = state.runningMeeting
            let count = state.discussedCount
            DialogView.draw(
                title: "End the meeting?",
                message: "\(meeting?.title ?? ""): \(count) of \(state.totals.total) actions discussed. The meeting is kept in \(state.fileName); planboard minutes writes its record.",
                hints: Keymap.hints(for: .confirmEndMeeting), size: state.size, grid: &grid)
        case .conflict:
            DialogView.draw(
                title: "\(state.fileName) changed on disk",
                message: "Someone else saved \(state.fileName) after you opened it, so your latest change was not written over theirs. It is still on screen.",
                hints: Keymap.hints(for: .conflict), size: state.size, grid: &grid)
        case .confirmQuit:
            DialogView.draw(
                title: "Quit without saving?",
                message: "The latest change could not be written to \(state.fileName): \(state.saveStatus.errorText)",
                hints: Keymap.hints(for: .confirmQuit), size: state.size, grid: &grid)
        default:
            break
        }
        StatusBar.draw(state, layout: layout, grid: &grid)
        return grid
    }

    private static func drawLanes(_ state: BoardState, layout: BoardLayout, grid: inout Grid) {
        if state.lanes.isEmpty {
            grid.put(" This plan has no outcomes yet.", x: 0, y: layout.lanesArea.y + 1, style: .dim)
            return
        }
        for slot in 0..<layout.visibleLaneCount {
            let index = state.firstVisibleLane + slot
            guard state.lanes.indices.contains(index) else { break }
            let lane = state.lanes[index]
            let focused = index == state.laneIndex
            LaneView.draw(lane, in: layout.laneRect(slot: slot), focused: focused,
                          selectedCard: focused ? state.cardIndex : nil, scroll: state.laneScroll[lane.key] ?? 0,
                          state: state, layout: layout, grid: &grid)
        }
        let area = layout.lanesArea
        if state.firstVisibleLane > 0 {
            grid.put("◀", x: area.x, y: area.y, style: .bold)
        }
        if state.firstVisibleLane + layout.visibleLaneCount < state.lanes.count {
            grid.put("▶", x: area.maxX - 1, y: area.y, style: .bold)
        }
    }

    /// On narrow screens: every lane's number in a row, the focused one highlighted.
    private static func drawStrip(_ state: BoardState, in rect: Rect, grid: inout Grid) {
        let count = state.lanes.count
        guard count > 0 else { return }
        let label = "Lane \(state.laneIndex + 1) of \(count) "
        var x = rect.x + grid.put(label, x: rect.x, y: rect.y, style: .dim)
        let each = max(4, (rect.width - x) / count)
        for (i, lane) in state.lanes.enumerated() {
            let text = " " + TextWrap.truncate(lane.title, width: each - 2) + " "
            x += grid.put(text, x: x, y: rect.y, style: i == state.laneIndex ? Style(bold: true, reverse: true) : .dim,
                          maxWidth: rect.maxX - x)
            if x >= rect.maxX { break }
        }
    }

    private static func drawTooSmall(_ size: Size, grid: inout Grid) {
        let minimum = BoardLayout.minimum
        let lines = ["Terminal too small: \(size.width)×\(size.height).",
                     "planboard needs \(minimum.width)×\(minimum.height).",
                     "Enlarge the window; q quits."]
        for (i, line) in lines.enumerated() {
            let y = size.height / 2 - 1 + i
            let x = max(0, (size.width - TextWidth.of(line)) / 2)
            grid.put(line, x: x, y: y, style: i == 0 ? .bold : .plain)
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
