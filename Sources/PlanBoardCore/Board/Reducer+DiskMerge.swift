/// `m` when the plan changed on disk under the board: a three-way merge of the board's plan with
/// the file as it is now, from the version the board last read or wrote, as `planboard merge`
/// does for git. Both sides' changes are kept; the same field changed on both is recorded as a
/// conflict for `!`. The merged plan is written with a plain save, so a file changed yet again
/// meanwhile brings the dialog back rather than being written over.
extension Reducer {
    static func mergeWithDisk(_ state: inout BoardState, base: Plan, theirs: Plan, now: Timestamp) -> [Effect] {
        let merge = PlanMerge.merge(base: base, ours: state.plan, theirs: theirs, at: now,
                                    by: state.author.isEmpty ? nil : state.author)
        takeOthersWork(&state, merge.plan, because: "A merge with the version on disk cannot be undone here: undoing it would "
                       + "take the others' work out of the file. Change a card back by hand if you need to.")
        state.saveStatus = .saving
        let count = merge.plan.conflicts.count
        let kept = "Merged with the version on disk: your changes and theirs are both kept."
        let notices = merge.notices.isEmpty ? "" : " " + merge.notices.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
        state.flash = count == 0
            ? .init(kept + notices)
            : .init(kept + " \(count) conflict\(count == 1 ? "" : "s") to resolve: press !." + notices, isError: true)
        return [.save(merge.plan)]
    }

    /// Puts a plan that holds other people's work (merged from disk, or brought in by a sync) on
    /// the board as an undo barrier: undoing past it would write their work out of the shared
    /// file, so the chair's earlier steps are no longer offered and `u` says why.
    static func takeOthersWork(_ state: inout BoardState, _ plan: Plan, because reason: String) {
        let selection = state.selectedAction?.id
        state.history.startAfter(reason)
        state.plan = plan
        state.rebuildLanes(keeping: selection)
        ensureCursorVisible(&state)
        state.reasonOffer = nil
    }
}
