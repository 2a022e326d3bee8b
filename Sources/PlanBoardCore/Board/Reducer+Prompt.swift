/// One-line questions in the status line: why the RAG changed, why an action is removed.
extension Reducer {
    /// After a rating changed: ask why, in one line (Enter on nothing skips).
    static func askWhyRAGChanged(_ state: inout BoardState, action: Action.ID, summary: String) {
        let returnTo: ReturnMode = state.mode == .detail ? .detail : .board
        state.mode = .prompt(LinePrompt(.ragReason(action), question: "\(summary). Why? (Enter to skip)", returnTo: returnTo))
    }

    static func answer(_ state: inout BoardState, _ prompt: LinePrompt, now: Timestamp) -> [Effect] {
        state.mode = prompt.returnTo.mode
        let text = prompt.editor.text.trimmingWhitespace()
        switch prompt.purpose {
        case .ragReason(let id):
            guard !text.isEmpty else { return [] }
            return noteRAGReason(&state, id, text)
        case .removalReason(let id):
            return remove(&state, id, reason: text, now: now)
        case .newOutcome, .outcomeTitle, .outcomeDescription:
            return answerOutcome(&state, prompt, text: text)
        case .lead:
            return answerLead(&state, prompt, text: text)
        case .meeting(let step, let draft):
            return answerMeeting(&state, step: step, draft: draft, text: text, now: now)
        case .meetingNote(let id, let kind):
            return answerNote(&state, id, kind: kind, text: text, now: now)
        case .actionPoint:
            return answerActionPoint(&state, prompt, text: text, now: now)
        case .search(let origin, let kept):
            answerSearch(&state, text, origin: origin, kept: kept)
        case .jumpToRef:
            jump(&state, toRef: text)
        case .filter:
            answerFilter(&state, prompt, text: text)
        }
        return []
    }

    /// Esc on a prompt: the reason is skipped; a removal is called off. In a prompt of several
    /// steps Esc on the first calls the whole thing off, and on a later one skips just that
    /// question, keeping what was answered so far, as Enter on nothing would.
    static func cancelPrompt(_ state: inout BoardState, _ prompt: LinePrompt, now: Timestamp) -> [Effect] {
        if let effects = skipStep(&state, prompt, now: now) { return effects }
        state.mode = prompt.returnTo.mode
        switch prompt.purpose {
        case .removalReason: state.flash = .init("Not removed.")
        case .meeting: state.flash = .init("No meeting started.")
        case .actionPoint, .meetingNote: state.flash = .init("Nothing recorded.")
        case .search(let origin, let kept): cancelSearch(&state, origin: origin, kept: kept)
        default: break
        }
        return []
    }

    /// Esc on a later step of a meeting, an action point or a lead: answers it with what the step
    /// opened with (nothing, or the entry's value being edited), so after the last step the entry
    /// is saved. Nil on a first step or another prompt: Esc cancels those.
    private static func skipStep(_ state: inout BoardState, _ prompt: LinePrompt, now: Timestamp) -> [Effect]? {
        state.mode = prompt.returnTo.mode
        switch prompt.purpose {
        case .meeting(let step, let draft) where step != .title:
            return answerMeeting(&state, step: step, draft: draft, text: openedText(step, draft: draft), now: now)
        case .actionPoint(_, let step, _) where step != .what:
            return answerActionPoint(&state, prompt, text: "", now: now)
        case .lead(_, let step, let draft) where step != .initials:
            return answerLead(&state, prompt, text: step == .name ? draft.name : draft.organisation)
        default:
            return nil
        }
    }

    /// Stores the reason on the action's latest RAG change. The rating's undo step already holds
    /// the plan from before the change, so the reason needs no step of its own: `u` undoes both.
    private static func noteRAGReason(_ state: inout BoardState, _ id: Action.ID, _ reason: String) -> [Effect] {
        guard let p = state.plan.position(of: id),
              let index = state.plan.outcomes[p.outcome].actions[p.action].history.lastIndex(where: { $0.field == .rag })
        else { return [] }
        state.plan.outcomes[p.outcome].actions[p.action].history[index].reason = reason
        let ref = state.plan.outcomes[p.outcome].actions[p.action].ref
        state.flash = .init("Reason noted for \(ref): “\(reason)”")
        state.saveStatus = .saving
        return [.save(state.plan)]
    }
}
