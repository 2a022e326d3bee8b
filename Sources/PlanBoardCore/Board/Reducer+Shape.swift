/// Changing the shape of the plan: adding, duplicating, moving, reordering, removing, restoring
/// and purging actions. Each is one undo step and written at once.
extension Reducer {
    /// `n` / `o`: a new, empty action with the next free ref, then its text opens for typing.
    static func addAction(_ state: inout BoardState, belowSelection: Bool, now: Timestamp) -> [Effect] {
        // In other groupings the new action goes to the selected action's outcome.
        let laneOutcome = state.lanes.indices.contains(state.laneIndex) ? state.lanes[state.laneIndex].outcome : nil
        guard let o = laneOutcome.flatMap({ id in state.plan.outcomes.firstIndex { $0.id == id } }) ?? state.selectedPosition?.outcome
        else {
            state.flash = .init("There is no outcome to add an action to.")
            return []
        }
        let outcome = state.plan.outcomes[o]
        let ref = ActionRef.next(in: outcome, clearOf: state.plan)
        let action = Action(id: state.freshActionID(), ref: ref, text: "",
                            history: [Change(at: now, field: .created, from: "", to: outcome.heading)])
        let index = belowSelection ? (state.selectedPosition.map { $0.action + 1 } ?? outcome.actions.count) : outcome.actions.count
        let effects = changePlan(&state, selecting: action.id, summary: "Added \(ref) to \(outcome.heading)") { plan in
            plan.outcomes[o].actions.insert(action, at: index)
        }
        state.flash = .init("Added \(ref): type what will be done, Ctrl-S saves. u removes it again.")
        openEditor(&state, action: action, field: .text, returnTo: .board, isNewAction: true)
        return effects
    }

    /// `c`: a copy of the selected action just below it, with the next free ref and a fresh history.
    static func duplicateAction(_ state: inout BoardState, now: Timestamp) -> [Effect] {
        guard let p = state.selectedPosition else {
            state.flash = .init("No action selected to duplicate.")
            return []
        }
        let original = state.plan.outcomes[p.outcome].actions[p.action]
        var copy = original
        copy.id = state.freshActionID()
        copy.ref = ActionRef.next(in: state.plan.outcomes[p.outcome], clearOf: state.plan)
        copy.notes = []
        copy.removal = nil
        copy.history = [Change(at: now, field: .created, from: "", to: "Copy of \(original.ref)")]
        return changePlan(&state, selecting: copy.id, summary: "Duplicated \(original.ref) as \(copy.ref)") { plan in
            plan.outcomes[p.outcome].actions.insert(copy, at: p.action + 1)
        }
    }

    /// `H` / `L`: moves the action to the end of the neighbouring outcome; its ref stays.
    static func moveToOutcome(_ state: inout BoardState, offset: Int, now: Timestamp) -> [Effect] {
        guard let p = state.selectedPosition else {
            state.flash = .init("No action selected to move.")
            return []
        }
        let target = p.outcome + offset
        guard state.plan.outcomes.indices.contains(target) else {
            state.flash = .init(offset < 0 ? "This is the first outcome." : "This is the last outcome.")
            return []
        }
        var action = state.plan.outcomes[p.outcome].actions[p.action]
        let from = state.plan.outcomes[p.outcome].heading, to = state.plan.outcomes[target].heading
        action.history.append(Change(at: now, field: .outcome, from: from, to: to))
        return changePlan(&state, selecting: action.id, summary: "\(action.ref) moved to \(to)") { plan in
            plan.outcomes[p.outcome].actions.remove(at: p.action)
            plan.outcomes[target].actions.append(action)
        }
    }

