import Testing
@testable import PlanBoardCore

/// The line sync writes as its commit message and shows for what came in.
@Suite struct ChangeSummaryTests {
    @Test func namesEachChangeTheWayAPersonWouldSayIt() {
        let old = PlanMergeTests.base()
        var new = old
        PlanMergeTests.edit(&new, "a1") {
            $0.rag = .red
            $0.history.append(Change(at: PlanMergeTests.noon, field: .rag, from: "Amber", to: "Red"))
        }
        PlanMergeTests.edit(&new, "a2") {
            $0.progress = "Held"
            $0.history.append(Change(at: PlanMergeTests.noon, field: .progress, from: "Planned", to: "Held"))
        }
        new.outcomes[1].actions.append(Action(id: "a4-x", ref: "2.2", text: "New",
                                              history: [Change(at: PlanMergeTests.noon, field: .created, from: "", to: "2 Supported")]))
        let phrases = ChangeSummary.phrases(from: old, to: new)
        #expect(phrases == ["1.1 Amber → Red", "1.2 progress updated", "new action 2.2"])
        #expect(ChangeSummary.line(phrases) == "1.1 Amber → Red; 1.2 progress updated; new action 2.2")
        #expect(ChangeSummary.line(phrases, limit: 1) == "1.1 Amber → Red; and 2 more")
        #expect(ChangeSummary.phrases(from: old, to: old).isEmpty)
    }
}
