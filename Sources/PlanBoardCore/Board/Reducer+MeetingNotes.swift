/// Recording what the meeting said against an action: a decision, a note, an action point.
extension Reducer {
    /// `D` / `C`: one line against the selected action.
    static func askForNote(_ state: inout BoardState, kind: Note.Kind) {
        guard let action = state.selectedAction else {
            state.flash = .init("No action selected.")
            return
        }
        ask(&state, .meetingNote(action.id, kind), question: "\(kind.word) on \(action.ref):", returnTo: returnMode(state))
    }

    static func answerNote(_ state: inout BoardState, _ id: Action.ID, kind: Note.Kind, text: String, now: Timestamp) -> [Effect] {
        guard !text.isEmpty, let p = state.plan.position(of: id) else {
            state.flash = .init("Nothing recorded.")
            return []
        }
        let ref = state.plan.outcomes[p.outcome].actions[p.action].ref
        return change(&state, at: p, summary: "\(kind.word) recorded on \(ref)") { action in
            action.notes.append(Note(at: now, text: text, kind: kind))
            action.history.append(Change(at: now, field: .note, from: "", to: text))
        }
    }

    /// `p`: what, then who (Tab completes initials), then by when, then whether it is also a new action.
    static func askForActionPoint(_ state: inout BoardState, now: Timestamp) {
        guard let action = state.selectedAction else {
            state.flash = .init("No action selected.")
            return
        }
        ask(&state, .actionPoint(action.id, step: .what, draft: Note(at: now, text: "", kind: .actionPoint)),
            question: actionPointQuestion(action, step: .what, leads: state.plan.leads), returnTo: returnMode(state))
    }

    static func actionPointQuestion(_ action: Action, step: Prompt.ActionPointStep, leads: [Lead]) -> String {
        let initials = leads.prefix(6).map(\.initials).joined(separator: ", ")
        return switch step {
        case .what: "Action point on \(action.ref): what?"
        case .owner: "Who? (\(initials.isEmpty ? "a name" : initials + "…"))"
        case .due: "By when? (next meeting, January 2027…)"
        case .asNewAction: "Also add it as a new action in this outcome?"
        }
    }

    static func answerActionPoint(_ state: inout BoardState, _ prompt: Prompt, text: String, now: Timestamp) -> [Effect] {
        guard case .actionPoint(let id, let step, var draft) = prompt.purpose,
              let p = state.plan.position(of: id) else { return [] }
        let action = state.plan.outcomes[p.outcome].actions[p.action]
        func next(_ step: Prompt.ActionPointStep) -> [Effect] {
            state.mode = .prompt(prompt.next(.actionPoint(id, step: step, draft: draft),
                                             question: actionPointQuestion(action, step: step, leads: state.plan.leads)))
            return []
        }
        switch step {
        case .what:
            guard !text.isEmpty else {
                state.flash = .init("No action point recorded.")
                return []
            }
            draft.text = text
            return next(.owner)
        case .owner:
            draft.owner = text.isEmpty ? nil : text.strippingEdges(of: ", ")
            return next(.due)
        case .due:
            draft.due = text.isEmpty ? nil : text
            return next(.asNewAction)
        case .asNewAction:
            let asAction = ["y", "yes"].contains(text.lowercased())
            draft.at = now
            return recordActionPoint(&state, draft, on: p, asNewAction: asAction, now: now)
        }
    }

    /// Adds the action point as a note and, if asked, as a new action in the same outcome: one undo
    /// step. The selection stays on the action being discussed, so the next key acts on it.
    private static func recordActionPoint(_ state: inout BoardState, _ note: Note, on p: Plan.Position,
                                          asNewAction: Bool, now: Timestamp) -> [Effect] {
        let action = state.plan.outcomes[p.outcome].actions[p.action]
        let outcome = state.plan.outcomes[p.outcome]
        var added: Action?
        if asNewAction {
            added = Action(id: state.freshActionID(), ref: ActionRef.next(in: outcome, clearOf: state.plan), text: note.text,
                           leads: note.owner.map { FieldEdit.leadsList($0) } ?? [], deadline: note.due ?? "",
                           history: [Change(at: now, field: .created, from: "", to: "Action point from \(action.ref)")])
        }
        let summary = "Action point recorded on \(action.ref)" + (added.map { " and added as \($0.ref)" } ?? "")
        return changePlan(&state, selecting: action.id, summary: summary) { plan in
            plan.outcomes[p.outcome].actions[p.action].notes.append(note)
            var line = note.text
            if let owner = note.owner { line += " — \(owner)" }
            if let due = note.due { line += ", \(due)" }
            plan.outcomes[p.outcome].actions[p.action].history.append(Change(at: now, field: .note, from: "", to: line))
            if let added { plan.outcomes[p.outcome].actions.append(added) }
        }
    }
}

extension FieldEdit {
    /// Lead initials typed in one line (`GP, CC`), as a list.
    static func leadsList(_ text: String) -> [String] { EditableField.leads(in: text) }
}

extension String {
    /// The text without leading and trailing characters from `set`, then trimmed of whitespace.
    func strippingEdges(of set: String) -> String {
        var chars = Substring(self.trimmingWhitespace())
        while let last = chars.last, set.contains(last) { chars.removeLast() }
        while let first = chars.first, set.contains(first) { chars.removeFirst() }
        return chars.trimmingWhitespace()
    }
}
