/// How far an action, a workstream (or a whole plan) has got through its milestones.
public struct MilestoneProgress: Equatable, Sendable {
    public var total: Int
    public var done: Int
    /// Open milestones whose due date has passed.
    public var overdue: Int

    public init(total: Int = 0, done: Int = 0, overdue: Int = 0) {
        self.total = total
        self.done = done
        self.overdue = overdue
    }

    /// Counts `milestones` on `today`.
    public init(_ milestones: [Milestone], today: Day) {
        self.init()
        add(milestones, today: today)
    }

    public mutating func add(_ milestones: [Milestone], today: Day) {
        for milestone in milestones {
            total += 1
            if milestone.isDone { done += 1 } else if milestone.isOverdue(today: today) { overdue += 1 }
        }
    }

    /// `2/5`, the card's mark.
    public var fraction: String { "\(done)/\(total)" }
}

extension Milestone {
    /// True when it is open and its due date, as the deadline grammar reads it, has passed.
    public func isOverdue(today: Day) -> Bool {
        guard !isDone, let due = DeadlineParser.parse(due).due else { return false }
        return due < today
    }
}

extension Plan {
    /// Milestones of every workstream (outcome) and of every action still on the plan.
    public func milestoneProgress(today: Day) -> MilestoneProgress {
        var progress = MilestoneProgress()
        for outcome in outcomes { progress.add(outcome.milestones, today: today) }
        for outcome in outcomes { for action in outcome.actions where !action.isRemoved { progress.add(action.milestones, today: today) } }
        return progress
    }
}
