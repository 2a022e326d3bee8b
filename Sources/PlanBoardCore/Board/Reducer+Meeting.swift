/// Meeting mode: starting and ending a meeting, walking the agenda, and tagging every change
/// made while a meeting runs with that meeting.
extension Reducer {
    /// `M`: asks for a title (prefilled), attendees and apologies, or, while one runs, asks to end it.
    static func startOrEndMeeting(_ state: inout BoardState, now: Timestamp) {
        if state.runningMeeting != nil {
            state.mode = .confirmEndMeeting
            return
        }
        let owner = state.plan.owner.isEmpty ? state.plan.title : state.plan.owner
        let draft = Meeting(id: .next(prefix: "m", after: state.plan.meetings.map(\.id)),
                            title: "\(owner) — \(state.today.longText)", date: state.today, startedAt: now)
        let (question, text) = meetingQuestion(.title, draft: draft)
        ask(&state, .meeting(step: .title, draft: draft), question: question, text: text, returnTo: .board)
    }

    /// Each step's question and the text it opens with.
    static func meetingQuestion(_ step: Prompt.MeetingStep, draft: Meeting) -> (String, String) {
        switch step {
        case .title: ("Start a meeting: title:", draft.title)
        case .attendees: ("Attendees, the chair first, separated by commas:", draft.attendees.joined(separator: ", "))
        case .apologies: ("Apologies (with substitutes), separated by commas:", draft.apologies.joined(separator: ", "))
        case .inAttendance: ("In attendance (officers, not members), separated by commas:", draft.inAttendance.joined(separator: ", "))
        case .declarations: ("Declarations of interest, separated by semicolons:", draft.declarations.joined(separator: "; "))
        case .venue: ("Venue, for the minutes:", draft.venue)
        case .nextMeeting: ("Date of the next meeting, for the minutes:", draft.nextMeeting)
        }
    }

    /// Enter on a step of starting a meeting: on to the next, and after apologies the meeting starts.
    static func answerMeeting(_ state: inout BoardState, step: Prompt.MeetingStep, draft: Meeting,
                              text: String, now: Timestamp) -> [Effect] {
        func ask(_ step: Prompt.MeetingStep, _ draft: Meeting) {
            let (question, text) = meetingQuestion(step, draft: draft)
            Reducer.ask(&state, .meeting(step: step, draft: draft), question: question, text: text, returnTo: .board)
        }
        var draft = draft
        let names = text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        switch step {
        case .title:
            if !text.isEmpty { draft.title = text }
            ask(.attendees, draft)
            return []
        case .attendees:
            draft.attendees = names
            ask(.apologies, draft)
            return []
        case .apologies:
            draft.apologies = names
            ask(.inAttendance, draft)
            return []
        case .inAttendance:
            draft.inAttendance = names
            ask(.declarations, draft)
            return []
        case .declarations:
            draft.declarations = text.split(separator: ";").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            ask(.venue, draft)
            return []
        case .venue:
            draft.venue = text.trimmingWhitespace()
            ask(.nextMeeting, draft)
            return []
        case .nextMeeting:
            draft.nextMeeting = text.trimmingWhitespace()
            draft.startedAt = now
            draft.date = state.today
            let meeting = draft
            let effects = changePlan(&state, selecting: state.selectedAction?.id, summary: "Meeting started: \(meeting.title)") { plan in
                plan.meetings.append(meeting)
            }
            state.walkFromTop = true
            let open = ActionLog(plan: state.plan, today: state.today).count
            state.flash = .init(open > 0
                ? "Meeting started. \(open) action point\(open == 1 ? "" : "s") open from before: F to mark done or carry forward."
                : "Meeting started. w goes to the first action on the agenda, m marks discussed, D decision, C note, p action point, M ends.")
            return effects
        }
    }

    /// `y` after `M`: the running meeting ends now (u undoes). A meeting in which nothing was
    /// recorded is dropped instead, so it does not become "the latest meeting" for the minutes
    /// and the changed-since marks.
    static func endMeeting(_ state: inout BoardState, now: Timestamp) -> [Effect] {
        state.mode = .board
        guard let meeting = state.runningMeeting, let index = state.plan.meetings.firstIndex(where: { $0.id == meeting.id }) else {
            return []
        }
        guard recordedAnything(in: meeting, state.plan) else {
            let effects = changePlan(&state, selecting: state.selectedAction?.id, summary: "Empty meeting not kept: \(meeting.title)") { plan in
                plan.meetings.remove(at: index)
            }
            state.flash = .init("The meeting ended with nothing recorded, so it was not kept (u brings it back).")
            return effects
        }
        let summary = "Meeting ended: \(state.discussedCount) of \(state.totals.total) actions discussed"
        let effects = changePlan(&state, selecting: state.selectedAction?.id, summary: summary) { plan in
            plan.meetings[index].endedAt = now
        }
        state.flash = .init(summary + ". planboard minutes \(state.fileName) writes the minutes.")
        return effects
    }

