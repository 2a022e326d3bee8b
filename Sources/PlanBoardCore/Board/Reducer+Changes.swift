extension Reducer {
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
        let effects = change(&state, at: position, summary: summary) { action in
            action.history.append(Change(at: now, field: .rag, from: action.rag.word, to: rag.word))
            action.rag = rag
        }
        askWhyRAGChanged(&state, action: action.id, summary: summary)
        return effects
    }

    static func cycleStatus(_ state: inout BoardState, forward: Bool, now: Timestamp) -> [Effect] {
        guard let position = state.selectedPosition else {
            state.flash = .init("No action selected.")
            return []
        }
        let action = state.plan.outcomes[position.outcome].actions[position.action]
        let status = forward ? action.status.next : action.status.previous
        let summary = "\(action.ref) status \(action.statusWord) → \(status.word)"
        return change(&state, at: position, summary: summary) { action in
            action.history.append(Change(at: now, field: .status, from: action.statusWord, to: status.word))
            action.status = status
        }
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
        state.history.record(state.plan, selection: state.selectedAction?.id ?? id, summary: summary)
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
            state.flash = .init("Nothing to undo.")
            return []
        }
        restore(&state, entry)
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
        state.flash = .init("Redone: \(entry.summary).")
        return [.save(state.plan)]
    }

    private static func restore(_ state: inout BoardState, _ entry: UndoHistory.Entry) {
        state.plan = entry.plan
        state.rebuildLanes(keeping: entry.selection)
        ensureCursorVisible(&state)
        if state.selectedAction == nil { state.mode = .board }
        leavePaneIfHidden(&state, entry.selection)
        if case .leadsKey(let selected) = state.mode {
            state.mode = .leadsKey(selected: min(selected, max(0, state.plan.leads.count - 1)))
        }
        state.saveStatus = .saving
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
