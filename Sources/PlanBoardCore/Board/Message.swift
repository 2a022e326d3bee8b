/// Everything that can happen to the board, as a verb: keys become these through the `Keymap`,
/// and the driver sends the results of effects (saved, save failed, resized) back as these.
public enum Message: Equatable, Sendable {
    // Moving around the board
    case move(Direction)
    case moveToFirstCard
    case moveToLastCard
    case pageUp
    case pageDown
    // Rating and status
    case setRAG(RAG)
    /// `s`: open the status chooser for the selected action.
    case chooseStatus
    /// Move the chooser's highlight.
    case pickStatus(offset: Int)
    /// Set the chooser's action to this status (nil: the highlighted one): one recorded change.
    case setStatus(Status?)
    /// `y`: say why the last rating, status, lead or removal change was made.
    case giveReason
    // Panes and overlays
    case openDetail
    case closePane
    case scrollPane(lines: Int)
    case scrollPanePages(Int)
    case scrollPaneToTop
    case scrollPaneToBottom
    case showAdjacentAction(offset: Int)
    case showHelp
    case closeHelp
    /// `/` in the help: find text in it (`HelpFind`); `n` the next match.
    case findInHelp
    case findNextInHelp
    // Editing a field
    /// `e`: open the field chooser for the selected action.
    case editAction
    /// Move the chooser's highlight.
    case pickField(offset: Int)
    /// Open the highlighted field (or, when given, that field) in the editing pane.
    case editField(EditableField?)
    /// A change to the text in the editing pane or prompt.
    case editText(TextCommand)
    /// Save the field being edited (Enter on one-line fields, Ctrl-S on long ones), or answer the prompt.
    case submit
    /// `y` / `n` in a yes / no question.
    case answer(yes: Bool)
    /// Throw away the edit's changes (after confirming).
    case discardEdit
    /// Open the text in `$VISUAL`/`$EDITOR`.
    case openExternalEditor
    /// The external editor finished (or could not run).
    case externallyEdited(ExternalEdit)
    // Shape of the plan
    /// `n` adds at the end of the lane, `o` below the selected action.
    case addAction(belowSelection: Bool)
    case duplicateAction
    /// `H`/`L`: move the action to the outcome before or after.
    case moveToOutcome(offset: Int)
    /// `K`/`J`: move the action up or down its lane.
    case reorder(offset: Int)
    /// `d`: mark the action removed at once (`y` then says why).
    case removeAction
    case restoreAction
    /// `P`: ask, then delete a removed action from the file.
    case purgeAction
    case purgeConfirmed
    /// Show or hide removed actions on the board.
    case toggleRemoved
    // Outcomes
    /// `A`: ask for a title, then add an outcome after the focused lane.
    case addOutcome
    /// `T`: rename the focused outcome.
    case renameOutcome
    /// `E`: edit the focused outcome's description.
    case describeOutcome
    /// `<` / `>`: move the focused outcome left or right.
    case moveOutcome(offset: Int)
    /// `X`: delete the focused outcome (at once when empty, else choose where its actions go).
    case deleteOutcome
    /// Move the choice of receiving lane.
    case pickLane(offset: Int)
    case deleteOutcomeConfirmed
    // The action log
    /// `F`: open the list of open action points.
    case openActionLog
    case pickActionPoint(offset: Int)
    /// Enter / `x` in the action log: the highlighted action point is done.
    case markActionPointDone
    /// `c` in the action log: carried forward in the running meeting.
    case carryActionPointForward
    // The key of leads
    case openLeadsKey
    case pickLead(offset: Int)
    case addLead
    case editLead
    case deleteLead
    // Meetings
    /// `M`: start a meeting (asks title, attendees, apologies, venue, next meeting) or, while one runs, ask to end it.
    case startOrEndMeeting
    case endMeetingConfirmed
    /// `m`: mark the selected action discussed in the running meeting, or unmark it.
    case toggleDiscussed
    /// `w` / `W`: the next or previous action not yet discussed, in the agenda order.
    case walkAgenda(forward: Bool)
    /// `O`: agenda in ref order or reds first.
    case toggleAgendaOrder
    /// `D` decision, `C` note: one line against the selected action.
    case recordNote(Note.Kind)
    /// `p`: an action point (what, who, by when) against the selected action.
    case recordActionPoint
    // Finding
    /// `/`: search every field as you type.
    case startSearch
    /// `n` / `N` after a search: the next or previous match.
    case findNext(forward: Bool)
    /// `#`: jump to an action by its ref.
    case jumpToRef
    /// `f`: set the filter.
    case editFilter
    /// Esc on the board: clear the search and the filter.
    case clearFilters
    /// `v`: group the lanes by outcome, RAG, lead, status in turn.
    case cycleGrouping
    // History
    case undo
    case redo
    // Leaving
    case quit
    case quitWithoutSaving
    case cancel
    /// A key bound to nothing on the board or in the detail pane (its label, as help writes it):
    /// the status line says so, rather than the key being silently ignored.
    case unboundKey(String)
    /// Ctrl-L, in every mode: paint the whole screen again, as terminal programs do.
    case redrawScreen
    // Conflicts a merge recorded (Reducer+MergeConflicts.swift)
    case openMergeConflicts
    case pickMergeConflict(offset: Int)
    case resolveMergeConflict(takeOther: Bool)
    // Sharing through git (Reducer+Sync.swift)
    case sync
    case synced(SyncReport)
    // The performance framework: the risk register and milestones (Reducer+Risks, Reducer+Milestones)
    case risk(RiskCommand)
    case milestone(MilestoneCommand)
    // The performance indicators (Reducer+Indicators.swift)
    case indicator(IndicatorCommand)
    // From the driver
    case resize(Size)
    case saved
    /// The plan was written, with something the user should know (the file had gone).
    case savedWithNotice(WriteNotice)
    case saveFailed(StoreError)
    case reloadFromDisk
    case reloaded(Plan)
    case reloadFailed(StoreError)
    case overwriteDisk
    /// `m` in the changed-on-disk dialog: merge the version on disk with the board's.
    case mergeWithDisk
    /// The driver read the two other versions a merge with the disk needs: the plan as last read
    /// or written (the common ancestor) and the file as it is now.
    case diskVersions(base: Plan, theirs: Plan)
    /// A read-only board's file changed on disk: the driver read the new version.
    case changedWhileReadOnly(Plan)
}

