/// Searching, jumping by ref, filtering and grouping the board.
extension Reducer {
    /// `/`: a prompt whose every keystroke moves the cursor to the first match.
    static func startSearch(_ state: inout BoardState) {
        ask(&state, .search(kept: state.search), question: "Search:", returnTo: .board)
    }

    /// After each keystroke in the search prompt: jump to the first match, say how many and why it matched.
    static func searchAsTyped(_ state: inout BoardState, _ query: String, origin: Action.ID?) {
        let hits = ActionSearch.hits(state, query)
        if let first = hits.first {
            state.laneIndex = first.lane
            state.cardIndex = first.card
            ensureCursorVisible(&state)
            state.flash = .init("\(hits.count) match\(hits.count == 1 ? "" : "es") · " + whyMatched(state, query))
        } else {
            if let origin { state.rebuildLanes(keeping: origin) }
            ensureCursorVisible(&state)
            state.flash = query.isEmpty ? nil : .init("No match for “\(query)”", isError: true)
        }
    }

    /// `1.4 matched in Progress: “…carers café…”` for the selected action, or empty when it does not match.
    static func whyMatched(_ state: BoardState, _ query: String) -> String {
        guard let action = state.selectedAction, let match = SearchMatch.find(query, in: action) else { return "" }
        return "\(action.ref) \(match.description)"
    }

    /// Enter in the search: the search is kept, so `n` / `N` move between its matches until Esc.
    /// Enter on nothing is Esc: back where the search started.
    static func answerSearch(_ state: inout BoardState, _ text: String, origin: Action.ID?, kept: String?) {
        guard !text.isEmpty else {
            state.search = kept
            if let origin { state.rebuildLanes(keeping: origin) }
            ensureCursorVisible(&state)
            return
        }
        let hits = ActionSearch.hits(state, text)
        state.search = text
        state.flash = hits.isEmpty
            ? .init("No match for “\(text)”. Esc ends the search.", isError: true)
            : .init("\(hits.count) match\(hits.count == 1 ? "" : "es") for “\(text)” · " + whyMatched(state, text))
    }

    /// `n` / `N` after a search: the next or previous match in board order, wrapping round.
    static func findNext(_ state: inout BoardState, forward: Bool) {
        guard let query = state.search else { return }
        let hits = ActionSearch.hits(state, query)
        guard !hits.isEmpty else {
            state.flash = .init("No match for “\(query)” on the board.", isError: true)
            return
        }
        let here = (state.laneIndex, state.cardIndex)
        func before(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 < b.0 || (a.0 == b.0 && a.1 < b.1) }
        let index: Int
        if forward {
            index = hits.firstIndex { before(here, ($0.lane, $0.card)) } ?? 0
        } else {
            index = hits.lastIndex { before(($0.lane, $0.card), here) } ?? hits.count - 1
        }
        state.laneIndex = hits[index].lane
        state.cardIndex = hits[index].card
        ensureCursorVisible(&state)
        state.flash = .init("Match \(index + 1) of \(hits.count) · " + whyMatched(state, query))
    }

    static func askRef(_ state: inout BoardState) {
        ask(&state, .jumpToRef, question: "Go to ref:", returnTo: .board)
    }

    static func jump(_ state: inout BoardState, toRef text: String) {
        let wanted = text.lowercased().filter { $0 != " " }
        guard !wanted.isEmpty else { return }
        let all = state.plan.allActions
        let ref = { (action: Action) in action.ref.lowercased().filter { $0 != " " } }
        // `1.1` also finds the first action of priority area 1.1 (refs `1.1a`, `1.1b`…), so the
        // plan's own numbers and planboard's refs both work.
        guard let action = all.first(where: { ref($0) == wanted })
                ?? all.first(where: { CellWords.leadingNumber($0.area) == wanted })
                ?? all.first(where: { ref($0).hasPrefix(wanted) }) else {
            state.flash = .init("No action has the ref \(text).", isError: true)
            return
        }
        guard let found = state.locate(action.id) else {
            state.flash = .init(action.isRemoved
                ? "\(action.ref) is removed: R shows removed actions."
                : "\(action.ref) is hidden by the filter: Esc clears it.", isError: true)
            return
        }
        state.laneIndex = found.lane
        state.cardIndex = found.card
        ensureCursorVisible(&state)
    }

