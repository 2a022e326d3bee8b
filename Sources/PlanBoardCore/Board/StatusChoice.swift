/// The status chooser `s` opens: which action, the status highlighted, and where it returns to.
/// One pick records one change, from the status before to the one chosen, so the minutes never
/// show the steps a cycle went through.
public struct StatusChoice: Equatable, Sendable {
    public var action: Action.ID
    public var highlighted: Status
    public var returnTo: ReturnMode

    public init(action: Action.ID, highlighted: Status, returnTo: ReturnMode) {
        self.action = action
        self.highlighted = highlighted
        self.returnTo = returnTo
    }

    /// The letter that picks each status in the chooser: the first letter of its word where they
    /// differ (`n` Not started, `p` in Progress, `o` On-going, `d` Delayed, `c` Complete).
    public static func key(for status: Status) -> Character {
        switch status {
        case .notStarted: "n"
        case .inProgress: "p"
        case .ongoing: "o"
        case .delayed: "d"
        case .complete: "c"
        }
    }
}
