/// The only place the board's behaviour lives: applies a message to the state and says which
/// effects (save, reload, quit) the driver must carry out. Pure: no I/O, no clock of its own.
public enum Reducer {
    /// Applies `message` at time `now` and returns the effects to run, in order.
    public static func reduce(_ state: inout BoardState, _ message: Message, now: Timestamp) -> [Effect] {
        let effects: [Effect]
        if let reason = state.readOnly, !message.isReadOnlyReload {
            effects = ReadOnlyGuard.reduce(&state, message, refusal: "Read-only: \(reason). Nothing was changed.") {
                apply(&$0, message, now: now)
            }
        } else if state.syncing, !message.isSyncReport {
            effects = ReadOnlyGuard.reduce(&state, message, refusal: "Syncing through git: changes wait until it reports "
                                           + "(moving, searching and help work meanwhile). Nothing was changed.") {
                apply(&$0, message, now: now)
            }
        } else {
            effects = apply(&state, message, now: now)
        }
        releaseKeptAction(&state)
        forgetHiddenSelection(&state, after: message)
        if state.conflictWaiting, state.mode == .board || state.mode == .detail {
            state.conflictWaiting = false
            state.mode = .conflict
        }
        return effects
    }

    /// An action kept on the board after a change the filter would hide goes once the cursor is on
    /// another (the filter applies again, as a spreadsheet's does when it is reapplied).
    private static func releaseKeptAction(_ state: inout BoardState) {
        guard let kept = state.keptInView, state.selectedAction?.id != kept else { return }
        state.keptInView = nil
        state.rebuildLanes(keeping: state.selectedAction?.id)
        ensureCursorVisible(&state)
    }

