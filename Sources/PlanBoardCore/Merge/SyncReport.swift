/// What a sync through git did, for the status line: what was committed, what came in, whether it
/// reached the shared copy, and the plan as the file now holds it.
public struct SyncReport: Equatable, Sendable {
    /// One line for the status line.
    public var text: String
    /// True when the sync could not do what it should (not a git copy, git failed).
    public var failed: Bool
    /// The plan read back after the sync (nil when it could not be read).
    public var plan: Plan?

    public init(text: String, failed: Bool = false, plan: Plan? = nil) {
        self.text = text
        self.failed = failed
        self.plan = plan
    }
}