    static func askFilter(_ state: inout BoardState) {
        ask(&state, .filter, question: "Filter (red amber green unrated @GP in-progress overdue soon changed todo):",
            text: state.filter.description, returnTo: .board)
    }

    static func answerFilter(_ state: inout BoardState, _ prompt: Prompt, text: String) {
        do {
            state.filter = try BoardFilter.parse(text)
        } catch {
            state.mode = .prompt(prompt)
            state.flash = .init(error.description, isError: true)
            return
        }
        state.keptInView = nil
        refilter(&state)
        ensureCursorVisible(&state)
        let shown = state.lanes.reduce(0) { $0 + $1.cards.count }
        let all = state.lanes.reduce(0) { $0 + $1.unfilteredCount }
        state.flash = .init(state.filter.isEmpty ? "Filter cleared." : "Showing \(shown) of \(all) cards. Esc clears the filter.")
    }

    /// Esc on the board: the search and the filter go; the cursor stays on its action.
    static func clearFilters(_ state: inout BoardState) {
        guard state.search != nil || !state.filter.isEmpty else { return }
        state.search = nil
        state.filter = BoardFilter()
        state.keptInView = nil
        refilter(&state)
        ensureCursorVisible(&state)
        state.flash = .init("Search and filter cleared.")
    }

    /// The action a filter hid is forgotten once the chair picks a card some other way (moving,
    /// searching, jumping, working on one): only setting or clearing the filter brings it back.
    static func forgetHiddenSelection(_ state: inout BoardState, after message: Message) {
        guard let hidden = state.hiddenSelection else { return }
        switch message {
        case .editFilter, .editText, .submit, .cancel, .clearFilters, .showHelp, .closeHelp, .scrollPane,
             .scrollPanePages, .scrollPaneToTop, .scrollPaneToBottom, .resize, .saved, .savedWithNotice,
             .saveFailed, .unboundKey:
            if state.selectedAction?.id != hidden.standIn { state.hiddenSelection = nil }
        default:
            // With no card on the board (a filter that matches nothing) no other card was picked.
            if state.selectedAction != nil { state.hiddenSelection = nil }
        }
    }

    /// Rebuilds the lanes under a new filter with the cursor on the action the chair chose: the
    /// selected one, or one an earlier filter hid if the cursor has not moved since. An action this
    /// filter hides is remembered, so a filter that matches nothing never loses the selection.
    static func refilter(_ state: inout BoardState) {
        let current = state.selectedAction?.id
        let hidden = state.hiddenSelection.flatMap { $0.standIn == current ? $0.id : nil }
        let wanted = hidden ?? current
        state.hiddenSelection = nil
        state.rebuildLanes(keeping: wanted)
        if let wanted, state.selectedAction?.id != wanted {
            state.hiddenSelection = .init(id: wanted, standIn: state.selectedAction?.id)
        }
    }

    /// `v`: the next grouping; lanes are rebuilt and the cursor follows its action.
    static func cycleGrouping(_ state: inout BoardState) {
        let selection = state.selectedAction?.id
        state.grouping = state.grouping.next
        state.keptInView = nil
        state.firstVisibleLane = 0
        state.laneScroll = [:]
        state.laneIndex = 0
        state.cardIndex = 0
        state.rebuildLanes(keeping: selection)
        ensureCursorVisible(&state)
        let how = switch state.grouping {
        case .outcome: "H / L move actions between outcomes."
        case .rag: "H / L change the rating."
        case .lead: "an action with two leads shows in both lanes; H / L hand it to the next lead."
        case .status: "H / L change the status."
        }
        state.flash = .init("Grouped by \(state.grouping.word): " + how)
    }
}
