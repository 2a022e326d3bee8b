/// The milestones overlay (`t`, or `T` for the workstream's): whose milestones, the highlighted
/// one, and whether a delete is waiting for its yes. A value, kept in the mode.
public struct MilestoneList: Equatable, Sendable {
    /// The action or workstream the milestones belong to.
    public var owner: MilestoneOwner
    /// The highlighted milestone: an index into the owner's `milestones`.
    public var selected: Int
    /// True while `d` waits for `y` (delete) or `n` / Esc (keep).
    public var confirmingDelete: Bool

    public init(owner: MilestoneOwner, selected: Int = 0, confirmingDelete: Bool = false) {
        self.owner = owner
        self.selected = selected
        self.confirmingDelete = confirmingDelete
    }

    /// An action's milestones (`t`).
    public init(action: Action.ID, selected: Int = 0, confirmingDelete: Bool = false) {
        self.init(owner: .action(action), selected: selected, confirmingDelete: confirmingDelete)
    }
}

/// What the milestone list's keys ask for (one `Message` case).
public enum MilestoneCommand: Equatable, Sendable {
    /// `t` on the board or in the detail pane: the selected action's milestones.
    case open
    /// `T`: the milestones of the selected card's workstream (its outcome), or of the focused lane.
    case openWorkstream
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
