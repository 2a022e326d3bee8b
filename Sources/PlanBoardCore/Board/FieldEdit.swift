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
