/// The milestones overlay (`t`): whose milestones, the highlighted one, and whether a delete is
/// waiting for its yes. A value, kept in the mode.
public struct MilestoneList: Equatable, Sendable {
    /// The action the milestones belong to.
    public var action: Action.ID
    /// The highlighted milestone: an index into the action's `milestones`.
    public var selected: Int
    /// True while `d` waits for `y` (delete) or `n` / Esc (keep).
    public var confirmingDelete: Bool

    public init(action: Action.ID, selected: Int = 0, confirmingDelete: Bool = false) {
        self.action = action
        self.selected = selected
        self.confirmingDelete = confirmingDelete
    }
}

/// What the milestone list's keys ask for (one `Message` case).
public enum MilestoneCommand: Equatable, Sendable {
    /// `t` on the board or in the detail pane: the selected action's milestones.
    case open
    case pick(offset: Int)
    /// Space / `x`: done now, or open again.
    case toggleDone
    /// `a`: a new milestone (its text, then when it is due).
    case add
    /// `d`: ask, then delete the highlighted milestone.
    case delete
    /// `y` / `n` after `d`.
    case confirmDelete(Bool)
    /// Esc: back to the board.
    case back
}

/// The steps of adding a milestone.
public enum MilestoneStep: Equatable, Sendable {
    case text, due
}
