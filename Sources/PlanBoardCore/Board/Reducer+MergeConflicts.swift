/// Settling the conflicts `planboard merge` recorded: the chair picks a side for each; the choice
/// is written in the action's history like any other change, and the record is dropped.
extension Reducer {
    /// `!`: the chooser on the first conflict, or a word that there are none.
    static func openMergeConflicts(_ state: inout BoardState) {
        guard !state.plan.conflicts.isEmpty else {
            state.flash = .init("No conflicts to resolve: every merge so far was clean.")
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

    /// `1` keeps the board's value, `2` takes the other copy's; either way history says so.
    static func resolveMergeConflict(_ state: inout BoardState, takeOther: Bool, now: Timestamp) -> [Effect] {
        guard case .chooseConflictSide(let index) = state.mode, state.plan.conflicts.indices.contains(index) else { return [] }
        let conflict = state.plan.conflicts[index]
        let chosen = takeOther ? conflict.other : conflict.kept
        let reason = "Conflict from a merge resolved: chose \"\(chosen)\" over \"\(takeOther ? conflict.kept : conflict.other)\""
        let summary = "\(conflict.ref) \(conflict.field.label.lowercased()): kept \(chosen)"
        let effects = changePlan(&state, selecting: conflict.action, summary: summary) { plan in
            plan.conflicts.remove(at: index)
            guard let p = plan.position(of: conflict.action) else { return }
            var action = plan.outcomes[p.outcome].actions[p.action]
            let from = MergeConflictValue.current(conflict.field, of: action, in: plan)
            if takeOther {
                if conflict.field == .outcome {
                    if let target = plan.outcomes.firstIndex(where: { $0.heading == conflict.other }) {
                        plan.outcomes[p.outcome].actions.remove(at: p.action)
                        action.history.append(Change(at: now, field: .outcome, from: from, to: chosen, reason: reason))
                        plan.outcomes[target].actions.append(action)
                        return
                    }
                } else {
                    MergeConflictValue.set(conflict.field, to: chosen, on: &action)
                }
            }
            action.history.append(Change(at: now, field: conflict.field, from: from, to: chosen, reason: reason))
            plan.outcomes[p.outcome].actions[p.action] = action
        }
        let left = state.plan.conflicts.count
        if left == 0 {
            state.mode = .board
            state.flash = .init("\(summary). No conflicts left.")
        } else {
            let next = min(index, left - 1)
            state.mode = .chooseConflictSide(next)
            selectConflictAction(&state, next)
            state.flash = .init("\(summary). \(left) conflict\(left == 1 ? "" : "s") still to resolve.")
        }
        return effects
    }

    /// Puts the cursor on the conflict's action, when it is on the board.
    private static func selectConflictAction(_ state: inout BoardState, _ index: Int) {
        guard state.plan.conflicts.indices.contains(index),
              let found = state.locate(state.plan.conflicts[index].action) else { return }
        state.laneIndex = found.lane
        state.cardIndex = found.card
        ensureCursorVisible(&state)
    }
}

/// A field's value as a conflict records it (the words a person reads), and setting it back.
enum MergeConflictValue {
    static func current(_ field: Change.Field, of action: Action, in plan: Plan) -> String {
        switch field {
        case .ref: action.ref
        case .text: action.text
        case .area: action.area
        case .leads: action.leadsText
        case .deadline: action.deadline
        case .measure: action.measure
        case .progress: action.progress
        case .rag: action.rag.word
        case .status: action.statusWord
        case .outcome: plan.outcomes.first { $0.actions.contains { $0.id == action.id } }?.heading ?? ""
        default: ""
        }
    }

    static func set(_ field: Change.Field, to value: String, on action: inout Action) {
        switch field {
        case .ref: action.ref = value
        case .text: action.text = value
        case .area: action.area = value
        case .leads: action.leads = value.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        case .deadline: action.deadline = value
        case .measure: action.measure = value
        case .progress: action.progress = value
        case .rag: action.rag = RAG.allCases.first { $0.word == value } ?? action.rag
        case .status:
            if let status = Status.allCases.first(where: { $0.word == value }) {
                action.status = status
            } else {
                action.statusText = value
            }
        default: break
        }
    }
}
