import Testing
@testable import PlanBoardCore

@Suite struct MemoryPlanStoreTests {
    let start = Plan(title: "Start")
    let edited = Plan(title: "Edited")

    @Test func recordsEachSaveAndReloadsTheLast() throws {
        let store = MemoryPlanStore(plan: start)
        try store.save(edited)
        try store.save(start)
        #expect(store.saves == [edited, start])
        #expect(try store.reload() == start)
        #expect(store.displayName == "plan.json")
    }

    @Test func failsTheNextSaveOnlyWhenAsked() throws {
        let store = MemoryPlanStore(plan: start)
        let failure = StoreError.io(path: "plan.json", operation: "write the temporary file", reason: "No space left on device")
        store.failNextSave = failure
        #expect(throws: failure) { try store.save(edited) }
        #expect(store.saves.isEmpty)
        #expect(store.plan == start)
        try store.save(edited)
        #expect(store.saves == [edited])
    }

    @Test func refusesSavesAfterAChangeElsewhereUntilReloaded() throws {
        let store = MemoryPlanStore(plan: start)
        store.changeElsewhere(to: edited)
        #expect(throws: StoreError.changedOnDisk(path: "plan.json")) { try store.save(start) }
        #expect(try store.reload() == edited)
        try store.save(start)
        #expect(store.plan == start)
    }
}