    private static func apply(_ state: inout BoardState, _ message: Message, now: Timestamp) -> [Effect] {
        state.today = now.day(utcOffset: state.utcOffset)
        if state.sessionStart == nil { state.sessionStart = now }
        if message.comesFromTheUser { state.flash = nil }
        if message.editsOutcomes, state.grouping != .outcome {
            // Other groupings' lanes are ratings, leads or statuses: there is no outcome to act on.
            state.flash = .init("Outcomes are added, renamed, moved and deleted in the outcome view: press v until the lanes are outcomes.")
            return []
        }
        switch message {
        case .move(let direction): moveCursor(&state, direction)
        case .moveToFirstCard: selectCard(&state, 0)
        case .moveToLastCard: selectCard(&state, Int.max)
        case .pageUp: selectCard(&state, state.cardIndex - layout(state).visibleCards)
        case .pageDown: selectCard(&state, state.cardIndex + layout(state).visibleCards)

        case .setRAG(let rag): return setRAG(&state, rag, now: now)
        case .chooseStatus: chooseStatus(&state)
        case .pickStatus(let offset): pickStatus(&state, offset: offset)
        case .setStatus(let status): return setStatus(&state, status, now: now)
        case .giveReason: return askReason(&state)
        case .answer(let yes): return answer(&state, yes: yes, now: now)
        case .editAction: editAction(&state)
        case .pickField(let offset): pickField(&state, offset: offset)
        case .editField(let field): editField(&state, field)
        case .editText(let command): editText(&state, command)
        case .submit: return submit(&state, now: now)
        case .discardEdit: return discardEdit(&state)
        case .openExternalEditor: return openExternalEditor(&state)
        case .externallyEdited(let text): externallyEdited(&state, text)

        case .addAction(let below): return addAction(&state, belowSelection: below, now: now)
        case .duplicateAction: return duplicateAction(&state, now: now)
        case .moveToOutcome(let offset):
            return state.grouping == .outcome ? moveToOutcome(&state, offset: offset, now: now)
                                              : moveAcrossLanes(&state, offset: offset, now: now)
        case .reorder(let offset): return reorder(&state, offset: offset)
        case .removeAction: return removeSelected(&state, now: now)
        case .restoreAction: return restoreAction(&state, now: now)
        case .purgeAction: askToPurge(&state)
        case .purgeConfirmed: return purge(&state)
        case .toggleRemoved: toggleRemoved(&state)

        case .addOutcome, .renameOutcome, .describeOutcome: askOutcomeText(&state, message)
        case .moveOutcome(let offset): return moveOutcome(&state, offset: offset)
        case .deleteOutcome: return deleteOutcome(&state)
        case .pickLane(let offset): pickLane(&state, offset: offset)
        case .deleteOutcomeConfirmed: return deleteOutcomeConfirmed(&state, now: now)

        case .openActionLog: openActionLog(&state)
        case .pickActionPoint(let offset): pickActionPoint(&state, offset: offset)
        case .markActionPointDone: return markActionPointDone(&state, now: now)
        case .carryActionPointForward: return carryActionPointForward(&state)

        case .openLeadsKey: openLeadsKey(&state)
        case .pickLead(let offset): pickLead(&state, offset: offset)
        case .addLead: askLead(&state, editing: false)
        case .editLead: askLead(&state, editing: true)
        case .deleteLead: return deleteLead(&state)

        case .startOrEndMeeting: startOrEndMeeting(&state, now: now)
        case .endMeetingConfirmed: return endMeeting(&state, now: now)
        case .toggleDiscussed: return toggleDiscussed(&state)
        case .walkAgenda(let forward): walkAgenda(&state, forward: forward)
        case .toggleAgendaOrder: toggleAgendaOrder(&state)
        case .recordNote(let kind): askForNote(&state, kind: kind)
        case .recordActionPoint: askForActionPoint(&state, now: now)
        case .startSearch: startSearch(&state)
        case .findNext(let forward): findNext(&state, forward: forward)
        case .jumpToRef: askRef(&state)
        case .editFilter: askFilter(&state)
        case .clearFilters: clearFilters(&state)
        case .cycleGrouping: cycleGrouping(&state)

        case .undo: return undo(&state)
        case .redo: return redo(&state)

        case .openDetail: openDetail(&state)
        case .closePane: state.mode = .board
        case .scrollPane(let lines): scrollPane(&state, to: state.paneScroll.offset + lines)
        case .scrollPanePages(let pages): scrollPane(&state, pages: pages)
        case .scrollPaneToTop: scrollPane(&state, to: 0)
        case .scrollPaneToBottom: scrollPane(&state, to: .max)
        case .showAdjacentAction(let offset): showAdjacentAction(&state, offset: offset)
        case .showHelp:
            if case .help = state.mode { break }
            let from = state.mode.kind
            state.mode = .help(returnTo: state.mode)
            // Open at the keys of what the user was doing (the board's are at the top anyway).
            scrollPane(&state, to: from == .board ? 0 : HelpText.sectionStart(from, width: helpWidth(state)))
        case .closeHelp:
            if case .help(let returnTo) = state.mode { state.mode = returnTo }
            state.paneScroll = Viewport()
            state.helpFind = nil
        case .findInHelp: askHelpFind(&state)
        case .findNextInHelp: findNextInHelp(&state)

        case .quit:
            if state.hasUnsavedChanges {
                state.mode = .confirmQuit
                return []
            }
            return [.quit]
        case .quitWithoutSaving: return [.quit]
        case .cancel: return cancel(&state)
        case .unboundKey(let label): return refuseKey(&state, "\(label) does nothing here")
        case .redrawScreen: return [.redrawScreen]
        case .openMergeConflicts: openMergeConflicts(&state)
        case .pickMergeConflict(let offset): pickMergeConflict(&state, offset: offset)
        case .resolveMergeConflict(let takeOther): return resolveMergeConflict(&state, takeOther: takeOther, now: now)
        case .sync: return askToSync(&state)
        case .synced(let report): synced(&state, report)
        case .risk(let command): return reduceRisk(&state, command, now: now)
        case .milestone(let command): return reduceMilestone(&state, command, now: now)
        case .indicator(let command): return reduceIndicators(&state, command, now: now)

        case .resize(let size):
            // Help reflows at a new width, so keep the section that was at the top, not the line number.
            let helpSection = state.mode.kind == .help
                ? HelpText.section(atLine: state.paneScroll.offset, width: helpWidth(state))
                : nil
            state.size = size
            ensureCursorVisible(&state)
            if let helpSection {
                scrollPane(&state, to: HelpText.sectionStart(helpSection, width: helpWidth(state)))
            } else {
                scrollPane(&state, to: state.paneScroll.offset)
            }
        case .saved:
            state.saveStatus = .saved(now)
        case .savedWithNotice(let notice):
            state.saveStatus = .saved(now)
            state.flash = .init(notice.description, isError: true)
        case .saveFailed(let error): saveFailed(&state, error)
        case .reloadFromDisk:
            state.mode = .board
            return [.reload]
        case .reloaded(let plan): reloaded(&state, plan)
        case .reloadFailed(let error):
            // The conflict is not settled: its choices stay open (write mine, or later).
            state.mode = .conflict
            state.flash = .init("Could not reload: \(error)", isError: true)
        case .overwriteDisk:
            state.mode = .board
            state.saveStatus = .saving
            return [.overwrite(state.plan)]
        case .mergeWithDisk:
            state.mode = .board
            return [.readDiskVersions]
        case .diskVersions(let base, let theirs): return mergeWithDisk(&state, base: base, theirs: theirs, now: now)
        case .changedWhileReadOnly(let plan):
            let selection = state.selectedAction?.id
            state.plan = plan
            state.rebuildLanes(keeping: selection)
            ensureCursorVisible(&state)
            if state.mode.showsPane, state.selectedAction?.id != selection { state.mode = .board }
            state.flash = .init("Reloaded: \(state.fileName) changed on disk.")
        }
        return []
    }

