extension Reducer {
    /// `r` `a` `g` `x`: the rating changes at once; `y` then asks why (see `ReasonOffer`).
    static func setRAG(_ state: inout BoardState, _ rag: RAG, now: Timestamp) -> [Effect] {
        guard let position = state.selectedPosition else {
            state.flash = .init("No action selected to rate.")
            return []
        }
        let action = state.plan.outcomes[position.outcome].actions[position.action]
        guard action.rag != rag else {
            state.flash = .init("\(action.ref) is already \(rag.word).")
            return []
        }
        let summary = "\(action.ref) RAG \(action.rag.word) → \(rag.word)"
        return changeOfferingReason(&state, at: position, summary: summary) { action in
            action.history.append(Change(at: now, field: .rag, from: action.rag.word, to: rag.word))
            action.rag = rag
        }
    }

    /// `s`: the chooser opens on the action's status.
    static func chooseStatus(_ state: inout BoardState) {
        guard let action = state.selectedAction else {
            state.flash = .init("No action selected.")
            return
        }
        state.mode = .chooseStatus(StatusChoice(action: action.id, highlighted: action.status, returnTo: returnMode(state)))
    }

    static func pickStatus(_ state: inout BoardState, offset: Int) {
        guard case .chooseStatus(var choice) = state.mode else { return }
        let all = Status.allCases
        let index = all.firstIndex(of: choice.highlighted)! + offset
        choice.highlighted = all[min(max(0, index), all.count - 1)]
        state.mode = .chooseStatus(choice)
    }

    /// A letter or Enter in the chooser: one change, from the status before to the one chosen.
    static func setStatus(_ state: inout BoardState, _ chosen: Status?, now: Timestamp) -> [Effect] {
        guard case .chooseStatus(let choice) = state.mode else { return [] }
        state.mode = choice.returnTo.mode
        guard let p = state.plan.position(of: choice.action) else { return [] }
        return setStatus(&state, at: p, to: chosen ?? choice.highlighted, now: now)
    }

    /// Records one status change on the action at `p` (nothing when it already has that status).
    static func setStatus(_ state: inout BoardState, at p: Plan.Position, to status: Status, now: Timestamp) -> [Effect] {
        let action = state.plan.outcomes[p.outcome].actions[p.action]
        // The plan's own words for a status ("In development") give way to a chosen one, even the same.
        guard action.status != status || action.statusText != nil else {
            state.flash = .init("\(action.ref) is already \(status.word).")
            return []
        }
        let summary = "\(action.ref) status \(action.statusWord) → \(status.word)"
        return changeOfferingReason(&state, at: p, summary: summary) { action in
            action.history.append(Change(at: now, field: .status, from: action.statusWord, to: status.word))
            action.status = status
        }
    }

    /// Applies a one-key change through `change`, then offers `y` for its reason: the change is the
    /// action's newest history entry.
    static func changeOfferingReason(_ state: inout BoardState, at position: Plan.Position, summary: String,
                                     _ edit: (inout Action) -> Void) -> [Effect] {
        let effects = change(&state, at: position, summary: summary, edit)
        offerReason(&state, for: state.plan.outcomes[position.outcome].actions[position.action].id, summary: summary)
        return effects
    }

    /// Makes the action's newest history entry the one `y` explains, and says so on the status line.
    static func offerReason(_ state: inout BoardState, for id: Action.ID, summary: String) {
        guard let action = state.plan.action(id), let last = action.history.indices.last else { return }
        let change = action.history[last]
        state.reasonOffer = ReasonOffer(action: id, entry: last, field: change.field, at: change.at, summary: summary, ref: action.ref)
        state.flash = .init("\(summary) · y: why?")
    }

    /// Applies an edit to one action: remembers the plan for undo, rebuilds the lanes, asks for a save.
    static func change(_ state: inout BoardState, at position: Plan.Position, summary: String,
                       _ edit: (inout Action) -> Void) -> [Effect] {
        let id = state.plan.outcomes[position.outcome].actions[position.action].id
        return changePlan(&state, selecting: id, summary: summary) { plan in
            edit(&plan.outcomes[position.outcome].actions[position.action])
        }
    }

