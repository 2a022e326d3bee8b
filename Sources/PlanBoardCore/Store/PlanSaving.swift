/// Somewhere a plan is kept: the JSON file in the app, memory in tests.
///
/// The reducer never saves; it returns `Effect.save`, and the driver hands the plan to one of these.
public protocol PlanSaving: AnyObject {
    /// Writes the plan, or throws without touching what is kept (see `StoreError`).
    func save(_ plan: Plan) throws(StoreError)
    /// Writes the plan even if the file changed on disk since it was read: the user chose to keep theirs.
    func overwrite(_ plan: Plan) throws(StoreError)
    /// Writes the plan over the version now kept, which is someone else's (reloaded, then undone),
    /// first keeping that version where the user can find it (`plan.json.theirs`).
    func saveKeepingTheirs(_ plan: Plan) throws(StoreError)
    /// Reads the plan as it is now kept, taking it as the new base for later saves.
    func reload() throws(StoreError) -> Plan
    /// What the user should know about the last successful write, taken once (nil: nothing).
    func takeNotice() -> WriteNotice?
    /// The plan as this store last read or wrote it: the common ancestor when the file changed on
    /// disk meanwhile and the two versions are merged. Nil when it cannot be told.
    func lastReadOrWritten() -> Plan?
    /// True when the file now differs from what this store last read or wrote (someone else
    /// saved it): a read-only board then reloads by itself.
    func changedOnDisk() -> Bool
    /// The name shown in the header and messages (`plan.json`).
    var displayName: String { get }
}

extension PlanSaving {
    /// Stores that cannot lose their file have nothing to tell.
    public func takeNotice() -> WriteNotice? { nil }
    /// Stores that keep no ancestor cannot merge.
    public func lastReadOrWritten() -> Plan? { nil }
    /// Stores no one else writes never change under the board.
    public func changedOnDisk() -> Bool { false }
}

/// Something the user should know about a write that succeeded.
public enum WriteNotice: Equatable, Sendable, CustomStringConvertible {
    /// The file was not there (deleted, or moved away) and was written again at its path.
    case recreated(path: String)

    public var description: String {
        switch self {
        case .recreated(let path):
            "\(path) had gone (deleted or moved?): written again there. If it was moved on purpose, open it where it is now."
        }
    }
}
