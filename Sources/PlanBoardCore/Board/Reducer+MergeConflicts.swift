/// Settling the conflicts `planboard merge` recorded: the chair picks a side for each (an action's
/// field, an outcome's, a lead's, a meeting's, an indicator's, a risk's or the plan's); the choice
/// is a change like any other (undoable, and in the history of an action, indicator or risk), and
/// the record is dropped.
extension Reducer {
    /// `!`: the chooser on the first conflict, or a word that there are none.
    static func openMergeConflicts(_ state: inout BoardState) {
        guard !state.plan.conflicts.isEmpty else {
            state.flash = .init("No conflicts to resolve.")
            return
        }
        state.mode = .chooseConflictSide(0)
        selectConflictAction(&state, 0)
    }

    static func pickMergeConflict(_ state: inout BoardState, offset: Int) {
        guard case .chooseConflictSide(let index) = state.mode, !state.plan.conflicts.isEmpty else { return }
        let count = state.plan.conflicts.count
        let next = ((index + offset) % count + count) % count
        state.mode = .chooseConflictSide(next)
        selectConflictAction(&state, next)
    }

    /// `1` keeps the board's value, `2` takes the other copy's. Either way the choice is one undo
    /// step; on an action, taking the other's is also written in the action's history (keeping
    /// the board's changes nothing, so writes no "Green → Green").
    static func resolveMergeConflict(_ state: inout BoardState, takeOther: Bool, now: Timestamp) -> [Effect] {
        guard case .chooseConflictSide(let index) = state.mode, state.plan.conflicts.indices.contains(index) else { return [] }
        let conflict = state.plan.conflicts[index]
        var chosen = takeOther ? conflict.other : conflict.kept
        if conflict.actionField == .outcome, let lane = outcomeTarget(conflict, takeOther: takeOther, in: state.plan) {
            chosen = state.plan.outcomes[lane].heading  // a lane renamed since reads as it is now
        }
        let reason = "Conflict from a merge resolved: chose \"\(chosen)\" over \"\(takeOther ? conflict.kept : conflict.other)\""
        var summary = "\(conflict.subjectPhrase), \(conflict.fieldPhrase): kept \(chosen)"
        var trial = state.plan
        if !conflict.subjectExists(in: trial) {
            summary = "\(conflict.subjectPhrase) is no longer in the plan: conflict dropped"
        } else if conflict.current(in: trial) == nil
                    || takeOther && conflict.actionField != .outcome && !conflict.set(takeOther: true, in: &trial) {
            summary = "\(conflict.subjectPhrase): this planboard cannot set \(conflict.fieldPhrase) to \"\(chosen)\"; the board's value stays"
        } else if takeOther && conflict.actionField == .outcome && outcomeTarget(conflict, takeOther: true, in: trial) == nil {
            state.flash = .init("\(conflict.subjectPhrase): the outcome \"\(conflict.other)\" is no longer in the plan, so the action "
                                + "cannot move there. The conflict stays: press 1 to keep it where it is.", isError: true)
            return []
        }
        let (runningMeeting, author) = (state.runningMeeting?.id, state.author.isEmpty ? nil : state.author)
        let effects = changePlan(&state, selecting: conflict.action ?? state.selectedAction?.id, summary: summary) { plan in
            plan.conflicts.remove(at: index)
            guard let from = conflict.current(in: plan) else { return }
            if takeOther {
                if conflict.actionField == .outcome {
                    moveForConflict(conflict, in: &plan, from: from, now: now, reason: reason)
                    return
                }
                guard conflict.set(takeOther: true, in: &plan) else { return }
            }
            // Keeping the board's value changes nothing, so nothing is written ("Green → Green").
            guard takeOther else { return }
            if let field = conflict.frameworkHistoryField {
                // Indicators and risks keep their own history, signed here as their other changes are.
                conflict.recordInFramework(Change(at: now, field: field, from: from, to: conflict.current(in: plan) ?? chosen,
                                                  reason: reason, meeting: runningMeeting, who: author), in: &plan)
                return
            }
            guard let id = conflict.action, let field = conflict.actionField, let p = plan.position(of: id) else { return }
            plan.outcomes[p.outcome].actions[p.action].history.append(
                Change(at: now, field: field, from: from, to: conflict.current(in: plan) ?? chosen, reason: reason))
        }
        let left = state.plan.conflicts.count
        if left == 0 {
            state.mode = .board
            state.flash = .init("\(summary). No conflicts left. Press Y to send the resolution.")
        } else {
            let next = min(index, left - 1)
            state.mode = .chooseConflictSide(next)
            selectConflictAction(&state, next)
            state.flash = .init("\(summary). \(left) conflict\(left == 1 ? "" : "s") still to resolve.")
        }
        return effects
    }

    /// Taking the other copy's outcome for an action: it moves to the end of that lane, with history.
    private static func moveForConflict(_ conflict: MergeConflict, in plan: inout Plan, from: String,
                                        now: Timestamp, reason: String) {
        guard let id = conflict.action, let p = plan.position(of: id),
              let target = outcomeTarget(conflict, takeOther: true, in: plan) else { return }
        var action = plan.outcomes[p.outcome].actions.remove(at: p.action)
        action.history.append(Change(at: now, field: .outcome, from: from, to: plan.outcomes[target].heading, reason: reason))
        plan.outcomes[target].actions.append(action)
    }

    /// The lane one side of an outcome conflict put the action in: by the outcome's id the merge
    /// kept with the value (its heading may have changed since), else, for a record from before
    /// ids were kept, by its heading; nil when that outcome is gone.
    static func outcomeTarget(_ conflict: MergeConflict, takeOther: Bool, in plan: Plan) -> Int? {
        if let id = (takeOther ? conflict.otherValue : conflict.keptValue)?.first {
            return plan.outcomes.firstIndex { $0.id.rawValue == id }
        }
        let heading = takeOther ? conflict.other : conflict.kept
        return plan.outcomes.firstIndex { $0.heading == heading }
    }

    /// Puts the cursor on the conflict's action, when it is on the board.
    private static func selectConflictAction(_ state: inout BoardState, _ index: Int) {
        guard state.plan.conflicts.indices.contains(index), let id = state.plan.conflicts[index].action,
              let found = state.locate(id) else { return }
        state.laneIndex = found.lane
        state.cardIndex = found.card
        ensureCursorVisible(&state)
    }
}
