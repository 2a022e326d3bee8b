/// The undo and redo stacks of a `TextEditor`, grouping runs of typing into single steps.
///
/// Typing a word and the spaces after it is one step, so one undo removes a word-ish run rather
/// than a letter; a run of Backspaces (or of Deletes) is one step; any other edit (a paste, a word
/// or line deletion) is a step of its own. Moving the cursor ends the run.
struct EditHistory: Equatable, Sendable {
    /// The text and cursor before or after an edit.
    struct State: Equatable, Sendable {
        var text: String
        var cursor: Int
    }

    /// What an edit was, to decide whether it extends the previous one.
    enum Kind: Equatable, Sendable {
        case typingWord, typingSpace, deletingBackward, deletingForward, single
    }

    /// The most steps kept; older ones are forgotten.
    static let limit = 500

    private(set) var undoStack: [State] = []
    private(set) var redoStack: [State] = []
    /// The kind of the last edit while the next one may still join it.
    private var openRun: Kind?

    /// Notes that an edit of `kind` is about to change `before`.
    mutating func record(_ before: State, as kind: Kind) {
        if let open = openRun, EditHistory.extends(open, with: kind) {
            // Same run: the state before the run is already on the stack.
        } else {
            undoStack.append(before)
            if undoStack.count > EditHistory.limit { undoStack.removeFirst(undoStack.count - EditHistory.limit) }
        }
        redoStack.removeAll()
        openRun = kind == .single ? nil : kind
    }

    /// Whether an edit of kind `next` joins a run whose last edit was `open`.
    static func extends(_ open: Kind, with next: Kind) -> Bool {
        switch (open, next) {
        case (.typingWord, .typingWord), (.typingWord, .typingSpace), (.typingSpace, .typingSpace),
             (.deletingBackward, .deletingBackward), (.deletingForward, .deletingForward):
            return true
        default:
            return false
        }
    }

    /// Ends the current run, so the next edit starts a new undo step.
    mutating func endRun() { openRun = nil }

    /// The state to go back to, given the `current` one (which becomes redoable).
    mutating func undo(from current: State) -> State? {
        guard let previous = undoStack.popLast() else { return nil }
        redoStack.append(current)
        openRun = nil
        return previous
    }

    /// The state to go forward to, given the `current` one (which becomes undoable again).
    mutating func redo(from current: State) -> State? {
        guard let next = redoStack.popLast() else { return nil }
        undoStack.append(current)
        openRun = nil
        return next
    }
}