    /// The layout for the state's size and open pane.
    static func layout(_ state: BoardState) -> BoardLayout {
        BoardLayout(state, paneOpen: state.mode.showsPane)
    }

    /// The width the help's text is laid out at on the state's screen.
    static func helpWidth(_ state: BoardState) -> Int {
        BoardLayout.scrollingText(in: layout(state).overlay).width
    }

    private static func cancel(_ state: inout BoardState) -> [Effect] {
        switch state.mode {
        case .confirmQuit:
            state.mode = .board
        case .conflict:
            state.mode = .board
            state.flash = .init("Not saved: your changes are kept in memory. Press u to undo them or q to quit.", isError: true)
        case .help(let returnTo):
            state.mode = returnTo
            state.paneScroll = Viewport()
            state.helpFind = nil
        case .detail:
            state.mode = .board
        case .chooseField(let choice):
            state.mode = choice.returnTo.mode
        case .editing(let edit):
            return cancelEdit(&state, edit)
        case .confirmDiscard(let edit):
            state.mode = .editing(edit)
        case .prompt(let prompt):
            escape(&state, prompt)
        case .chooseStatus(let choice):
            state.mode = choice.returnTo.mode
        case .confirmPurge, .chooseLane, .leadsKey, .confirmEndMeeting, .actionLog, .chooseConflictSide, .milestones:
            state.mode = .board
        case .riskRegister, .chooseRiskLevel:
            leaveRiskRegister(&state)
        case .indicators, .chooseIndicatorStatus:
            closeIndicatorLevel(&state)
        case .board:
            break
        }
        return []
    }

    private static func saveFailed(_ state: inout BoardState, _ error: StoreError) {
        state.saveStatus = .failed(error)
        if case .changedOnDisk = error {
            // Saves finish in the background, often after the user has moved on to typing: the
            // dialog waits until they are back on the board, so nothing typed is thrown away.
            switch state.mode {
            case .board, .detail, .conflict:
                state.mode = .conflict
            default:
                state.conflictWaiting = true
                state.flash = .init("Someone else changed \(state.fileName): finish this, then choose what to do.", isError: true)
            }
        } else {
            state.flash = .init("Not saved: \(error)", isError: true)
        }
    }

    /// Puts the plan as the file now holds it (someone else's, or merged) on the board, as an
    /// undoable step: `u` brings back the plan it replaced, keeping theirs beside it.
    static func takePlanFromDisk(_ state: inout BoardState, _ plan: Plan) {
        let selection = state.selectedAction?.id
        state.history.recordReload(state.plan, selection: selection)
        state.plan = plan
        state.rebuildLanes(keeping: selection)
        ensureCursorVisible(&state)
        state.saveStatus = .unchanged
        state.reasonOffer = nil
    }

    private static func reloaded(_ state: inout BoardState, _ plan: Plan) {
        takePlanFromDisk(&state, plan)
        state.flash = .init("Reloaded \(state.fileName) from disk. u goes back to your version, writing it over theirs.")
    }
}

extension Message {
    /// Messages that add, rename, describe, move or delete an outcome (a lane of the outcome view).
    var editsOutcomes: Bool {
        switch self {
        case .addOutcome, .renameOutcome, .describeOutcome, .moveOutcome, .deleteOutcome: true
        default: false
        }
    }

    /// Messages from keys clear the status line's flash; results from the driver do not.
    var comesFromTheUser: Bool {
        switch self {
        case .resize, .saved, .savedWithNotice, .saveFailed, .reloaded, .reloadFailed, .externallyEdited, .diskVersions, .changedWhileReadOnly: false
        default: true
        }
    }
}

extension Mode {
    /// True when a pane or overlay takes part of the screen.
    var showsPane: Bool {
        switch self {
        case .detail, .chooseField, .editing, .confirmDiscard: true
        case .help(let returnTo): returnTo.showsPane
        case .prompt(let prompt): prompt.returnTo == .detail
        case .chooseStatus(let choice): choice.returnTo == .detail
        default: false
        }
    }
}
