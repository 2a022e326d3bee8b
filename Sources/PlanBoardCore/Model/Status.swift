/// Where an action stands in its life, independent of how well it is going (that is the RAG).
///
/// Real plans write these as "In development", "On-going", "Complete"; the set is kept small so
/// the chooser `s` opens shows it all, one key each. Removal is not a status: it carries a reason
/// and a date (see `Removal`).
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
}
