import Testing
@testable import PlanBoardCore

/// `Y` on the board: the session saves, runs the sync it was given, and shows the plan git left.
@Suite struct SyncFromBoardTests {
    @Test func syncWaitsForTheSaveRunsAndTakesInWhatCameIn() {
        let store = MemoryPlanStore(plan: Fixtures.plan())
        let session = BoardSession(state: Fixtures.state(), store: store, clock: { Fixtures.now })
        var savedBeforeSync: Int?
        session.sharing = {
            savedBeforeSync = store.saves.count
            var theirs = store.plan
            theirs.outcomes[0].actions[1].progress = "From Sam"
            store.changeElsewhere(to: theirs)
            return SyncReport(text: "Sync: Committed: 1.1 → Red 1 change from Sam: 1.2 progress updated")
        }
        session.send(.setRAG(.red))
        session.send(.sync)
        #expect(savedBeforeSync == 1, "the rating was written before git ran")
        #expect(session.state.plan.outcomes[0].actions[1].progress == "From Sam")
        #expect(session.state.plan.outcomes[0].actions[0].rag == .red)
        #expect(session.state.flash?.text.contains("1 change from Sam") == true)
        #expect(session.state.flash?.isError == false)
        session.send(.undo)
        #expect(session.state.plan.outcomes[0].actions[1].progress != "From Sam", "u goes back, as after a reload")
    }

    @Test func withoutSharingTheBoardSaysSo() {
        let session = BoardSession(state: Fixtures.state(), store: MemoryPlanStore(plan: Fixtures.plan()), clock: { Fixtures.now })
        session.send(.sync)
        #expect(session.state.flash?.isError == true)
        #expect(Keymap.message(for: .char("Y"), in: Mode.board) == .sync)
    }

    @Test func aReadOnlyPlanIsNotSynced() {
        var state = Fixtures.state()
        state.readOnly = "the file is read-only"
        #expect(Reducer.reduce(&state, .sync, now: Fixtures.now).isEmpty)
    }
}
