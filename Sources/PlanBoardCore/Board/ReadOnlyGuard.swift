/// Keeps a read-only plan unchanged: keys that only look (move, search, filter, views, help) act
/// as usual; anything that would change the plan is refused with the reason, before it opens a
/// prompt or an editor where possible, and in any case before it could be saved.
enum ReadOnlyGuard {
    static func reduce(_ state: inout BoardState, _ message: Message, reason: String,
                       apply: (inout BoardState) -> [Effect]) -> [Effect] {
        if message.startsAChange {
            refuse(&state, reason)
            return []
        }
        let before = state
        let effects = apply(&state)
        let writes = effects.contains { effect in
            switch effect {
            case .save, .overwrite, .saveKeepingTheirs, .sync: true
            case .reload, .editExternally, .quit: false
            }
        }
        guard writes || state.plan != before.plan else { return effects }
        state = before
        refuse(&state, reason)
        return effects.filter { if case .quit = $0 { true } else { false } }
    }

    private static func refuse(_ state: inout BoardState, _ reason: String) {
        state.flash = .init("Read-only: \(reason). Nothing was changed.", isError: true)
    }
}

extension Message {
    /// Keys whose whole point is a change to the plan (what a read-only board does not offer).
    var changesThePlan: Bool {
        if startsAChange { return true }
        switch self {
        case .setRAG, .chooseStatus, .toggleDiscussed, .moveToOutcome, .reorder, .undo, .redo, .giveReason,
             .recordNote, .startOrEndMeeting:
            return true
        default:
            return false
        }
    }

    /// Keys that open an editor or a question whose only end is a change to the plan.
    var startsAChange: Bool {
        if case .indicator(let command) = self { return command.startsAChange }
        return switch self {
        case .editAction, .addAction, .duplicateAction, .removeAction, .purgeAction, .restoreAction,
             .addOutcome, .renameOutcome, .describeOutcome, .deleteOutcome, .addLead, .editLead, .deleteLead,
             .startOrEndMeeting, .recordNote, .recordActionPoint, .overwriteDisk, .resolveMergeConflict, .sync,
             .giveReason:
            true
        default:
            false
        }
    }
}
