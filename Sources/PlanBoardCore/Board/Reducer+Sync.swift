/// `Y`: sharing the plan through git from the board. The git work is an effect the session
/// carries out; the plan it leaves on disk comes back and replaces the board's (undoable, as a reload).
extension Reducer {
    static func askToSync(_ state: inout BoardState) -> [Effect] {
        state.flash = .init("Syncing through git…")
        return [.sync]
    }

    static func synced(_ state: inout BoardState, _ report: SyncReport) {
        if let plan = report.plan, plan != state.plan { takePlanFromDisk(&state, plan) }
        state.flash = .init(report.text, isError: report.failed)
    }
}
