/// The key of lead initials (`i` on the board): view, add, edit, delete. Each change is one undo step.
extension Reducer {
    static func openLeadsKey(_ state: inout BoardState) {
        state.mode = .leadsKey(selected: 0)
        state.paneScroll = Viewport()
    }

    static func pickLead(_ state: inout BoardState, offset: Int) {
        guard case .leadsKey(let selected) = state.mode else { return }
        let count = state.plan.leads.count
        state.mode = .leadsKey(selected: count == 0 ? 0 : min(max(0, selected + offset), count - 1))
    }

    /// `a` adds, `e` edits: the initials, name and organisation are asked one after another.
    static func askLead(_ state: inout BoardState, editing: Bool) {
        guard case .leadsKey(let selected) = state.mode else { return }
        if editing && !state.plan.leads.indices.contains(selected) { return }
        let draft = editing ? state.plan.leads[selected] : Lead(initials: "", name: "")
        let (question, text) = leadQuestion(.initials, draft: draft)
        ask(&state, .lead(index: editing ? selected : nil, step: .initials, draft: draft), question: question, text: text,
            returnTo: .leadsKey(selected))
    }

    /// Each step's question and the text it opens with (the entry's value when editing).
    static func leadQuestion(_ step: Prompt.LeadStep, draft: Lead) -> (String, String) {
        switch step {
        case .initials: ("Initials (as actions write them):", draft.initials)
        case .name: ("\(draft.initials) stands for (name):", draft.name)
        case .organisation: ("\(draft.initials) organisation (optional):", draft.organisation)
        }
    }

    /// Enter on one step: on to the next, or, after the organisation, the entry is saved.
    static func answerLead(_ state: inout BoardState, _ prompt: Prompt, text: String) -> [Effect] {
        guard case .lead(let index, let step, var draft) = prompt.purpose, case .leadsKey(let selected) = prompt.returnTo else { return [] }
        func next(_ step: Prompt.LeadStep) {
            let (question, text) = leadQuestion(step, draft: draft)
            state.mode = .prompt(prompt.next(.lead(index: index, step: step, draft: draft), question: question, text: text))
        }
        switch step {
        case .initials:
            guard !text.isEmpty else {
                state.mode = .prompt(prompt)
                state.flash = .init("Initials cannot be empty (Esc cancels).", isError: true)
                return []
            }
            if let clash = state.plan.leads.firstIndex(where: { $0.initials.lowercased() == text.lowercased() }), clash != index {
                state.mode = .prompt(prompt)
                state.flash = .init("\(state.plan.leads[clash].initials) is already in the key.", isError: true)
                return []
            }
            draft.initials = text
            next(.name)
            return []
        case .name:
            draft.name = text
            next(.organisation)
            return []
        case .organisation:
            draft.organisation = text
            if let index, state.plan.leads[index] == draft { return [] }
            let position = index ?? state.plan.leads.count
            let effects = changePlan(&state, selecting: state.selectedAction?.id,
                                     summary: index == nil ? "Added \(draft.initials) to the key of leads" : "Key of leads: \(draft.initials) changed") { plan in
                if let index { plan.leads[index] = draft } else { plan.leads.append(draft) }
            }
            state.mode = .leadsKey(selected: position)
            return effects
        }
    }

    static func deleteLead(_ state: inout BoardState) -> [Effect] {
        guard case .leadsKey(let selected) = state.mode, state.plan.leads.indices.contains(selected) else { return [] }
        let lead = state.plan.leads[selected]
        let users = state.plan.allActions.filter { $0.leads.contains { $0.lowercased() == lead.initials.lowercased() } }.count
        let effects = changePlan(&state, selecting: state.selectedAction?.id, summary: "Deleted \(lead.initials) from the key of leads") { plan in
            plan.leads.remove(at: selected)
        }
        state.mode = .leadsKey(selected: max(0, min(selected, state.plan.leads.count - 1)))
        if users > 0 {
            state.flash = .init("Deleted \(lead.initials) from the key; \(users) action\(users == 1 ? " still names" : "s still name") it. u undoes.")
        }
        return effects
    }
}
