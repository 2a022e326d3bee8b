/// Whether an action's deadline needs the board's attention today.
public enum Urgency: Equatable, Hashable, Sendable {
    /// No due date, done, removed, or not due for a while.
    case none
    /// Due today or within the next few weeks, and not complete.
    case dueSoon
    /// The due date has passed and the action is not complete.
    case overdue
}

extension Action {
    /// How urgent the action's deadline is on `today`: overdue, due within `soonDays` days, or neither.
    ///
    /// Complete and removed actions are never urgent; deadlines with no due date (`On-going`,
    /// `TBC`, text the parser cannot read) are never urgent. Six weeks by default: the usual gap
    /// between partnership meetings.
    public func urgency(today: Day, soonDays: Int = 42) -> Urgency {
        guard !isRemoved, status != .complete, let due = DeadlineParser.parse(deadline).due else { return .none }
        if due < today { return .overdue }
        if due.daysSince1970 - today.daysSince1970 <= soonDays { return .dueSoon }
        return .none
    }
}
