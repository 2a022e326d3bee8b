/// An action's milestones (`t`): marking one done or open again, adding and deleting. Each is one
/// undo step and one entry (field `milestone`) in the action's history, so the running meeting
/// and who made it are stamped on it like any change, and the minutes report it.
extension Reducer {
    static func reduceMilestone(_ state: inout BoardState, _ command: MilestoneCommand, now: Timestamp) -> [Effect] {
        if command == .open {
            openMilestones(&state)
            return []
        }
        guard case .milestones(var list) = state.mode, let p = state.plan.position(of: list.action) else { return [] }
        let action = state.plan.outcomes[p.outcome].actions[p.action]
        let milestone = action.milestones.dropFirst(list.selected).first
        switch command {
        case .open:
            break
        case .pick(let offset):
            list.selected = min(max(0, list.selected + offset), max(0, action.milestones.count - 1))
        case .toggleDone:
            guard let milestone else { return noMilestone(&state, action) }
            return toggleDone(&state, list, milestone, now: now)
        case .add:
            ask(&state, .milestone(action.id, step: .text, draft: Milestone(id: .init(""), text: "")),
                question: "New milestone for \(action.ref): what?", returnTo: .milestones(list))
            return []
        case .delete:
            guard milestone != nil else { return noMilestone(&state, action) }
            list.confirmingDelete = true
        case .confirmDelete(let yes):
            list.confirmingDelete = false
            if yes, let milestone { return delete(&state, list, milestone, now: now) }
            state.flash = .init("The milestone is kept.")
        case .back:
            state.mode = .board
            return []
        }
        state.mode = .milestones(list)
        return []
    }

    /// `t`: the selected action's milestones, saying how far it has got.
    static func openMilestones(_ state: inout BoardState) {
        guard let action = state.selectedAction else {
            state.flash = .init("No action selected.")
            return
        }
        state.mode = .milestones(MilestoneList(action: action.id))
        let progress = MilestoneProgress(action.milestones, today: state.today)
        state.flash = .init(progress.total == 0
            ? "\(action.ref) has no milestones yet: a adds one."
            : "\(action.ref): \(progress.done) of \(progress.total) milestones done"
                + (progress.overdue > 0 ? " · \(progress.overdue) overdue" : ""))
    }

    private static func noMilestone(_ state: inout BoardState, _ action: Action) -> [Effect] {
        state.flash = .init("\(action.ref) has no milestones: a adds one.")
        return []
    }

    /// `‘Fund open in all five localities’`: a milestone as its history entries quote it.
    static func quoted(_ milestone: Milestone) -> String { "‘\(milestone.text)’" }

    /// Space / `x`: done now (in the running meeting, by the author), or open again.
    private static func toggleDone(_ state: inout BoardState, _ list: MilestoneList, _ milestone: Milestone,
                                   now: Timestamp) -> [Effect] {
        guard let p = state.plan.position(of: list.action) else { return [] }
        let ref = state.plan.outcomes[p.outcome].actions[p.action].ref
        let done = !milestone.isDone
        let meeting = state.runningMeeting?.id, author = state.author
        let summary = "\(ref) milestone \(quoted(milestone)) \(done ? "completed" : "reopened")"
        return change(&state, at: p, summary: summary) { action in
            guard let i = action.milestones.firstIndex(where: { $0.id == milestone.id }) else { return }
            action.milestones[i].doneAt = done ? now : nil
            action.milestones[i].doneIn = done ? meeting : nil
            action.milestones[i].doneBy = done && !author.isEmpty ? author : nil
            action.history.append(Change(at: now, field: .milestone, from: "\(quoted(milestone)) \(done ? "open" : "done")",
                                         to: "\(quoted(milestone)) \(done ? "completed" : "reopened")"))
        }
    }

    /// `y` after `d`: the milestone goes, recorded in the action's history.
    private static func delete(_ state: inout BoardState, _ list: MilestoneList, _ milestone: Milestone, now: Timestamp) -> [Effect] {
        guard let p = state.plan.position(of: list.action) else { return [] }
        let ref = state.plan.outcomes[p.outcome].actions[p.action].ref
        let effects = change(&state, at: p, summary: "\(ref) milestone \(quoted(milestone)) deleted") { action in
            action.milestones.removeAll { $0.id == milestone.id }
            action.history.append(Change(at: now, field: .milestone, from: quoted(milestone), to: "\(quoted(milestone)) deleted"))
        }
        let remaining = state.plan.action(list.action)?.milestones.count ?? 0
        state.mode = .milestones(MilestoneList(action: list.action, selected: min(list.selected, max(0, remaining - 1))))
        return effects
    }

    /// Enter on a step of adding a milestone: its text, then when it is due (blank: no date).
    static func answerMilestone(_ state: inout BoardState, _ prompt: Prompt, action id: Action.ID, step: MilestoneStep,
                                draft: Milestone, text: String, now: Timestamp) -> [Effect] {
        guard let p = state.plan.position(of: id) else { return [] }
        switch step {
        case .text:
            guard !text.isEmpty else {
                state.flash = .init("No milestone added.")
                return []
            }
            var draft = draft
            draft.text = text
            state.mode = .prompt(prompt.next(.milestone(id, step: .due, draft: draft),
                                             question: "Due when? (as written, e.g. June 2027)"))
            return []
        case .due:
            let action = state.plan.outcomes[p.outcome].actions[p.action]
            var milestone = draft
            milestone.due = text
            milestone.id = .next(prefix: "m", after: action.milestones.map(\.id), suffix: state.newIDs.suffix())
            let added = milestone
            let words = "\(quoted(added)) added" + (text.isEmpty ? "" : ", due \(text)")
            let effects = change(&state, at: p, summary: "\(action.ref) milestone \(words)") { action in
                action.milestones.append(added)
                action.history.append(Change(at: now, field: .milestone, from: "", to: words))
            }
            state.mode = .milestones(MilestoneList(action: id, selected: action.milestones.count))
            if !text.isEmpty, DeadlineParser.parse(text).due == nil {
                state.flash = .init("Added, but planboard cannot read “\(text)” as a date, so it will not be flagged overdue (d deletes, u undoes).",
                                    isError: true)
            }
            return effects
        }
    }
}
