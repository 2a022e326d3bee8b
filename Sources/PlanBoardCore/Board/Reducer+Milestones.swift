/// Milestones of an action (`t`) or of a workstream, its outcome (Ctrl-T): marking one done or open
/// again, adding and deleting. Each is one undo step and one entry (field `milestone`) in the
/// owner's history, so the running meeting and who made it are stamped on it like any change,
/// and the minutes report it. One code path for both owners: `changeMilestones` applies the edit.
extension Reducer {
    static func reduceMilestone(_ state: inout BoardState, _ command: MilestoneCommand, now: Timestamp) -> [Effect] {
        if command == .open {
            openMilestones(&state)
            return []
        }
        if command == .openWorkstream {
            openWorkstreamMilestones(&state)
            return []
        }
        guard case .milestones(var list) = state.mode, let holder = state.plan.milestoneHolder(list.owner) else { return [] }
        let milestone = holder.milestones.dropFirst(list.selected).first
        switch command {
        case .open, .openWorkstream:
            break
        case .pick(let offset):
            list.selected = min(max(0, list.selected + offset), max(0, holder.milestones.count - 1))
        case .toggleDone:
            guard let milestone else { return noMilestone(&state, holder) }
            return toggleDone(&state, list, holder, milestone, now: now)
        case .add:
            ask(&state, .milestone(list.owner, step: .text, draft: Milestone(id: .init(""), text: "")),
                question: "New milestone for \(holder.name): what?", returnTo: .milestones(list))
            return []
        case .delete:
            guard milestone != nil else { return noMilestone(&state, holder) }
            list.confirmingDelete = true
        case .confirmDelete(let yes):
            list.confirmingDelete = false
            if yes, let milestone { return delete(&state, list, holder, milestone, now: now) }
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
        openList(&state, .action(action.id))
    }

    /// Ctrl-T: the milestones of the selected card's workstream; on an empty lane, the lane's own.
    static func openWorkstreamMilestones(_ state: inout BoardState) {
        let outcome = state.selectedPosition.map { state.plan.outcomes[$0.outcome].id }
            ?? (state.lanes.indices.contains(state.laneIndex) ? state.lanes[state.laneIndex].outcome : nil)
        guard let outcome else {
            state.flash = .init("No card selected: Ctrl-T opens the milestones of the selected card's workstream.")
            return
        }
        openList(&state, .outcome(outcome))
    }

    private static func openList(_ state: inout BoardState, _ owner: MilestoneOwner) {
        guard let holder = state.plan.milestoneHolder(owner) else { return }
        state.mode = .milestones(MilestoneList(owner: owner))
        let progress = MilestoneProgress(holder.milestones, today: state.today)
        state.flash = .init(progress.total == 0
            ? "\(holder.name) has no milestones yet: a adds one."
            : "\(holder.name): \(progress.done) of \(progress.total) milestones done"
                + (progress.overdue > 0 ? " · \(progress.overdue) overdue" : ""))
    }

    private static func noMilestone(_ state: inout BoardState, _ holder: MilestoneHolder) -> [Effect] {
        state.flash = .init("\(holder.name) has no milestones: a adds one.")
        return []
    }

    /// `‘Fund open in all five localities’`: a milestone as its history entries quote it.
    static func quoted(_ milestone: Milestone) -> String { "‘\(milestone.text)’" }

    /// Applies an edit to the owner's milestones and history as one change: one undo step, the
    /// entries stamped with the meeting and author, a save asked for.
    private static func changeMilestones(_ state: inout BoardState, _ owner: MilestoneOwner, summary: String,
                                         _ edit: (inout [Milestone], inout [Change]) -> Void) -> [Effect] {
        switch owner {
        case .action(let id):
            guard let p = state.plan.position(of: id) else { return [] }
            return change(&state, at: p, summary: summary) { action in
                var (milestones, history) = (action.milestones, action.history)
                edit(&milestones, &history)
                (action.milestones, action.history) = (milestones, history)
            }
        case .outcome(let id):
            guard let o = state.plan.outcomes.firstIndex(where: { $0.id == id }) else { return [] }
            return changePlan(&state, selecting: state.selectedAction?.id, summary: summary) { plan in
                var (milestones, history) = (plan.outcomes[o].milestones, plan.outcomes[o].history)
                edit(&milestones, &history)
                (plan.outcomes[o].milestones, plan.outcomes[o].history) = (milestones, history)
            }
        }
    }

    /// Space / `x`: done now (in the running meeting, by the author), or open again.
    private static func toggleDone(_ state: inout BoardState, _ list: MilestoneList, _ holder: MilestoneHolder,
                                   _ milestone: Milestone, now: Timestamp) -> [Effect] {
        let done = !milestone.isDone
        let meeting = state.runningMeeting?.id, author = state.author
        let summary = "\(holder.summaryPrefix) \(quoted(milestone)) \(done ? "completed" : "reopened")"
        return changeMilestones(&state, list.owner, summary: summary) { milestones, history in
            guard let i = milestones.firstIndex(where: { $0.id == milestone.id }) else { return }
            milestones[i].doneAt = done ? now : nil
            milestones[i].doneIn = done ? meeting : nil
            milestones[i].doneBy = done && !author.isEmpty ? author : nil
            history.append(Change(at: now, field: .milestone, from: "\(quoted(milestone)) \(done ? "open" : "done")",
                                  to: "\(quoted(milestone)) \(done ? "completed" : "reopened")"))
        }
    }

    /// `y` after `d`: the milestone goes, recorded in the owner's history.
    private static func delete(_ state: inout BoardState, _ list: MilestoneList, _ holder: MilestoneHolder,
                               _ milestone: Milestone, now: Timestamp) -> [Effect] {
        let effects = changeMilestones(&state, list.owner, summary: "\(holder.summaryPrefix) \(quoted(milestone)) deleted") { milestones, history in
            milestones.removeAll { $0.id == milestone.id }
            history.append(Change(at: now, field: .milestone, from: quoted(milestone), to: "\(quoted(milestone)) deleted"))
        }
        let remaining = state.plan.milestoneHolder(list.owner)?.milestones.count ?? 0
        state.mode = .milestones(MilestoneList(owner: list.owner, selected: min(list.selected, max(0, remaining - 1))))
        return effects
    }

    /// Enter on a step of adding a milestone: its text, then when it is due (blank: no date).
    static func answerMilestone(_ state: inout BoardState, _ prompt: Prompt, owner: MilestoneOwner, step: MilestoneStep,
                                draft: Milestone, text: String, now: Timestamp) -> [Effect] {
        guard let holder = state.plan.milestoneHolder(owner) else { return [] }
        switch step {
        case .text:
            guard !text.isEmpty else {
                state.flash = .init("No milestone added.")
                return []
            }
            var draft = draft
            draft.text = text
            state.mode = .prompt(prompt.next(.milestone(owner, step: .due, draft: draft),
                                             question: "Due when? (as written, e.g. June 2027)"))
            return []
        case .due:
            var milestone = draft
            milestone.due = text
            milestone.id = .next(prefix: "m", after: holder.milestones.map(\.id), suffix: state.newIDs.suffix())
            let added = milestone
            let words = "\(quoted(added)) added" + (text.isEmpty ? "" : ", due \(text)")
            let effects = changeMilestones(&state, owner, summary: "\(holder.summaryPrefix) \(words)") { milestones, history in
                milestones.append(added)
                history.append(Change(at: now, field: .milestone, from: "", to: words))
            }
            state.mode = .milestones(MilestoneList(owner: owner, selected: holder.milestones.count))
            if !text.isEmpty, DeadlineParser.parse(text).due == nil {
                state.flash = .init("Added, but planboard cannot read “\(text)” as a date, so it will not be flagged overdue (d deletes, u undoes).",
                                    isError: true)
            }
            return effects
        }
    }
}
