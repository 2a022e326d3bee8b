/// The one place prompts are acted on: opening one, typing into it, Enter and Esc. What each key
/// means for each purpose is said by `Prompt` (and shown under the question); Enter hands the
/// answer to the purpose's own function, Esc is the same for all: back to where the chair was,
/// nothing from the prompt recorded.
extension Reducer {
    /// Opens a prompt, remembering the selected action for Esc to come back to.
    static func ask(_ state: inout BoardState, _ purpose: Prompt.Purpose, question: String, text: String = "",
                    returnTo: ReturnMode) {
        state.mode = .prompt(Prompt(purpose, question: question, text: text, returnTo: returnTo,
                                    origin: state.selectedAction?.id))
    }

    /// Where a prompt opened from the board or the detail pane goes back to.
    static func returnMode(_ state: BoardState) -> ReturnMode {
        if case .riskRegister(let register) = state.mode { return .risks(register) }
        if case .indicators(let browse) = state.mode { return .indicators(browse) }
        return state.mode == .detail ? .detail : .board
    }

    /// A key that edits the prompt's text; a search moves to its first match as it is typed.
    static func type(_ state: inout BoardState, _ command: TextCommand, in prompt: Prompt) {
        var prompt = prompt
        guard prompt.input == .text else { return }
        if command == .complete {
            guard prompt.completesLeads else { return }
            prompt.offered = false
            state.flash = complete(&prompt.editor, from: state.plan.leads)
        } else {
            prompt.edit(command) { apply($0, to: &$1, width: .max / 2) }
        }
        state.mode = .prompt(prompt)
        if case .search = prompt.purpose {
            searchAsTyped(&state, prompt.editor.text, origin: prompt.origin)
        }
    }

    /// Enter: the purpose's own answer, given the trimmed text.
    static func enter(_ state: inout BoardState, _ prompt: Prompt, now: Timestamp) -> [Effect] {
        state.mode = prompt.returnTo.mode
        let text = prompt.editor.text.trimmingWhitespace()
        switch prompt.purpose {
        case .reason(let offer):
            return noteReason(&state, offer, text)
        case .newOutcome, .outcomeTitle, .outcomeDescription:
            return answerOutcome(&state, prompt, text: text)
        case .lead:
            return answerLead(&state, prompt, text: text)
        case .meeting(let step, let draft):
            return answerMeeting(&state, step: step, draft: draft, text: text, now: now)
        case .meetingNote(let id, let kind):
            return answerNote(&state, id, kind: kind, text: text, now: now)
        case .actionPoint:
            // In the yes / no step Enter is the default, no.
            return answerActionPoint(&state, prompt, text: prompt.input == .yesNo ? "n" : text, now: now)
        case .search(let kept):
            answerSearch(&state, text, origin: prompt.origin, kept: kept)
        case .jumpToRef:
            jump(&state, toRef: text)
        case .filter:
            answerFilter(&state, prompt, text: text)
        case .riskLevel(let id, let kind):
            return answerRiskLevel(&state, prompt, risk: id, kind: kind, text: text, now: now)
        case .riskReviewDate(let id):
            return answerReviewDate(&state, risk: id, text: text, now: now)
        case .riskBands:
            return answerRiskBands(&state, prompt, text: text, now: now)
        case .milestone(let owner, let step, let draft):
            return answerMilestone(&state, prompt, owner: owner, step: step, draft: draft, text: text, now: now)
        case .indicator(let question):
            return answerIndicator(&state, prompt, question, text: text, now: now)
        case .helpFind:
            findInHelp(&state, text)
        }
        return []
    }

    /// `y` / `n` in a yes / no question.
    static func answer(_ state: inout BoardState, yes: Bool, now: Timestamp) -> [Effect] {
        guard case .prompt(let prompt) = state.mode, prompt.input == .yesNo else { return [] }
        state.mode = prompt.returnTo.mode
        return answerActionPoint(&state, prompt, text: yes ? "y" : "n", now: now)
    }

