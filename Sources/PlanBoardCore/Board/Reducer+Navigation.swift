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
        state.firstVisibleLane = Viewport(offset: state.firstVisibleLane, contentHeight: state.lanes.count,
                                          visibleHeight: layout.visibleLaneCount).showing(state.laneIndex).offset
        let lane = state.lanes[state.laneIndex]
        state.laneScroll[lane.key] = Viewport(offset: state.laneScroll[lane.key] ?? 0, contentHeight: lane.cards.count,
                                              visibleHeight: layout.visibleCards).showing(state.cardIndex).offset
    }

    static func openDetail(_ state: inout BoardState) {
        guard state.selectedAction != nil else {
            state.flash = .init("No action here to open: this outcome has no actions yet.")
            return
        }
        state.mode = .detail
        state.paneScroll = Viewport()
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
            state.paneScroll = Viewport()
            ensureCursorVisible(&state)
            return
        }
        state.flash = .init(offset < 0 ? "This is the first action on the board." : "This is the last action on the board.")
    }

    /// Scrolls the detail pane or help overlay, kept between the top and the last full page.
    static func scrollPane(_ state: inout BoardState, to target: Int) {
        guard var viewport = paneViewport(state) else { return }
        viewport.scroll(to: target)
        state.paneScroll = viewport
    }

    /// Scrolls the pane or help by whole pages, keeping one line of the last page in view.
    static func scrollPane(_ state: inout BoardState, pages: Int) {
        guard var viewport = paneViewport(state) else { return }
        viewport.scroll(pages: pages)
        state.paneScroll = viewport
    }

    /// The open pane's or help's scroll, fitted to how many lines its text has at the width the
    /// layout gives it (counted by the same text layout the widgets draw) and how many show.
    private static func paneViewport(_ state: BoardState) -> Viewport? {
        switch state.mode {
        case .help:
            let text = BoardLayout.scrollingText(in: layout(state).overlay)
            return state.paneScroll.fitted(contentHeight: HelpText.lines(width: text.width).count, visibleHeight: text.height)
        case .detail:
            guard let pane = layout(state).pane, let action = state.selectedAction else { return nil }
            let text = BoardLayout.scrollingText(in: pane)
            return state.paneScroll.fitted(contentHeight: DetailText.lines(for: action, in: state, width: text.width).count,
                                           visibleHeight: text.height)
        default:
            return nil
        }
    }
}
