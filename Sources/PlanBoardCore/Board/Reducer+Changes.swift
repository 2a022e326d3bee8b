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
        return change(&state, at: position, summary: summary) { action in
            action.history.append(Change(at: now, field: .rag, from: action.rag.word, to: rag.word))
            action.rag = rag
        }
    }

    static func cycleStatus(_ state: inout BoardState, forward: Bool, now: Timestamp) -> [Effect] {
        guard let position = state.selectedPosition else {
            state.flash = .init("No action selected.")
            return []
        }
        let action = state.plan.outcomes[position.outcome].actions[position.action]
        let all = Status.allCases
        let index = all.firstIndex(of: action.status)!
        let status = all[(index + (forward ? 1 : all.count - 1)) % all.count]
        let summary = "\(action.ref) status \(action.status.word) → \(status.word)"
        return change(&state, at: position, summary: summary) { action in
            action.history.append(Change(at: now, field: .status, from: action.status.word, to: status.word))
            action.status = status
        }
    }

    /// Applies an edit to one action: remembers the plan for undo, rebuilds the lanes, asks for a save.
    static func change(_ state: inout BoardState, at position: Plan.Position, summary: String,
                       _ edit: (inout Action) -> Void) -> [Effect] {
        let id = state.plan.outcomes[position.outcome].actions[position.action].id
        state.history.record(state.plan, selection: id, summary: summary)
        edit(&state.plan.outcomes[position.outcome].actions[position.action])
        state.rebuildLanes(keeping: id)
        ensureCursorVisible(&state)
        state.flash = .init(summary)
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
        return [.save(state.plan)]
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
        if case .detail = state.mode, state.selectedAction == nil { state.mode = .board }
        state.saveStatus = .saving
    }
}
