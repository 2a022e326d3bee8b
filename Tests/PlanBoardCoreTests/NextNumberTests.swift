import Testing
@testable import PlanBoardCore

/// New ids and refs stay unique, and never crash, when a hand-edited file holds a number as large
/// as a whole number can be (`a9223372036854775807`, `1.9223372036854775807`).
@Suite struct NextNumberTests {
    let top = Int.max

    @Test func nextIdSkipsAnIdNumberedAtTheLargestWholeNumber() {
        let ids: [Action.ID] = ["a3", .init("a\(top)"), "a7"]
        #expect(Action.ID.next(prefix: "a", after: ids) == "a8")
    }

    @Test func nextIdFindsAFreeNumberWhenTheTopTwoAreTaken() {
        let ids: [Action.ID] = ["a1", "a2", .init("a\(top - 1)"), .init("a\(top)")]
        let next = Action.ID.next(prefix: "a", after: ids)
        #expect(next == "a3")
        #expect(!ids.contains(next))
    }

    @Test func nextIdStillCountsOnFromTheHighestOrdinaryNumber() {
        let ids: [Outcome.ID] = ["o1", "o2", "o10", "x99"]
        #expect(Outcome.ID.next(prefix: "o", after: ids) == "o11")
        #expect(Outcome.ID.next(prefix: "o", after: [Outcome.ID]()) == "o1")
        #expect(Outcome.ID.next(prefix: "o", after: [Outcome.ID.init("o\(top - 1)")]) == .init("o\(top)"))
    }

    func outcome(refs: [String]) -> Outcome {
        Outcome(id: "o1", number: "1", title: "Heard", actions: refs.enumerated().map { index, ref in
            Fixtures.action("a\(index + 1)", ref, "Action \(index + 1)")
        })
    }

    @Test func nextRefSkipsARefNumberedAtTheLargestWholeNumber() {
        #expect(ActionRef.next(in: outcome(refs: ["1.1", "1.\(top)", "1.4 P"])) == "1.5")
    }

    @Test func nextRefFindsAFreeNumberWhenTheTopTwoAreTaken() {
        let refs = ["1.1", "1.\(top - 1)", "1.\(top)"]
        let next = ActionRef.next(in: outcome(refs: refs))
        #expect(next == "1.2")
        #expect(!refs.contains(next))
    }
}
