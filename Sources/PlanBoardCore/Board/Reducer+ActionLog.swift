/// The action log overlay (`F`): open action points by owner and due date. Marking one done or
/// carrying it forward is one undo step and, in a meeting, is what its minutes report.
extension Reducer {
    static func openActionLog(_ state: inout BoardState) {
        state.mode = .actionLog(selected: 0)
        let count = ActionLog(plan: state.plan, today: state.today).count
        state.flash = .init(count == 0 ? "No open action points: p records one against the selected action."
                                       : "\(count) open action point\(count == 1 ? "" : "s").")
    }

    static func pickActionPoint(_ state: inout BoardState, offset: Int) {
        guard case .actionLog(let selected) = state.mode else { return }
        state.mode = .actionLog(selected: clampedActionLogRow(selected + offset, state))
    }

    /// Enter / `x`: the highlighted action point is done, in the running meeting if there is one.
    static func markActionPointDone(_ state: inout BoardState, now: Timestamp) -> [Effect] {
        guard case .actionLog(let selected) = state.mode,
              let entry = ActionLog(plan: state.plan, today: state.today).entries.dropFirst(selected).first else { return [] }
        let meeting = state.runningMeeting?.id
        let effects = changePlan(&state, selecting: state.selectedAction?.id,
                                 summary: "Action point done: \(entry.note.text) (\(refWords(entry.ref)))") { plan in
            editNote(&plan, entry) { note in
                note.closedAt = now
                note.closedIn = meeting
            }
        }
        state.mode = .actionLog(selected: clampedActionLogRow(selected, state))
        if meeting == nil { state.flash = .init("Action point done: \(entry.note.text). u undoes.") }
        return effects
    }

    /// `c`: the highlighted action point stays open and the running meeting records it carried forward.
    static func carryActionPointForward(_ state: inout BoardState) -> [Effect] {
        guard case .actionLog(let selected) = state.mode,
              let entry = ActionLog(plan: state.plan, today: state.today).entries.dropFirst(selected).first else { return [] }
        guard let meeting = state.runningMeeting?.id else {
            state.flash = .init("Carrying forward is recorded in a meeting: start one with M.", isError: true)
            return []
        }
        guard !entry.note.carriedForwardIn.contains(meeting) else {
            state.flash = .init("Already carried forward in this meeting.")
            return []
        }
        let effects = changePlan(&state, selecting: state.selectedAction?.id,
                                 summary: "Action point carried forward: \(entry.note.text) (\(refWords(entry.ref)))") { plan in
            editNote(&plan, entry) { $0.carriedForwardIn.append(meeting) }
        }
        state.mode = .actionLog(selected: min(selected + 1, max(0, ActionLog(plan: state.plan, today: state.today).count - 1)))
        return effects
    }

    /// Keeps the highlighted row on the list after the list changed (an undo, a point closed).
    static func clampActionLogSelection(_ state: inout BoardState) {
        if case .actionLog(let selected) = state.mode { state.mode = .actionLog(selected: clampedActionLogRow(selected, state)) }
    }

    private static func clampedActionLogRow(_ row: Int, _ state: BoardState) -> Int {
        let count = ActionLog(plan: state.plan, today: state.today).count
        return count == 0 ? 0 : min(max(0, row), count - 1)
    }

    private static func editNote(_ plan: inout Plan, _ entry: ActionLog.Entry, _ edit: (inout Note) -> Void) {
        guard let position = plan.position(of: entry.action) else { return }
        var notes = plan.outcomes[position.outcome].actions[position.action].notes
        guard notes.indices.contains(entry.noteIndex) else { return }
        edit(&notes[entry.noteIndex])
        plan.outcomes[position.outcome].actions[position.action].notes = notes
    }

    private static func refWords(_ ref: String) -> String { ref.isEmpty ? "action without a ref" : ref }
}
