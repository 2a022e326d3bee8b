/// Keeps a read-only plan (or the plan while a sync runs) unchanged: keys that only look (move, search, filter, views, help) act
/// as usual; anything that would change the plan is refused with the reason, before it opens a
/// prompt or an editor where possible, and in any case before it could be saved.
enum ReadOnlyGuard {
    /// `refusal` is what the status line says when a change is refused (why, and that nothing changed).
    static func reduce(_ state: inout BoardState, _ message: Message, refusal: String,
                       apply: (inout BoardState) -> [Effect]) -> [Effect] {
        if message.startsAChange {
            state.flash = .init(refusal, isError: true)
            return []
        }
        let before = state
        let effects = apply(&state)
        let writes = effects.contains { effect in
            switch effect {
            case .save, .overwrite, .saveKeepingTheirs, .sync: true
            case .reload, .readDiskVersions, .editExternally, .quit, .discardTypeahead, .redrawScreen: false
            }
        }
        guard writes || state.plan != before.plan else { return effects }
        state = before
        state.flash = .init(refusal, isError: true)
        return effects.filter { if case .quit = $0 { true } else { false } }
    }
}

extension Message {
    /// The sync's own report, which must reach the board while it is syncing.
    var isSyncReport: Bool { if case .synced = self { true } else { false } }

    /// A read-only board taking the file someone else saved: the one change it accepts.
    var isReadOnlyReload: Bool { if case .changedWhileReadOnly = self { true } else { false } }

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
             .giveReason, .risk(.changeLevel), .risk(.reviewDate), .risk(.editBands), .milestone(.toggleDone), .milestone(.add),
             .milestone(.delete):
            true
        default:
            false
        }
    }
}
