/// What one meeting did to the plan, gathered from the changes and notes tagged with it: the
/// content of its minutes before a format is chosen.
///
/// Everything comes from the plan file: the meeting's agenda as walked (`discussed`), and each
/// action's history and notes carrying the meeting's id. Changes and notes of other meetings are
/// left out, so the minutes of an older meeting stay what they were.
struct MeetingRecord {
    /// One action as the meeting dealt with it.
    struct Item {
        var action: Action
        /// `Outcome 2: Carers have a life alongside caring`.
        var outcome: String
        /// The RAG as the meeting left it, as a word.
        var ragWord: String
        /// What was recorded against the action in this meeting, in the order minutes list it.
        var entries: [MinuteEntry]
    }

    /// An action point with the action it was recorded against.
    struct ActionPoint {
        var item: Item
        var note: Note
    }

    /// An action point from an earlier meeting that was open when this one began, and what this
    /// meeting did with it.
    struct ActionProgress {
        enum Result: Equatable { case done, carriedForward, open }
        var item: Item
        var note: Note
        /// The meeting that raised it, nil when it was recorded outside a meeting.
        var raisedIn: Meeting?
        var result: Result
    }

    var plan: Plan
    var meeting: Meeting
    /// The meeting held before this one, whose minutes this one agrees; nil for the first.
    var previousMeeting: Meeting?
    /// Action points open at the start of the meeting, in plan order: the "Progress on actions".
    var progressOnActions: [ActionProgress]
    /// The actions marked discussed, in the order the meeting took them.
    var discussed: [Item]
    /// Actions changed or noted during the meeting but not marked discussed, in plan order.
    var alsoChanged: [Item]
    /// Actions created during the meeting, in plan order.
    var newActions: [Item]
    /// Actions the meeting removed (and did not restore), with the reason given, in plan order.
    var removed: [(item: Item, reason: String)]
    /// Action points, in agenda order and then plan order.
    var actionPoints: [ActionPoint]
    /// Actions on the plan at the meeting that it neither discussed nor touched, in plan order.
    var notReached: [Item]
    /// What the meeting recorded against the performance indicators, in plan order.
    var indicators: [IndicatorMinute] = []

    /// Gathers the record of meeting `id`; nil when the plan has no such meeting.
    init?(plan: Plan, meeting id: Meeting.ID) {
        guard let meeting = plan.meetings.first(where: { $0.id == id }) else { return nil }
        self.plan = plan
        self.meeting = meeting

        var items: [Action.ID: Item] = [:]
        var planOrder: [Action.ID] = []
        for outcome in plan.outcomes {
            for action in outcome.actions {
                guard items[action.id] == nil else { continue }
                items[action.id] = Item(action: action, outcome: outcome.reportHeading,
                                        ragWord: Self.ragWord(of: action, after: meeting),
                                        entries: MinuteEntry.entries(for: action, in: id))
                planOrder.append(action.id)
            }
        }

        var seen = Set<Action.ID>()
        discussed = meeting.discussed.compactMap { actionID in
            guard seen.insert(actionID).inserted else { return nil }
            return items[actionID]
        }
        let inPlanOrder = planOrder.compactMap { items[$0] }
        // A new action with nothing else recorded is listed once, under new actions.
        alsoChanged = inPlanOrder.filter { item in
            !seen.contains(item.action.id) && item.entries.contains { if case .created = $0 { false } else { true } }
        }
        newActions = inPlanOrder.filter { item in
            item.action.history.contains { $0.field == .created && $0.meeting == id }
        }
        removed = inPlanOrder.compactMap { item in
            let ends = item.action.history.filter { ($0.field == .removed || $0.field == .restored) && $0.meeting == id }
            guard let last = ends.last, last.field == .removed else { return nil }
            let reason = [last.reason, last.to, item.action.removal?.reason].compactMap { $0 }
                .first { !$0.trimmingWhitespace().isEmpty } ?? ""
            return (item, reason)
        }
        actionPoints = (discussed + alsoChanged).flatMap { item in
            item.action.notes.filter { $0.meeting == id && $0.kind == .actionPoint }.map { ActionPoint(item: item, note: $0) }
        }
        previousMeeting = plan.meetings.filter { $0.id != id && $0.startedAt < meeting.startedAt }
            .max { $0.startedAt < $1.startedAt }
        progressOnActions = inPlanOrder.flatMap { item in
            item.action.notes.filter { note in
                note.kind == .actionPoint && note.meeting != id && note.at < meeting.startedAt
                    && (note.closedAt.map { $0 >= meeting.startedAt } ?? true)
            }.map { note in
                let result: ActionProgress.Result = note.closedIn == id ? .done
                    : note.carriedForwardIn.contains(id) ? .carriedForward : .open
                return ActionProgress(item: item, note: note, raisedIn: plan.meetings.first { $0.id == note.meeting },
                                      result: result)
            }
        }
        indicators = IndicatorMinutes.lines(plan, meeting: id)
        let touched = seen.union(alsoChanged.map(\.action.id)).union(newActions.map(\.action.id))
        notReached = inPlanOrder.filter { item in
            !touched.contains(item.action.id) && Self.wasOnThePlan(item.action, during: meeting)
        }
    }

    /// The RAG the meeting left: the last rating it gave, else the rating when it ended (by time:
    /// after a merge the history is both copies' changes, not one chain), else the rating now.
    static func ragWord(of action: Action, after meeting: Meeting) -> String {
        if let last = action.history.last(where: { $0.field == .rag && $0.meeting == meeting.id }) { return last.to }
        if let end = meeting.endedAt { return action.ragWord(at: end) }
        return action.rag.word
    }

    /// False for actions removed before the meeting began or created after it ended.
    static func wasOnThePlan(_ action: Action, during meeting: Meeting) -> Bool {
        if let removal = action.removal, removal.at < meeting.startedAt { return false }
        if let end = meeting.endedAt,
           let created = action.history.first(where: { $0.field == .created }), created.at > end { return false }
        return true
    }

    /// How many RAG ratings the meeting changed.
    var ragChangeCount: Int {
        (discussed + alsoChanged).reduce(0) { count, item in
            count + item.entries.filter { if case .rag = $0 { true } else { false } }.count
        }
    }
}

extension RAG {
    /// The rating a report word names (`Amber`), or nil for words that are not one.
    init?(word: String) {
        guard let rag = RAG.allCases.first(where: { $0.word.lowercased() == word.trimmingWhitespace().lowercased() }) else {
            return nil
        }
        self = rag
    }
}
