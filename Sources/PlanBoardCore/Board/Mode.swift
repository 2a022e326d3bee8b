/// What the keyboard is talking to right now.
public enum Mode: Equatable, Sendable {
    /// Walking the board.
    case board
    /// The detail pane of the selected action is open and has the keys.
    case detail
    /// The key help overlay; `returnTo` is where Esc goes back to.
    indirect case help(returnTo: Mode)
    /// The file changed on disk under us: reload, overwrite, or keep working unsaved.
    case conflict
    /// Quitting would lose changes that could not be saved: ask first.
    case confirmQuit
    /// `e` was pressed: choosing which field of the action to edit.
    case chooseField(FieldChoice)
    /// A field is open in the editing pane; printable keys insert text.
    case editing(FieldEdit)
    /// Esc was pressed on an edit with changes: ask before throwing them away.
    case confirmDiscard(FieldEdit)
    /// A question on the status line (a reason, a search, a filter, a step of starting a meeting…).
    case prompt(Prompt)
    /// `s`: choosing the selected action's status from a short list.
    case chooseStatus(StatusChoice)
    /// Purging a removed action for good: ask first.
    case confirmPurge(Action.ID)
    /// Deleting an outcome that still has actions: choose the lane that receives them.
    case chooseLane(LaneChoice)
    /// The plan's key of lead initials, with the highlighted entry.
    case leadsKey(selected: Int)
    /// Ending the running meeting: ask first.
    case confirmEndMeeting
    /// The action log: open action points by owner and due date, with the highlighted row.
    case actionLog(selected: Int)
    /// Picking a side for a conflict a merge recorded (an index into `plan.conflicts`).
    case chooseConflictSide(Int)
    /// `Z`: the risk register — its list, one risk's detail, or the heat map (Reducer+Risks.swift).
    case riskRegister(RiskRegister)
    /// `L` in the register: which of the risk's three levels to change.
    case chooseRiskLevel(RiskRegister)
    /// `t`: the selected action's milestones (Reducer+Milestones.swift).
    case milestones(MilestoneList)
    /// The indicators view (`I`), or the detail pane of one indicator opened from it.
    case indicators(IndicatorBrowse)
    /// `o` in the indicators view: choosing the status that overrides the computed one.
    case chooseIndicatorStatus(IndicatorBrowse)

    /// The mode's family, for looking up key bindings.
    public var kind: Kind {
        switch self {
        case .board: .board
        case .detail: .detail
        case .help: .help
        case .conflict: .conflict
        case .confirmQuit: .confirmQuit
        case .chooseField: .chooseField
        case .editing(let edit): edit.field.isMultiline ? .editingText : .editingLine
        case .confirmDiscard: .confirmDiscard
        case .prompt(let prompt): prompt.input == .yesNo ? .promptYesNo : .prompt
        case .chooseStatus: .chooseStatus
        case .confirmPurge: .confirmPurge
        case .chooseLane: .chooseLane
        case .leadsKey: .leadsKey
        case .confirmEndMeeting: .confirmEndMeeting
        case .actionLog: .actionLog
        case .chooseConflictSide: .chooseConflictSide
        case .riskRegister(let register):
            switch register.view {
            case .list: .riskRegister
            case .detail: .riskDetail
            case .heatMap: .heatMap
            }
        case .chooseRiskLevel: .chooseRiskLevel
        case .milestones(let list): list.confirmingDelete ? .confirmDeleteMilestone : .milestones
        case .indicators(let browse): browse.detailOpen ? .indicatorDetail : .indicators
        case .chooseIndicatorStatus: .chooseIndicatorStatus
        }
    }

    /// True when typed characters insert text instead of being looked up as commands.
    public var takesText: Bool {
        switch self {
        case .editing: true
        case .prompt(let prompt): prompt.input == .text
        default: false
        }
    }

    /// Mode families that have their own key bindings.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        case board, detail, help, chooseStatus, chooseField, editingText, editingLine, prompt, promptYesNo,
             confirmDiscard, confirmPurge, chooseLane, leadsKey, conflict, confirmQuit, boardFound, confirmEndMeeting, actionLog, chooseConflictSide,
             riskRegister, riskDetail, heatMap, chooseRiskLevel, milestones, confirmDeleteMilestone,
             indicators, indicatorDetail, chooseIndicatorStatus

        /// The section title in the help overlay.
        public var title: String {
            switch self {
            case .board: "On the board"
            case .detail: "In the detail pane"
            case .help: "In this help"
            case .chooseField: "Choosing a field to edit (e)"
            case .editingText: "Editing a long field (action, measure, progress, note): type to insert"
            case .editingLine: "Editing a one-line field (ref, leads, deadline): type to insert"
            case .chooseStatus: "Choosing a status (s)"
            case .prompt: "Answering a question (the line under it says what Enter and Esc do)"
            case .promptYesNo: "Answering yes / no (an action point: also a new action?)"
            case .confirmDiscard: "When cancelling an edit that changed the text"
            case .confirmPurge: "When purging a removed action for good"
            case .chooseLane: "When deleting an outcome that has actions"
            case .leadsKey: "In the key of leads (i)"
            case .conflict: "When the file changed on disk"
            case .confirmQuit: "When quitting would lose changes"
            case .boardFound: "On the board after a search (/ then Enter), until Esc"
            case .confirmEndMeeting: "When ending the meeting"
            case .actionLog: "In the action log (F)"
            case .chooseConflictSide: "Picking a side for a conflict from a merge (!)"
            case .riskRegister: "In the risk register (Z)"
            case .riskDetail: "In a risk's detail (Enter in the register)"
            case .heatMap: "On the risk heat map (m in the register)"
            case .chooseRiskLevel: "Choosing which risk level to change (L)"
            case .milestones: "In an action's (t) or a workstream's (Ctrl-T) milestones"
            case .confirmDeleteMilestone: "When deleting a milestone"
            case .indicators: "In the indicators view (I)"
            case .indicatorDetail: "In an indicator's detail pane (Enter in the indicators view)"
            case .chooseIndicatorStatus: "Overriding an indicator's status (o in the indicators view)"
            }
        }
    }
}

/// Where a pane returns to when it closes: the board, or the detail pane it was opened from.
public enum ReturnMode: Equatable, Sendable {
    case board, detail
    /// The key of leads overlay, with this entry highlighted.
    case leadsKey(Int)
    /// The risk register, as it was.
    case risks(RiskRegister)
    /// An action's milestones, as they were.
    case milestones(MilestoneList)
    /// The indicators view, as it was.
    case indicators(IndicatorBrowse)
    /// The help, over the screen it was opened from (its find prompt).
    indirect case help(Mode)

    /// The mode to go back to.
    public var mode: Mode {
        switch self {
        case .board: .board
        case .detail: .detail
        case .leadsKey(let selected): .leadsKey(selected: selected)
        case .risks(let register): .riskRegister(register)
        case .milestones(let list): .milestones(list)
        case .indicators(let browse): .indicators(browse)
        case .help(let under): .help(returnTo: under)
        }
    }
}

/// The outcome being deleted and the lane chosen to receive its actions.
public struct LaneChoice: Equatable, Sendable {
    public var outcome: Outcome.ID
    /// The receiving outcome's index in the plan (never the one being deleted).
    public var target: Int
}
