extension Reducer {
    static func moveCursor(_ state: inout BoardState, _ direction: Direction) {
        switch direction {
        case .up: selectCard(&state, state.cardIndex - 1)
        case .down: selectCard(&state, state.cardIndex + 1)
        case .left, .right:
            let target = state.laneIndex + (direction == .left ? -1 : 1)
            guard state.lanes.indices.contains(target) else { return }
            // Land on the card at the same height on screen, as in Trello.
            let row = state.cardIndex - scroll(of: state, lane: state.laneIndex)
            state.laneIndex = target
            state.cardIndex = scroll(of: state, lane: target) + max(0, row)
            state.clampCursor()
            ensureCursorVisible(&state)
        }
    }

    /// Selects card `index` in the focused lane, clamped to the lane.
    static func selectCard(_ state: inout BoardState, _ index: Int) {
        state.cardIndex = index
        state.clampCursor()
        ensureCursorVisible(&state)
    }

    static func scroll(of state: BoardState, lane: Int) -> Int {
        guard state.lanes.indices.contains(lane) else { return 0 }
        return state.laneScroll[state.lanes[lane].key] ?? 0
    }

    /// Scrolls lanes sideways and cards within the focused lane so the selected card is on screen.
    static func ensureCursorVisible(_ state: inout BoardState) {
        guard !state.lanes.isEmpty else { return }
        let layout = layout(state)
        let visibleLanes = layout.visibleLaneCount
        if state.laneIndex < state.firstVisibleLane { state.firstVisibleLane = state.laneIndex }
        if state.laneIndex >= state.firstVisibleLane + visibleLanes {
            state.firstVisibleLane = state.laneIndex - visibleLanes + 1
        }
        state.firstVisibleLane = min(max(0, state.firstVisibleLane), max(0, state.lanes.count - visibleLanes))

        let lane = state.lanes[state.laneIndex]
        var top = state.laneScroll[lane.key] ?? 0
        if state.cardIndex < top { top = state.cardIndex }
        if state.cardIndex >= top + layout.visibleCards { top = state.cardIndex - layout.visibleCards + 1 }
        top = min(max(0, top), max(0, lane.cards.count - layout.visibleCards))
        state.laneScroll[lane.key] = top
    }

    static func openDetail(_ state: inout BoardState) {
        guard state.selectedAction != nil else {
            state.flash = .init("No action here to open: this outcome has no actions yet.")
            return
        }
        state.mode = .detail
        state.paneScroll = 0
        ensureCursorVisible(&state)
    }

    /// Moves through every card in board order (down the lane, then on to the next lane).
    static func showAdjacentAction(_ state: inout BoardState, offset: Int) {
        var lane = state.laneIndex, card = state.cardIndex + offset
        while state.lanes.indices.contains(lane) {
            if card < 0 {
                lane -= 1
                guard state.lanes.indices.contains(lane) else { break }
                card = state.lanes[lane].cards.count + card
                continue
            }
            if card >= state.lanes[lane].cards.count {
                card -= state.lanes[lane].cards.count
                lane += 1
                continue
            }
            state.laneIndex = lane
            state.cardIndex = card
            state.paneScroll = 0
            ensureCursorVisible(&state)
            return
        }
        state.flash = .init(offset < 0 ? "This is the first action on the board." : "This is the last action on the board.")
    }

    /// Scrolls the detail pane or help overlay, kept between the top and the last full page.
    static func scrollPane(_ state: inout BoardState, to target: Int) {
        guard let (contentLines, visible) = paneExtent(state) else { return }
        state.paneScroll = min(max(0, target), max(0, contentLines - max(1, visible)))
    }

    /// Scrolls the pane or help by whole pages, keeping one line of the last page in view.
    static func scrollPane(_ state: inout BoardState, pages: Int) {
        guard let (_, visible) = paneExtent(state) else { return }
        scrollPane(&state, to: state.paneScroll + pages * max(1, visible - 1))
    }

    /// How many lines the open pane or help has, and how many show at once.
    private static func paneExtent(_ state: BoardState) -> (content: Int, visible: Int)? {
        switch state.mode {
        case .help:
            let box = HelpView.box(in: state.size)
            return (HelpView.lines(width: ScrollingBox.textWidth(of: box)).count, box.height - 2)
        case .detail:
            guard let pane = layout(state).pane, let action = state.selectedAction else { return nil }
            return (DetailView.lines(for: action, in: state, width: ScrollingBox.textWidth(of: pane)).count, pane.height - 2)
        default:
            return nil
        }
    }
}
