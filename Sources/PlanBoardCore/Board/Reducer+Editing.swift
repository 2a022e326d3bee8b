/// The editing pane: choosing a field, changing its text, saving it as a recorded change.
extension Reducer {
    static func editAction(_ state: inout BoardState) {
        guard state.mode == .board || state.mode == .detail else { return }
        guard let action = state.selectedAction else {
            state.flash = .init("No action here to edit: press n to add one.")
            return
        }
        let returnTo: ReturnMode = state.mode == .detail ? .detail : .board
        state.mode = .chooseField(FieldChoice(action: action.id, returnTo: returnTo))
    }

    static func pickField(_ state: inout BoardState, offset: Int) {
        guard case .chooseField(var choice) = state.mode else { return }
        let count = EditableField.allCases.count
        choice.index = ((choice.index + offset) % count + count) % count
        state.mode = .chooseField(choice)
    }

    /// Opens `field` (or the chooser's highlighted one) of the chooser's action in the editing pane.
    static func editField(_ state: inout BoardState, _ field: EditableField?) {
        guard case .chooseField(let choice) = state.mode, let action = state.plan.action(choice.action) else { return }
        openEditor(&state, action: action, field: field ?? choice.field, returnTo: choice.returnTo)
    }

    static func openEditor(_ state: inout BoardState, action: Action, field: EditableField, returnTo: ReturnMode,
                           isNewAction: Bool = false) {
        var edit = FieldEdit(action: action.id, field: field, text: field.value(of: action), returnTo: returnTo)
        edit.isNewAction = isNewAction
        edit.scroll = edit.editor.layout(width: editorWidth(state, field)).scrollOffset(height: editorHeight(state, field), from: .max)
        state.mode = .editing(edit)
    }

    /// The text area's width and height for the current screen.
    static func editorWidth(_ state: BoardState, _ field: EditableField) -> Int {
        BoardLayout(state, paneOpen: true).editorText(for: field).width
    }

    static func editorHeight(_ state: BoardState, _ field: EditableField) -> Int {
        BoardLayout(state, paneOpen: true).editorText(for: field).height
    }

    /// Applies a text command to whichever editor has the keys (the pane's or the prompt's).
    static func editText(_ state: inout BoardState, _ command: TextCommand) {
        switch state.mode {
        case .editing(var edit):
            let width = editorWidth(state, edit.field)
            if command == .complete {
                guard edit.field == .leads else { return }
                state.flash = complete(&edit.editor, from: state.plan.leads)
            } else {
                apply(command, to: &edit.editor, width: width)
            }
            edit.scroll = edit.editor.layout(width: width).scrollOffset(height: editorHeight(state, edit.field), from: edit.scroll)
            state.mode = .editing(edit)
        case .prompt(let prompt):
            type(&state, command, in: prompt)
        default:
            break
        }
    }

    static func apply(_ command: TextCommand, to editor: inout TextEditor, width: Int) {
        switch command {
        case .insert(let text): editor.insert(text)
        case .newline: editor.insert("\n")
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .up: editor.moveUp(width: width)
        case .down: editor.moveDown(width: width)
        case .wordLeft: editor.moveWordLeft()
        case .wordRight: editor.moveWordRight()
        case .lineStart: editor.moveToLineStart()
        case .lineEnd: editor.moveToLineEnd()
        case .deleteBackward: editor.deleteBackward()
        case .deleteForward: editor.deleteForward()
        case .deleteWordBackward: editor.deleteWordBackward()
        case .deleteWordForward: editor.deleteWordForward()
        case .deleteToLineStart: editor.deleteToLineStart()
        case .deleteToLineEnd: editor.deleteToLineEnd()
        case .undo: editor.undo()
        case .redo: editor.redo()
        case .complete: break
        }
    }

    /// Tab in the leads field: completes the initials before the cursor to the one entry of the
    /// key they start, or to the longest start all matching entries share. Returns what to say
    /// when Tab cannot finish the lead (several match, or none), so Tab is never silent.
    static func complete(_ editor: inout TextEditor, from key: [Lead]) -> BoardState.Flash? {
        let typed = LeadCompletion.token(before: editor)
        let matches = LeadCompletion.matches(for: typed, in: key)
        guard !matches.isEmpty else {
            return .init(typed.isEmpty ? "The key of leads is empty: i on the board adds leads."
                : "No lead in the key starts with \(typed): i on the board lists the leads.")
        }
        let completion = matches.count == 1 ? matches[0].initials : LeadCompletion.commonPrefix(matches.map(\.initials))
        if completion.count > typed.count {
            for _ in 0..<typed.count { editor.deleteBackward() }
            editor.insert(completion + (matches.count == 1 ? ", " : ""))
        }
        guard matches.count > 1 else { return nil }
        let shown = matches.prefix(4).map(\.initials).joined(separator: ", ")
        let start = completion.count > typed.count ? completion : typed
        return .init("\(start.isEmpty ? "Tab" : start) matches \(shown)\(matches.count > 4 ? "… (\(matches.count))" : ""): type more")
    }

