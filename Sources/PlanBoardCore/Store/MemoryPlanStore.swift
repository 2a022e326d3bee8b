/// A plan kept in memory, for reducer and driver tests and the benchmark: it records every save
/// and can be told to fail the next one, or to behave as if someone else changed the file.
public final class MemoryPlanStore: PlanSaving {
    /// The plan as last saved (or as given, before any save): what `reload()` returns.
    public private(set) var plan: Plan
    /// Every plan saved successfully, oldest first.
    public private(set) var saves: [Plan] = []
    /// When set, the next `save` throws this and keeps nothing; it is then cleared.
    public var failNextSave: StoreError?
    /// The name shown in messages (`plan.json` unless told otherwise).
    public let displayName: String
    /// Set by `changeElsewhere`: saves throw `.changedOnDisk` until `reload()`.
    private var changedElsewhere = false
    /// The plan as this store last read or wrote it (not what `changeElsewhere` put there).
    private var known: Plan

    /// A store holding `plan`, shown as `displayName`.
    public init(plan: Plan, displayName: String = "plan.json") {
        self.plan = plan
        self.known = plan
        self.displayName = displayName
    }

    /// Keeps `plan` and records it, unless a failure was asked for or the plan "changed on disk".
    public func save(_ plan: Plan) throws(StoreError) {
        if let failure = failNextSave {
            failNextSave = nil
            throw failure
        }
        if changedElsewhere { throw .changedOnDisk(path: displayName) }
        self.plan = plan
        known = plan
        saves.append(plan)
    }

    /// Keeps `plan` even after `changeElsewhere`, as the user chose to write over the other change.
    public func overwrite(_ plan: Plan) throws(StoreError) {
        changedElsewhere = false
        try save(plan)
    }

    /// The version kept aside by `saveKeepingTheirs` (as `plan.json.theirs` would be), if any.
    public private(set) var theirs: Plan?

    /// Keeps the plan as it is now kept as `theirs`, then saves `plan`.
    public func saveKeepingTheirs(_ plan: Plan) throws(StoreError) {
        let kept = self.plan
        try save(plan)
        theirs = kept
    }

    /// The plan as kept; clears a change made by `changeElsewhere`.
    public func reload() throws(StoreError) -> Plan {
        changedElsewhere = false
        known = plan
        return plan
    }

    public func lastReadOrWritten() -> Plan? { known }

    public func changedOnDisk() -> Bool { changedElsewhere }

    /// Stands in for someone else editing the file: `plan` becomes what is kept, and saves are
    /// refused with `.changedOnDisk` until the next `reload()`.
    public func changeElsewhere(to plan: Plan) {
        self.plan = plan
        changedElsewhere = true
    }
}