    /// Applies an edit to the plan's shape (adding, moving, removing actions) the same way:
    /// undo step, lanes rebuilt with `selecting` under the cursor, summary flashed, save asked for.
    static func changePlan(_ state: inout BoardState, selecting id: Action.ID?, summary: String,
                           _ edit: (inout Plan) -> Void) -> [Effect] {
        let selected = state.selectedAction?.id
        state.history.record(state.plan, selection: selected ?? id, summary: summary)
        // A change to the selected action must not hide it under the filter: it stays till the cursor moves on.
        if state.isFiltered, let id, id == selected { state.keptInView = id }
        edit(&state.plan)
        tagWithRunningMeeting(&state.plan)
        signEntries(&state.plan, by: state.author, since: state.sessionStart)
        state.rebuildLanes(keeping: id)
        ensureCursorVisible(&state)
        state.flash = .init(summary)
        leavePaneIfHidden(&state, id)
        state.saveStatus = .saving
        return [.save(state.plan)]
    }

    static func undo(_ state: inout BoardState) -> [Effect] {
        guard let entry = state.history.undo(current: state.plan, selection: state.selectedAction?.id) else {
            if let barrier = state.history.barrier {
                state.flash = .init(barrier, isError: true)
                return []
            }
            state.flash = .init("Nothing to undo.")
            return []
        }
        restore(&state, entry)
        state.reasonOffer = nil
        state.flash = .init("Undone: \(entry.summary). Ctrl-R redoes it.")
        // Going back past a reload writes over the other person's version: keep theirs beside it.
        return [entry.isReload ? .saveKeepingTheirs(state.plan) : .save(state.plan)]
    }

    static func redo(_ state: inout BoardState) -> [Effect] {
        guard let entry = state.history.redo(current: state.plan, selection: state.selectedAction?.id) else {
            state.flash = .init("Nothing to redo.")
            return []
        }
        restore(&state, entry)
        state.reasonOffer = nil
        state.flash = .init("Redone: \(entry.summary).")
        return [.save(state.plan)]
    }

    private static func restore(_ state: inout BoardState, _ entry: UndoHistory.Entry) {
        state.plan = entry.plan
        state.rebuildLanes(keeping: entry.selection)
        ensureCursorVisible(&state)
        if state.selectedAction == nil && !showsWorkstreamMilestones(state) { state.mode = .board }
        leavePaneIfHidden(&state, entry.selection)
        clampActionLogSelection(&state)
        if case .leadsKey(let selected) = state.mode {
            state.mode = .leadsKey(selected: min(selected, max(0, state.plan.leads.count - 1)))
        }
        state.saveStatus = .saving
    }

    /// True while a workstream's milestones (`T`) are open and the workstream is still in the plan:
    /// they stay open over an empty lane, which has no selected card.
    private static func showsWorkstreamMilestones(_ state: BoardState) -> Bool {
        guard case .milestones(let list) = state.mode, case .outcome = list.owner else { return false }
        return state.plan.milestoneHolder(list.owner) != nil
    }

    /// The detail pane shows the selected card; when a change (or undo) leaves the action it was
    /// showing off the board — hidden by the filter, or gone — close it rather than let it show, and
    /// take keys for, another action.
    private static func leavePaneIfHidden(_ state: inout BoardState, _ id: Action.ID?) {
        guard case .detail = state.mode, let id, state.selectedAction?.id != id else { return }
        state.mode = .board
        guard let action = state.plan.action(id) else { return }
        state.flash = .init(action.isRemoved
            ? "\(action.ref) was removed, so its pane was closed."
            : "\(action.ref) is hidden by the filter now, so its pane was closed (Esc on the board clears the filter).")
    }
}