    /// Esc: back to where the chair was when the prompt opened (the mode, the selected action, the
    /// search kept before), with nothing from the prompt recorded, and a word saying so.
    static func escape(_ state: inout BoardState, _ prompt: Prompt) {
        state.mode = prompt.returnTo.mode
        if case .search(let kept) = prompt.purpose { state.search = kept }
        if let origin = prompt.origin, state.selectedAction?.id != origin {
            state.rebuildLanes(keeping: origin)
            ensureCursorVisible(&state)
        }
        state.flash = prompt.cancelledMessage.map { .init($0) }
    }

    /// `y`: asks why the offered change was made, with the reason given so far to edit.
    static func askReason(_ state: inout BoardState) -> [Effect] {
        let inRegister = state.mode.kind == .riskRegister || state.mode.kind == .riskDetail
        if inRegister, state.reasonOffer.map({ $0.risk == nil || offeredChange(state.plan, $0) == nil }) ?? true {
            // The register's `y` is about its own changes only; a board change is not explained here.
            return refuseKey(&state, "No change to a risk to explain yet: y asks why after L or d", hint: ".")
        }
        let inIndicators = state.mode.kind == .indicators || state.mode.kind == .indicatorDetail
        if inIndicators, state.reasonOffer.map({ $0.indicator == nil || offeredChange(state.plan, $0) == nil }) ?? true {
            return refuseKey(&state, "No change to an indicator to explain yet: y asks why after t or T", hint: ".")
        }
        guard let offer = state.reasonOffer, let change = offeredChange(state.plan, offer) else {
            // Nothing to explain (never changed, or undone): what is typed next is still words,
            // not commands, so it becomes a note on the selected action rather than going astray.
            state.reasonOffer = nil
            askForNote(&state, kind: .note)
            if state.mode.takesText {
                state.flash = .init("No change to explain, so what you type is a note on \(state.selectedAction?.ref ?? "the action") (Esc: no note).")
            }
            return []
        }
        let given = offer.field == .removed ? change.to : (change.reason ?? "")
        ask(&state, .reason(offer), question: offer.question, text: given, returnTo: returnMode(state))
        return []
    }

    /// The offered change, if it is still in the plan as it was made (an undo may have taken it back).
    static func offeredChange(_ plan: Plan, _ offer: ReasonOffer) -> Change? {
        if let risk = offer.risk { return offeredRiskChange(plan, risk, offer) }
        if let indicator = offer.indicator { return offeredIndicatorChange(plan, indicator, offer) }
        guard let action = plan.action(offer.action), action.history.indices.contains(offer.entry) else { return nil }
        let change = action.history[offer.entry]
        return change.field == offer.field && change.at == offer.at ? change : nil
    }

    /// Stores the reason on the offered change (and, for a removal, on the removal record). The
    /// change's undo step already holds the plan from before it, so the reason needs no step of its
    /// own: `u` undoes both.
    private static func noteReason(_ state: inout BoardState, _ offer: ReasonOffer, _ reason: String) -> [Effect] {
        if let risk = offer.risk { return noteRiskReason(&state, risk, offer, reason) }
        if let indicator = offer.indicator { return noteIndicatorReason(&state, indicator, offer, reason) }
        guard offeredChange(state.plan, offer) != nil, let p = state.plan.position(of: offer.action) else {
            state.flash = .init("That change has been undone; no reason stored.", isError: true)
            return []
        }
        let before = state.plan.outcomes[p.outcome].actions[p.action]
        state.plan.outcomes[p.outcome].actions[p.action].amendReason(at: offer.entry, reason)
        guard state.plan.outcomes[p.outcome].actions[p.action] != before else {
            state.flash = .init(reason.isEmpty ? "No reason given for \(offer.described)." : "The reason for \(offer.described) is as it was.")
            return []
        }
        state.flash = .init(reason.isEmpty ? "No reason stored for \(offer.described)." : "Reason noted for \(offer.described): “\(reason)”")
        state.saveStatus = .saving
        return [.save(state.plan)]
    }
}

extension Action {
    /// Puts `reason` on history entry `index`. A removal keeps its reason where removals always
    /// have (the entry's `to` and the removal record), so files and minutes read it as before.
    mutating func amendReason(at index: Int, _ reason: String) {
        if history[index].field == .removed {
            history[index].to = reason
            removal?.reason = reason
        } else {
            history[index].reason = reason.isEmpty ? nil : reason
        }
    }
}
