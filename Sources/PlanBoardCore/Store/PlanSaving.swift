/// Somewhere a plan is kept: the JSON file in the app, memory in tests.
///
/// The reducer never saves; it returns `Effect.save`, and the driver hands the plan to one of these.
public protocol PlanSaving: AnyObject {
    /// Writes the plan, or throws without touching what is kept (see `StoreError`).
    func save(_ plan: Plan) throws(StoreError)
    /// Writes the plan even if the file changed on disk since it was read: the user chose to keep theirs.
    func overwrite(_ plan: Plan) throws(StoreError)
    /// Reads the plan as it is now kept, taking it as the new base for later saves.
    func reload() throws(StoreError) -> Plan
    /// The name shown in the header and messages (`plan.json`).
    var displayName: String { get }
}
