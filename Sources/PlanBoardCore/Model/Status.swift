/// Where an action stands in its life, independent of how well it is going (that is the RAG).
///
/// Real plans write these as "In development", "On-going", "Complete"; the set is kept small so
/// `s` can cycle through it in a meeting. Removal is not a status: it carries a reason and a date
/// (see `Removal`).
public enum Status: String, Equatable, Hashable, Sendable, CaseIterable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case ongoing
    case delayed
    case complete

    /// The words shown on screen and in reports.
    public var word: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .ongoing: "On-going"
        case .delayed: "Delayed"
        case .complete: "Complete"
        }
    }

    /// The status `s` moves to next, wrapping round.
    public var next: Status { offset(by: 1) }

    /// The status `S` moves back to, wrapping round.
    public var previous: Status { offset(by: -1) }

    private func offset(by step: Int) -> Status {
        let all = Status.allCases
        let index = all.firstIndex(of: self)!
        return all[(index + step + all.count) % all.count]
    }
}
