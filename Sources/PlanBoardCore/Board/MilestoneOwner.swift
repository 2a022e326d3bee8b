/// Whose milestones the list (`t` / `T`) shows and changes: an action's, or a workstream's (an
/// outcome, a lane of the board).
public enum MilestoneOwner: Equatable, Hashable, Sendable {
    case action(Action.ID)
    case outcome(Outcome.ID)
}

/// An owner as found in the plan: its milestones, and the words screens and history use for it.
struct MilestoneHolder: Equatable {
    var milestones: [Milestone]
    /// Starts each summary and flash: `2.1 milestone …` / `Outcome 2 ‘Carers have a life…’: milestone …`.
    var summaryPrefix: String
    /// `2.1` / `Workstream ‘Outcome 2’`.
    var name: String
    /// The list's title: `Milestones of 2.1` / `Workstream milestones of Outcome 2`.
    var title: String
    /// The dim line under the title: the action's text, or the outcome's heading.
    var line: String
    /// `the action` / `the workstream`, for the delete dialog.
    var noun: String
}

extension Plan {
    /// `owner` as it is in the plan now; nil once it has gone (purged, deleted, undone).
    func milestoneHolder(_ owner: MilestoneOwner) -> MilestoneHolder? {
        switch owner {
        case .action(let id):
            guard let action = action(id) else { return nil }
            return MilestoneHolder(milestones: action.milestones, summaryPrefix: "\(action.ref) milestone", name: action.ref,
                                   title: "Milestones of \(action.ref)", line: action.text,
                                   noun: "the action")
        case .outcome(let id):
            guard let outcome = outcomes.first(where: { $0.id == id }) else { return nil }
            let name = outcome.workstreamName
            // The status line says it as the minutes will (`Outcome 2 ‘Carers have a life…’`), its title cut to fit.
            let title = MinutesReport.shortTitle(outcome.title, limit: 40)
            let minuted = outcome.number.isEmpty || title.isEmpty ? "Workstream ‘\(name)’" : "Outcome \(outcome.number) ‘\(title)’"
            return MilestoneHolder(milestones: outcome.milestones, summaryPrefix: "\(minuted): milestone",
                                   name: "Workstream ‘\(name)’", title: "Workstream milestones of \(name)",
                                   line: outcome.heading, noun: "the workstream")
        }
    }
}
