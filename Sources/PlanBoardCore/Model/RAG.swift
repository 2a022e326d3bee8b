/// A Red / Amber / Green rating, Blue for complete in plans that use BRAG, or none yet: how the
/// board judges an action's progress.
public enum RAG: String, Codable, Equatable, Hashable, Sendable, CaseIterable {
    case red, amber, green, blue, unrated

    /// The word people use in reports and minutes ("Red", "Not rated").
    public var word: String {
        switch self {
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        case .blue: "Blue"
        case .unrated: "Not rated"
        }
    }

    /// One letter that carries the rating without colour (`·` for unrated).
    public var letter: String {
        switch self {
        case .red: "R"
        case .amber: "A"
        case .green: "G"
        case .blue: "B"
        case .unrated: "·"
        }
    }
}