    /// `K` / `J`: swaps the action with the card above or below it in the lane.
    static func reorder(_ state: inout BoardState, offset: Int) -> [Effect] {
        guard let p = state.selectedPosition else { return [] }
        guard state.grouping == .outcome else {
            state.flash = .init("Reorder actions in the outcome grouping (v).")
            return []
        }
        let cards = state.lanes[state.laneIndex].cards
        let neighbour = state.cardIndex + offset
        guard cards.indices.contains(neighbour) else {
            state.flash = .init(offset < 0 ? "Already at the top of the lane." : "Already at the bottom of the lane.")
            return []
        }
        let other = cards[neighbour]
        let action = state.plan.outcomes[p.outcome].actions[p.action]
        return changePlan(&state, selecting: action.id, summary: "\(action.ref) moved \(offset < 0 ? "up" : "down")") { plan in
            plan.outcomes[p.outcome].actions.swapAt(p.action, other.action)
        }
    }

    /// `d`: the action is removed at once (kept in the file, hidden); `y` then asks why, and `u`
    /// brings it back. A question here would take the next keys typed as the reason.
    static func removeSelected(_ state: inout BoardState, now: Timestamp) -> [Effect] {
        guard let action = state.selectedAction else {
            state.flash = .init("No action selected to remove.")
            return []
        }
        guard !action.isRemoved else {
            state.flash = .init("\(action.ref) is already removed: U restores it, P purges it.")
            return []
        }
        return remove(&state, action.id, reason: "", now: now)
    }

    static func remove(_ state: inout BoardState, _ id: Action.ID, reason: String, now: Timestamp) -> [Effect] {
        guard let p = state.plan.position(of: id) else { return [] }
        let ref = state.plan.outcomes[p.outcome].actions[p.action].ref
        if !state.showRemoved { state.mode = .board }
        let effects = change(&state, at: p, summary: "Removed \(ref)") { action in
            action.removal = Removal(at: now, reason: reason)
            action.history.append(Change(at: now, field: .removed, from: "", to: reason))
        }
        offerReason(&state, for: id, summary: "Removed \(ref)")
        state.flash = .init("Removed \(ref) · y: why? · u brings it back · R shows removed actions.")
        return effects
    }

    /// `U`: brings a removed action back onto the board.
    static func restoreAction(_ state: inout BoardState, now: Timestamp) -> [Effect] {
        guard let p = state.selectedPosition, let removal = state.selectedAction?.removal else {
            state.flash = .init(state.showRemoved ? "The selected action is not removed." : "Press R to show removed actions, then U on one restores it.")
            return []
        }
        let ref = state.plan.outcomes[p.outcome].actions[p.action].ref
        return change(&state, at: p, summary: "Restored \(ref)") { action in
            action.removal = nil
            action.history.append(Change(at: now, field: .restored, from: removal.reason, to: ""))
        }
    }

    /// `P`: only a removed action, only in the removed view, and only after `y`.
    static func askToPurge(_ state: inout BoardState) {
        guard let action = state.selectedAction, action.isRemoved else {
            state.flash = .init("Only a removed action can be purged: press R to show them.")
            return
        }
        state.mode = .confirmPurge(action.id)
    }

    static func purge(_ state: inout BoardState) -> [Effect] {
        guard case .confirmPurge(let id) = state.mode, let p = state.plan.position(of: id) else { return [] }
        state.mode = .board
        let ref = state.plan.outcomes[p.outcome].actions[p.action].ref
        return changePlan(&state, selecting: nil, summary: "Purged \(ref) from the file") { plan in
            plan.outcomes[p.outcome].actions.remove(at: p.action)
        }
    }

    static func toggleRemoved(_ state: inout BoardState) {
        state.showRemoved.toggle()
        state.rebuildLanes(keeping: state.selectedAction?.id)
        ensureCursorVisible(&state)
        let count = state.plan.allActions.filter(\.isRemoved).count
        state.flash = .init(state.showRemoved
            ? "Showing \(count) removed action\(count == 1 ? "" : "s") (✕): U restores, P purges. R hides them."
            : "Removed actions hidden.")
    }
}