/// A direction on the board.
public enum Direction: Equatable, Sendable {
    case up, down, left, right
}

/// What the reducer asks the outside world to do; it never does I/O itself.
public enum Effect: Equatable, Sendable {
    /// Write the plan to its file (the result comes back as `.saved` or `.saveFailed`).
    case save(Plan)
    /// Write the plan even though the file changed on disk: the user chose to keep their version.
    case overwrite(Plan)
    /// Write the plan over the version on disk, which is someone else's (the user reloaded it, then
    /// undid the reload): theirs is first kept as `plan.json.theirs`.
    case saveKeepingTheirs(Plan)
    /// Read the plan again from its file (the result comes back as `.reloaded` or `.reloadFailed`).
    case reload
    /// Suspend the board and edit this text in `$VISUAL`/`$EDITOR` (the result comes back as
    /// `.externallyEdited`).
    case editExternally(String)
    /// Leave the app, restoring the terminal.
    case quit
    /// Commit, pull (merged) and push the plan through git, then read it again (the result comes
    /// back as `.synced`).
    case sync
    /// Read the plan as last read or written and the file as it is now, for a three-way merge with
    /// the board's plan (the result comes back as `.diskVersions`, or `.reloadFailed`).
    case readDiskVersions
    /// Throw away the keys typed ahead and not yet read: a key was refused, so what follows it
    /// was meant for a screen the chair never reached (terminals do the same after an error).
    case discardTypeahead
    /// Paint every cell of the screen again, not only what changed (Ctrl-L: the screen was disturbed).
    case redrawScreen
}