    /// Saves the field being edited through `change`, or answers the prompt as Enter does.
    static func submit(_ state: inout BoardState, now: Timestamp) -> [Effect] {
        switch state.mode {
        case .editing(let edit): return saveField(&state, edit, now: now)
        case .prompt(let prompt): return enter(&state, prompt, now: now)
        default: return []
        }
    }

    private static func saveField(_ state: inout BoardState, _ edit: FieldEdit, now: Timestamp) -> [Effect] {
        guard let position = state.plan.position(of: edit.action) else {
            state.mode = .board
            state.flash = .init("That action is no longer in the plan; nothing was saved.", isError: true)
            return []
        }
        let action = state.plan.outcomes[position.outcome].actions[position.action]
        let old = edit.field.value(of: action)
        let new = edit.field.normalised(edit.editor.text)
        if edit.field == .ref && new.isEmpty {
            state.flash = .init("A ref cannot be empty: type one, or Esc to keep \(action.ref).", isError: true)
            return []
        }
        state.mode = edit.returnTo.mode
        if edit.field == .note && new.isEmpty {
            state.flash = .init("Empty note: nothing added.")
            return []
        }
        guard new != edit.field.normalised(old) || (edit.field == .note) else {
            state.flash = .init("\(edit.field.label) of \(action.ref) unchanged.")
            return []
        }
        let summary: String
        switch edit.field {
        case .ref, .leads, .deadline:
            summary = "\(action.ref) \(edit.field.label) \(old.isEmpty ? "—" : old) → \(new.isEmpty ? "—" : new)"
        case .note:
            summary = "\(action.ref) note added"
        default:
            summary = "\(action.ref) \(edit.field.label) changed"
        }
        let effects = change(&state, at: position, summary: summary) { action in
            action.history.append(Change(at: now, field: edit.field.changeField, from: old, to: new))
            edit.field.apply(new, to: &action, at: now)
        }
        if edit.field == .deadline, !new.isEmpty, DeadlineParser.parse(new).kind == .unknown {
            // Saved as typed, but say so: a deadline with no readable date is never flagged.
            state.flash = .init("Saved. planboard can't read a date in “\(new)”, so it won't be flagged overdue or due soon.")
        }
        return effects
    }

    /// Esc in the pane: leave at once if nothing changed, else ask. A blank action just added is taken out again.
    static func cancelEdit(_ state: inout BoardState, _ edit: FieldEdit) -> [Effect] {
        if edit.editor.isChanged {
            state.mode = .confirmDiscard(edit)
            return []
        }
        state.mode = edit.returnTo.mode
        return dropBlankNewAction(&state, edit)
    }

    static func discardEdit(_ state: inout BoardState) -> [Effect] {
        guard case .confirmDiscard(let edit) = state.mode else { return [] }
        state.mode = edit.returnTo.mode
        state.flash = .init("Changes to \(edit.field.label) thrown away.")
        return dropBlankNewAction(&state, edit)
    }

    /// After `n` / `o` then Esc: if the new action is still blank and nothing else changed since it
    /// was added, its undo step is taken back exactly as `u` would, so no empty action is kept.
    private static func dropBlankNewAction(_ state: inout BoardState, _ edit: FieldEdit) -> [Effect] {
        guard edit.isNewAction, let p = state.plan.position(of: edit.action), let added = state.history.past.last else { return [] }
        var before = state.plan
        let action = before.outcomes[p.outcome].actions.remove(at: p.action)
        let untouched = action.text.isEmpty && action.notes.isEmpty && action.history.allSatisfy { $0.field == .created }
        guard untouched, before == added.plan else { return [] }
        let effects = undo(&state)
        state.flash = .init("No action added.")
        return effects
    }

    static func openExternalEditor(_ state: inout BoardState) -> [Effect] {
        guard case .editing(let edit) = state.mode else { return [] }
        return [.editExternally(edit.editor.text)]
    }

    static func externallyEdited(_ state: inout BoardState, _ result: ExternalEdit) {
        guard case .editing(var edit) = state.mode else { return }
        switch result {
        case .noEditor:
            state.flash = .init(EditorChoice.howToSetOne, isError: true)
        case .failed(let editor):
            state.flash = .init("“\(Excerpt.of(editor))” did not finish (it could not start, or ended with an error); the text is as it was. Check $VISUAL / $EDITOR.",
                                isError: true)
        case .edited(var text, let editor):
            if text.hasSuffix("\n") { text.removeLast() }
            edit.editor.replaceAll(with: text)
            let width = editorWidth(state, edit.field)
            edit.scroll = edit.editor.layout(width: width).scrollOffset(height: editorHeight(state, edit.field), from: edit.scroll)
            state.mode = .editing(edit)
            state.flash = .init("Text from \(Excerpt.of(editor)): Ctrl-S saves it, Ctrl-Z undoes it.")
        }
    }
}
