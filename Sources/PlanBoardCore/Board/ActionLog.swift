/// The action log: every open action point in the plan, by owner and then due date, for the
/// board's list (`F`) and the chair's "Progress on actions".
///
/// An action point is a `Note` of kind `.actionPoint` on an action; it is open until marked done
/// (`closedAt`). Built fresh from the plan each time, so it can never disagree with the file.
public struct ActionLog: Equatable, Sendable {
    /// One open action point and where it is kept.
    public struct Entry: Equatable, Sendable {
        public var action: Action.ID
        public var ref: String
        /// The note's index in the action's `notes`.
        public var noteIndex: Int
        public var note: Note
        /// The due date the note's `due` names, when it names one.
        public var dueDay: Day?
        /// True when the due date has passed.
        public var isOverdue: Bool
        /// When it was raised, as a day, with the meeting's date when it was raised in one.
        public var raised: Day
    }

    public var entries: [Entry]

    /// The open action points of the plan's actions (removed actions left out), sorted by owner
    /// (points without one last), then due date (undated last), then ref.
    public init(plan: Plan, today: Day) {
        var found: [Entry] = []
        for action in plan.allActions where !action.isRemoved {
            for (index, note) in action.notes.enumerated() where note.isOpenActionPoint {
                let due = note.due.flatMap { DeadlineParser.parse($0).due }
                let raised = plan.meetings.first { $0.id == note.meeting }?.date ?? note.at.day()
                found.append(Entry(action: action.id, ref: action.ref, noteIndex: index, note: note, dueDay: due,
                                   isOverdue: due.map { $0 < today } ?? false, raised: raised))
            }
        }
        entries = found.enumerated().sorted { l, r in
            let a = l.element, b = r.element
            let ownerA = (a.note.owner ?? "").trimmingWhitespace().lowercased(), ownerB = (b.note.owner ?? "").trimmingWhitespace().lowercased()
            if ownerA != ownerB {
                if ownerA.isEmpty || ownerB.isEmpty { return ownerB.isEmpty }
                return ownerA < ownerB
            }
            switch (a.dueDay, b.dueDay) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return l.offset < r.offset
            }
        }.map(\.element)
    }

    public var count: Int { entries.count }
    public var overdueCount: Int { entries.filter(\.isOverdue).count }
}