    /// True when the meeting marked an action discussed, or a change or note is tagged with it.
    static func recordedAnything(in meeting: Meeting, _ plan: Plan) -> Bool {
        if !meeting.discussed.isEmpty { return true }
        if plan.risks.contains(where: { $0.history.contains { $0.meeting == meeting.id } }) { return true }
        if plan.indicators.contains(where: { $0.history.contains { $0.meeting == meeting.id } }) { return true }
        return plan.outcomes.contains { outcome in
            outcome.actions.contains { action in
                action.history.contains { $0.meeting == meeting.id } || action.notes.contains { $0.meeting == meeting.id }
            }
        }
    }

    /// `m`: adds the selected action to the meeting's discussed list (in the order taken), or takes it off.
    static func toggleDiscussed(_ state: inout BoardState) -> [Effect] {
        guard let meeting = state.runningMeeting, let index = state.plan.meetings.firstIndex(where: { $0.id == meeting.id }) else {
            state.flash = .init("No meeting is running: M starts one.")
            return []
        }
        guard let action = state.selectedAction else {
            state.flash = .init("No action selected.")
            return []
        }
        let was = meeting.discussed.contains(action.id)
        let count = state.discussedCount + (was ? -1 : 1)
        let summary = "\(action.ref) \(was ? "no longer marked" : "marked") discussed (\(count) of \(state.totals.total))"
        return changePlan(&state, selecting: action.id, summary: summary) { plan in
            if was {
                plan.meetings[index].discussed.removeAll { $0 == action.id }
            } else {
                plan.meetings[index].discussed.append(action.id)
            }
        }
    }

    /// `w` / `W`: the next (or previous) action on the board not yet discussed, in agenda order,
    /// wrapping round. The first `w` of a meeting goes to the top of the agenda: the first action
    /// not yet discussed, which may be the one selected.
    static func walkAgenda(_ state: inout BoardState, forward: Bool) {
        let agenda = state.agendaOrder.agenda(state.plan)
        let discussed = Set(state.runningMeeting?.discussed ?? [])
        let fromTop = forward && state.walkFromTop
        state.walkFromTop = false
        guard !agenda.isEmpty else { return }
        let start = fromTop ? nil : state.selectedAction.flatMap { current in agenda.firstIndex { $0.id == current.id } }
        let n = agenda.count
        for step in 1...n {
            let i: Int
            if let start {
                i = ((start + (forward ? step : -step)) % n + n) % n
            } else {
                i = forward ? step - 1 : n - step
            }
            let action = agenda[i]
            guard !discussed.contains(action.id), let found = state.locate(action.id) else { continue }
            state.laneIndex = found.lane
            state.cardIndex = found.card
            ensureCursorVisible(&state)
            let left = agenda.filter { !discussed.contains($0.id) }.count
            state.flash = .init("\(action.ref): \(left) not yet discussed (\(state.agendaOrder.word)).")
            return
        }
        state.flash = .init(state.runningMeeting == nil ? "No actions to walk." : "Every action on the board has been discussed.")
    }

    /// `O`: ref order ↔ reds first, and the cursor goes to the top of the new agenda (its first
    /// action not yet discussed), so the next `w` carries on down that order from there.
    static func toggleAgendaOrder(_ state: inout BoardState) {
        state.agendaOrder = state.agendaOrder == .ref ? .redsFirst : .ref
        state.walkFromTop = false
        let discussed = Set(state.runningMeeting?.discussed ?? [])
        let first = state.agendaOrder.agenda(state.plan).first { !discussed.contains($0.id) && state.locate($0.id) != nil }
        if let first, let found = state.locate(first.id) {
            state.laneIndex = found.lane
            state.cardIndex = found.card
            ensureCursorVisible(&state)
            state.flash = .init("Agenda in \(state.agendaOrder.word): \(first.ref) is first not yet discussed; w and W walk on from here.")
        } else {
            state.flash = .init("w and W now walk the agenda in \(state.agendaOrder.word).")
        }
    }

    /// Tags every history entry and note made since the running meeting started, and not yet
    /// tagged, with that meeting. Called by `changePlan`, so every change is tagged in one place.
    static func tagWithRunningMeeting(_ plan: inout Plan) {
        guard let meeting = plan.meetings.last(where: \.isRunning) else { return }
        RecentEntries.stamp(&plan, .meeting(meeting.id), since: meeting.startedAt)
    }
}

