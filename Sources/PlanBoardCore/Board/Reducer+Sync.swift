/// `Y`: sharing the plan through git from the board. The git work is an effect the session
/// carries out off the main loop; until it reports the board moves but refuses changes, and the
/// plan git leaves on disk then replaces the board's. A sync that brought changes is an undo
/// barrier: undoing past it would take the others' work out of the file the next `Y` pushes.
extension Reducer {
    static func askToSync(_ state: inout BoardState) -> [Effect] {
        state.flash = .init("Syncing through git… (the board works meanwhile; changes wait until it reports)")
        state.syncing = true
        return [.sync]
    }

    static func synced(_ state: inout BoardState, _ report: SyncReport) {
        state.syncing = false
        if let plan = report.plan, plan != state.plan {
            takeOthersWork(&state, plan, because: "Changes from a sync cannot be undone here: undoing them would take the "
                           + "others' work out of the shared copy. Change a card back by hand if you need to.")
            state.saveStatus = .unchanged
        }
        state.flash = .init(report.text, isError: report.failed)
    }
}
