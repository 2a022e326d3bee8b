/// A field of an action that the editing pane can change.
public enum EditableField: String, Equatable, Sendable, CaseIterable {
    case text, ref, leads, deadline, measure, progress, note

    /// How the pane names the field.
    public var label: String {
        switch self {
        case .text: "Action"
        case .ref: "Ref"
        case .leads: "Leads"
        case .deadline: "Deadline"
        case .measure: "Measure of success"
        case .progress: "Progress / achievements to date"
        case .note: "New note"
        }
    }

    /// Long fields take newlines (Enter starts a line, Ctrl-S saves); short ones save on Enter.
    public var isMultiline: Bool {
        switch self {
        case .text, .measure, .progress, .note: true
        case .ref, .leads, .deadline: false
        }
    }

    /// The history field a save records.
    public var changeField: Change.Field {
        switch self {
        case .text: .text
        case .ref: .ref
        case .leads: .leads
        case .deadline: .deadline
        case .measure: .measure
        case .progress: .progress
        case .note: .note
        }
    }

    /// The field's current value as the editor opens it (a new note starts empty).
    public func value(of action: Action) -> String {
        switch self {
        case .text: action.text
        case .ref: action.ref
        case .leads: action.leadsText
        case .deadline: action.deadline
        case .measure: action.measure
        case .progress: action.progress
        case .note: ""
        }
    }

    /// What the editor's text becomes when saved: trimmed, and leads tidied to `GP, CC`.
    public func normalised(_ text: String) -> String {
        switch self {
        case .leads: Self.leads(in: text).joined(separator: ", ")
        default: text.trimmingWhitespace()
        }
    }

    /// The initials in a leads field: split at commas, semicolons and slashes, trimmed, no blanks,
    /// and each lead once (the first spelling kept), since Tab completion can add one again.
    static func leads(in text: String) -> [String] {
        var seen = Set<String>()
        return text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" })
            .map { $0.trimmingWhitespace() }
            .filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    /// Writes a saved value into the action (a note is appended, dated `now`).
    func apply(_ value: String, to action: inout Action, at now: Timestamp) {
        switch self {
        case .text: action.text = value
        case .ref: action.ref = value
        case .leads: action.leads = Self.leads(in: value)
        case .deadline: action.deadline = value
        case .measure: action.measure = value
        case .progress: action.progress = value
        case .note: action.notes.append(Note(at: now, text: value))
        }
    }
}

/// The field chooser `e` opens: which action, and which field is highlighted.
public struct FieldChoice: Equatable, Sendable {
    public var action: Action.ID
    public var index: Int
    public var returnTo: ReturnMode

    public init(action: Action.ID, index: Int = 0, returnTo: ReturnMode) {
        self.action = action
        self.index = index
        self.returnTo = returnTo
    }

    /// The highlighted field.
    public var field: EditableField { EditableField.allCases[index] }
}

/// One field open in the editing pane: the action, the field, the editor holding the text, and
/// how far the pane is scrolled.
public struct FieldEdit: Equatable, Sendable {
    public var action: Action.ID
    public var field: EditableField
    public var editor: TextEditor
    /// The first wrapped row drawn (kept between frames so the text moves as little as possible).
    public var scroll: Int = 0
    public var returnTo: ReturnMode
    /// True for the text of an action `n` / `o` has just added: cancelled while still blank, the action goes again.
    public var isNewAction = false

    public init(action: Action.ID, field: EditableField, text: String, returnTo: ReturnMode) {
        self.action = action
        self.field = field
        self.editor = TextEditor(text: text, multiline: field.isMultiline)
        self.returnTo = returnTo
    }
}

/// A one-line question asked in the status line.
public struct LinePrompt: Equatable, Sendable {
    /// What the answer is for.
    public enum Purpose: Equatable, Sendable {
        /// Why the RAG of this action just changed (stored on that history entry).
        case ragReason(Action.ID)
        /// Why this action is being removed (removal happens on Enter).
        case removalReason(Action.ID)
        /// The title of a new outcome, to go after the lane at this index.
        case newOutcome(after: Int)
        case outcomeTitle(Outcome.ID)
        case outcomeDescription(Outcome.ID)
        /// One step of adding or editing an entry of the key of leads (`index` nil adds one).
        case lead(index: Int?, step: LeadStep, draft: Lead)
        /// Starting a meeting: its title, attendees, apologies, venue, next meeting (the draft fills up).
        case meeting(step: MeetingStep, draft: Meeting)
        /// A one-line note or decision against this action, in the running meeting if any.
        case meetingNote(Action.ID, Note.Kind)
        /// One step of recording an action point against this action.
        case actionPoint(Action.ID, step: ActionPointStep, draft: Note)
        /// `/`: searching as you type; Esc goes back to `origin` and the search kept before.
        case search(origin: Action.ID?, kept: String?)
        /// `#`: the ref of the action to jump to.
        case jumpToRef
        /// `f`: the filter, as words.
        case filter
    }

    /// The questions of starting a meeting, asked one after another; venue and next meeting are
    /// optional and go into the minutes.
    public enum MeetingStep: Equatable, Sendable {
        case title, attendees, apologies, venue, nextMeeting
    }

    /// The questions of recording an action point: what, who, by when, and whether it is also a new action.
    public enum ActionPointStep: Equatable, Sendable {
        case what, owner, due, asNewAction
    }

    /// The fields of a lead, asked one after another.
    public enum LeadStep: Equatable, Sendable {
        case initials, name, organisation
    }

    public var purpose: Purpose
    public var question: String
    public var editor: TextEditor
    public var returnTo: ReturnMode

    public init(_ purpose: Purpose, question: String, text: String = "", returnTo: ReturnMode) {
        self.purpose = purpose
        self.question = question
        self.editor = TextEditor(text: text, multiline: false)
        self.returnTo = returnTo
    }
}

/// A change to the text in the editing pane or a prompt.
public enum TextCommand: Equatable, Sendable {
    case insert(String)
    case newline
    case left, right, up, down, wordLeft, wordRight, lineStart, lineEnd
    case deleteBackward, deleteForward, deleteWordBackward, deleteWordForward, deleteToLineStart, deleteToLineEnd
    case undo, redo
    /// Tab in the leads field: complete the initials being typed from the plan's key.
    case complete
}
