/// The keys of the editing pane, the field chooser, prompts and the plan-shaping commands.
extension Keymap {
    static let editing: [KeyBinding] = [
        KeyBinding([.char("e")], .editAction, "Edit a field of the action (choose it with ↑↓, Enter)"),
        KeyBinding([.char("i")], .openLeadsKey, "The key of lead initials: view, add, edit, delete"),
    ]

    static let outcomes: [KeyBinding] = [
        KeyBinding([.char("A")], .addOutcome, "Add an outcome (a lane) after this one"),
        KeyBinding([.char("T")], .renameOutcome, "Rename this outcome"),
        KeyBinding([.char("E")], .describeOutcome, "Edit this outcome's description"),
        KeyBinding([.char("<")], .moveOutcome(offset: -1), "Move this outcome left"),
        KeyBinding([.char(">")], .moveOutcome(offset: 1), "Move this outcome right"),
        KeyBinding([.char("X")], .deleteOutcome, "Delete this outcome (if it has actions, choose where they go)"),
    ]

    static let chooseLane: [KeyBinding] = [
        KeyBinding([.left, .char("h")], .pickLane(offset: -1), "Previous outcome to receive the actions"),
        KeyBinding([.right, .char("l")], .pickLane(offset: 1), "Next outcome to receive the actions"),
        KeyBinding([.enter], .deleteOutcomeConfirmed, "Move the actions there and delete the outcome"),
        KeyBinding([.escape, .char("n")], .cancel, "Keep the outcome"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let leadsKey: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .pickLead(offset: -1), "Previous entry"),
        KeyBinding([.down, .char("j")], .pickLead(offset: 1), "Next entry"),
        KeyBinding([.char("a"), .char("n")], .addLead, "Add an entry (initials, then name, then organisation)"),
        KeyBinding([.enter, .char("e")], .editLead, "Edit the highlighted entry"),
        KeyBinding([.char("d"), .delete], .deleteLead, "Delete the highlighted entry (u undoes)"),
        KeyBinding([.char("u")], .undo, "Undo the last change"),
        KeyBinding([.escape, .char("q"), .char("i")], .cancel, "Close the key"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let shaping: [KeyBinding] = [
        KeyBinding([.char("n")], .addAction(belowSelection: false), "New action at the end of the lane (next free ref)"),
        KeyBinding([.char("o")], .addAction(belowSelection: true), "New action below the selected one"),
        KeyBinding([.char("c")], .duplicateAction, "Duplicate (copy) the selected action below it"),
        KeyBinding([.char("H")], .moveToOutcome(offset: -1), "Move the action to the outcome on the left"),
        KeyBinding([.char("L")], .moveToOutcome(offset: 1), "Move the action to the outcome on the right"),
        KeyBinding([.char("K")], .reorder(offset: -1), "Move the action up the lane (its ref stays)"),
        KeyBinding([.char("J")], .reorder(offset: 1), "Move the action down the lane (its ref stays)"),
        KeyBinding([.char("d")], .removeAction, "Remove the action at once (hidden, kept in the file); y says why, u undoes"),
        KeyBinding([.char("R")], .toggleRemoved, "Show or hide removed actions (marked ✕)"),
        KeyBinding([.char("U")], .restoreAction, "Restore a removed action"),
        KeyBinding([.char("P")], .purgeAction, "Purge a removed action from the file for good (asks first)"),
    ]

    static let chooseField: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .pickField(offset: -1), "Previous field"),
        KeyBinding([.down, .char("j"), .tab], .pickField(offset: 1), "Next field"),
        KeyBinding([.enter, .char("e")], .editField(nil), "Edit the highlighted field"),
        KeyBinding([.char("n")], .editField(.note), "Add a note straight away"),
        KeyBinding([.char("p")], .editField(.progress), "Edit the progress straight away"),
        KeyBinding([.escape, .char("q")], .cancel, "Back without editing"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    /// Cursor moves and deletions shared by every text-taking mode.
    private static let textKeys: [KeyBinding] = [
        KeyBinding([.left], .editText(.left), "Cursor left"),
        KeyBinding([.right], .editText(.right), "Cursor right"),
        KeyBinding([.ctrlLeft, .alt("b")], .editText(.wordLeft), "Word left"),
        KeyBinding([.ctrlRight, .alt("f")], .editText(.wordRight), "Word right"),
        KeyBinding([.home], .editText(.lineStart), "Start of the line"),
        KeyBinding([.end], .editText(.lineEnd), "End of the line"),
        KeyBinding([.backspace], .editText(.deleteBackward), "Delete the character before the cursor"),
        KeyBinding([.delete], .editText(.deleteForward), "Delete the character under the cursor"),
        KeyBinding([.ctrl("w")], .editText(.deleteWordBackward), "Delete the word before the cursor"),
        KeyBinding([.alt("\u{7F}")], .editText(.deleteWordBackward), "Delete the word before the cursor (as Ctrl-W)"),
        KeyBinding([.alt("d")], .editText(.deleteWordForward), "Delete the word after the cursor"),
        KeyBinding([.ctrl("u")], .editText(.deleteToLineStart), "Delete to the start of the line"),
        KeyBinding([.ctrl("k")], .editText(.deleteToLineEnd), "Delete to the end of the line"),
        KeyBinding([.ctrl("z")], .editText(.undo), "Undo typing in this field"),
        KeyBinding([.ctrl("y")], .editText(.redo), "Redo typing in this field"),
        KeyBinding([.function(1)], .showHelp, "Show this help (? types a question mark here)"),
    ]

    static let editingText: [KeyBinding] = [
        KeyBinding([.up], .editText(.up), "Cursor up a wrapped line"),
        KeyBinding([.down], .editText(.down), "Cursor down a wrapped line"),
        KeyBinding([.enter], .editText(.newline), "Start a new line"),
    ] + textKeys + [
        KeyBinding([.ctrl("s"), .alt("\r")], .submit, "Save the field (written to the file at once)"),
        KeyBinding([.ctrl("e")], .openExternalEditor, "Edit the text in $VISUAL / $EDITOR"),
        KeyBinding([.escape], .cancel, "Cancel (asks first if the text changed)"),
    ]

    static let editingLine: [KeyBinding] = [
        KeyBinding([.enter, .ctrl("s")], .submit, "Save the field (written to the file at once)"),
        KeyBinding([.tab], .editText(.complete), "Leads: complete the initials from the plan's key"),
    ] + textKeys + [
        KeyBinding([.escape], .cancel, "Cancel (asks first if the text changed)"),
    ]

    static let prompt: [KeyBinding] = [
        KeyBinding([.enter], .submit, "Answer; the line under the question says what Enter does there"),
        KeyBinding([.tab], .editText(.complete), "Who (an action point's owner): complete the initials from the plan's key"),
    ] + textKeys + [
        KeyBinding([.escape], .cancel, "Back to where you were; nothing from the question is recorded"),
    ]

    static let promptYesNo: [KeyBinding] = [
        KeyBinding([.char("y")], .answer(yes: true), "Yes: record the action point and add it as a new action"),
        KeyBinding([.char("n"), .enter], .answer(yes: false), "No: record only the action point"),
        KeyBinding([.escape], .cancel, "Back to where you were; nothing from the question is recorded"),
        KeyBinding([.char("?"), .function(1)], .showHelp, "Show this help"),
    ]

    static let chooseStatus: [KeyBinding] = Status.allCases.map { status in
        KeyBinding([.char(StatusChoice.key(for: status))], .setStatus(status), "Set it to \(status.word)")
    } + [
        KeyBinding([.up, .char("k")], .pickStatus(offset: -1), "Highlight the status above"),
        KeyBinding([.down, .char("j")], .pickStatus(offset: 1), "Highlight the status below"),
        KeyBinding([.enter], .setStatus(nil), "Set the highlighted status"),
        KeyBinding([.escape], .cancel, "Close the list; the status stays as it was"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let confirmDiscard: [KeyBinding] = [
        KeyBinding([.char("y")], .discardEdit, "Throw the changes away"),
        KeyBinding([.char("n"), .escape], .cancel, "Keep editing"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static let confirmPurge: [KeyBinding] = [
        KeyBinding([.char("y")], .purgeConfirmed, "Delete the removed action from the file (u still undoes)"),
        KeyBinding([.char("n"), .escape], .cancel, "Keep it"),
        KeyBinding([.char("?")], .showHelp, "Show this help"),
    ]

    static func editingHints(for kind: Mode.Kind) -> [KeyHint] {
        switch kind {
        case .chooseField:
            [KeyHint([.up, .down], "↑↓", "choose"), KeyHint([.enter], "Enter", "edit"), KeyHint([.escape], "Esc", "back")]
        case .editingText:
            [KeyHint([.ctrl("s")], "Ctrl-S", "save"), KeyHint([.enter], "Enter", "new line"),
             KeyHint([.ctrl("z")], "Ctrl-Z", "undo typing"), KeyHint([.ctrl("e")], "Ctrl-E", "$EDITOR"),
             KeyHint([.escape], "Esc", "cancel")]
        case .editingLine:
            [KeyHint([.enter], "Enter", "save"), KeyHint([.tab], "Tab", "complete lead"),
             KeyHint([.ctrl("z")], "Ctrl-Z", "undo typing"), KeyHint([.escape], "Esc", "cancel")]
        case .prompt:
            [KeyHint([.enter], "Enter", "answer"), KeyHint([.escape], "Esc", "back, nothing recorded")]
        case .promptYesNo:
            [KeyHint([.char("y")], "y", "yes"), KeyHint([.char("n"), .enter], "n Enter", "no"),
             KeyHint([.escape], "Esc", "back, nothing recorded")]
        case .chooseStatus:
            [KeyHint(Status.allCases.map { .char(StatusChoice.key(for: $0)) }, "n p o d c", "set that status"),
             KeyHint([.up, .down, .enter], "↑↓ Enter", "highlight, then set"), KeyHint([.escape], "Esc", "keep it as it was")]
        case .confirmDiscard:
            [KeyHint([.char("y")], "y", "discard the changes"), KeyHint([.char("n")], "n", "keep editing")]
        case .confirmPurge:
            [KeyHint([.char("y")], "y", "purge for good"), KeyHint([.char("n")], "n", "keep it")]
        case .chooseLane:
            [KeyHint([.left, .right], "←→", "choose the outcome"), KeyHint([.enter], "Enter", "move and delete"),
             KeyHint([.escape], "Esc", "keep the outcome")]
        case .actionLog:
            [KeyHint([.up, .down], "↑↓", "choose"), KeyHint([.enter], "Enter", "done"),
             KeyHint([.char("c")], "c", "carry forward"), KeyHint([.char("u")], "u", "undo"), KeyHint([.escape], "Esc", "close")]
        case .chooseConflictSide:
            conflictSideHints
        case .leadsKey:
            [KeyHint([.up, .down], "↑↓", "choose"), KeyHint([.char("a")], "a", "add"), KeyHint([.enter], "Enter", "edit"),
             KeyHint([.char("d")], "d", "delete"), KeyHint([.escape], "Esc", "close")]
        default:
            []
        }
    }
}
