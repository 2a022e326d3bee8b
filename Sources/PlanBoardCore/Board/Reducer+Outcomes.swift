/// Outcomes (the lanes): add, rename, describe, reorder, delete. Each is one undo step, saved at once.
extension Reducer {
    /// The plan index of the focused lane's outcome.
    static func focusedOutcome(_ state: BoardState) -> Int? {
        guard state.lanes.indices.contains(state.laneIndex) else { return nil }
        return state.plan.outcomes.firstIndex { $0.id == state.lanes[state.laneIndex].outcome }
    }

    static func askOutcomeText(_ state: inout BoardState, _ message: Message) {
        let o = focusedOutcome(state)
        switch message {
        case .addOutcome:
            ask(&state, .newOutcome(after: o ?? -1), question: "New outcome's title:", returnTo: .board)
        case .renameOutcome:
            guard let o else { return }
            let outcome = state.plan.outcomes[o]
            ask(&state, .outcomeTitle(outcome.id), question: "Outcome \(outcome.number) title:", text: outcome.title, returnTo: .board)
        case .describeOutcome:
            guard let o else { return }
            let outcome = state.plan.outcomes[o]
            ask(&state, .outcomeDescription(outcome.id), question: "Outcome \(outcome.number) description:",
                text: outcome.description, returnTo: .board)
        default:
            break
        }
    }

    static func answerOutcome(_ state: inout BoardState, _ prompt: Prompt, text: String) -> [Effect] {
        switch prompt.purpose {
        case .newOutcome(let after):
            guard !text.isEmpty else {
                state.flash = .init("No title: no outcome added.")
                return []
            }
            let numbers = state.plan.outcomes.compactMap { Int($0.number) }
            let number = numbers.isEmpty && !state.plan.outcomes.isEmpty ? "" : "\((numbers.max() ?? 0) + 1)"
            // Suffixed as new actions' ids are, so two copies adding an outcome apart never make the same id.
            let suffix = state.newIDs.suffix()
            let outcome = Outcome(id: state.plan.nextOutcomeID(suffix: suffix), number: number, title: text)
            let effects = changePlan(&state, selecting: nil, summary: "Added outcome \(outcome.heading)") { plan in
                plan.outcomes.insert(outcome, at: min(plan.outcomes.count, after + 1))
            }
            focus(&state, outcome.id)
            return effects
        case .outcomeTitle(let id), .outcomeDescription(let id):
            guard let o = state.plan.outcomes.firstIndex(where: { $0.id == id }) else { return [] }
            let isTitle = if case .outcomeTitle = prompt.purpose { true } else { false }
            let old = isTitle ? state.plan.outcomes[o].title : state.plan.outcomes[o].description
            if isTitle && text.isEmpty {
                state.mode = .prompt(prompt)
                state.flash = .init("An outcome needs a title: type one, or Esc to keep it.", isError: true)
                return []
            }
            guard text != old else { return [] }
            let heading = state.plan.outcomes[o].heading
            return changePlan(&state, selecting: state.selectedAction?.id,
                              summary: isTitle ? "Outcome renamed: \(heading) → \(text)" : "Description of \(heading) changed") { plan in
                if isTitle { plan.outcomes[o].title = text } else { plan.outcomes[o].description = text }
            }
        default:
            return []
        }
    }

    /// `<` / `>`: swaps the focused outcome with its neighbour; the focus follows it.
    static func moveOutcome(_ state: inout BoardState, offset: Int) -> [Effect] {
        guard let o = focusedOutcome(state) else { return [] }
        let target = o + offset
        guard state.plan.outcomes.indices.contains(target) else {
            state.flash = .init(offset < 0 ? "Already the first outcome." : "Already the last outcome.")
            return []
        }
        let id = state.plan.outcomes[o].id
        let selected = state.selectedAction?.id
        let effects = changePlan(&state, selecting: selected,
                                 summary: "Outcome \(state.plan.outcomes[o].heading) moved \(offset < 0 ? "left" : "right")") { plan in
            plan.outcomes.swapAt(o, target)
        }
        // changePlan kept the selected card; an empty lane has none, so follow the lane itself.
        if selected == nil { focus(&state, id) }
        return effects
    }

    /// `X`: an empty outcome goes at once (u brings it back); one with actions asks where they go.
    static func deleteOutcome(_ state: inout BoardState) -> [Effect] {
        guard let o = focusedOutcome(state) else { return [] }
        let outcome = state.plan.outcomes[o]
        if outcome.actions.isEmpty {
            return changePlan(&state, selecting: nil, summary: "Deleted outcome \(outcome.heading)") { plan in
                plan.outcomes.remove(at: o)
            }
        }
        guard state.plan.outcomes.count > 1 else {
            state.flash = .init("The only outcome cannot be deleted while it has actions.", isError: true)
            return []
        }
        state.mode = .chooseLane(LaneChoice(outcome: outcome.id, target: o == 0 ? 1 : o - 1))
        return []
    }

    static func pickLane(_ state: inout BoardState, offset: Int) {
        guard case .chooseLane(var choice) = state.mode,
              let from = state.plan.outcomes.firstIndex(where: { $0.id == choice.outcome }) else { return }
        var target = choice.target + offset
        if target == from { target += offset }
        guard state.plan.outcomes.indices.contains(target) else { return }
        choice.target = target
        state.mode = .chooseLane(choice)
    }

    /// Moves every action (removed ones too) to the chosen outcome, recording it, then deletes the outcome.
    static func deleteOutcomeConfirmed(_ state: inout BoardState, now: Timestamp) -> [Effect] {
        guard case .chooseLane(let choice) = state.mode,
              let from = state.plan.outcomes.firstIndex(where: { $0.id == choice.outcome }) else { return [] }
        state.mode = .board
        let source = state.plan.outcomes[from], receiver = state.plan.outcomes[choice.target]
        let moved = source.actions.map { action in
            var action = action
            action.history.append(Change(at: now, field: .outcome, from: source.heading, to: receiver.heading))
            return action
        }
        let effects = changePlan(&state, selecting: moved.first?.id,
                                 summary: "Deleted outcome \(source.heading); \(moved.count) action\(moved.count == 1 ? "" : "s") moved to \(receiver.heading)") { plan in
            plan.outcomes[choice.target].actions += moved
            plan.outcomes.remove(at: from)
        }
        return effects
    }

    /// Puts the focus on an outcome's lane.
    static func focus(_ state: inout BoardState, _ id: Outcome.ID) {
        if let lane = state.lanes.firstIndex(where: { $0.outcome == id }) {
            state.laneIndex = lane
            state.cardIndex = 0
            state.clampCursor()
            ensureCursorVisible(&state)
        }
    }
}
