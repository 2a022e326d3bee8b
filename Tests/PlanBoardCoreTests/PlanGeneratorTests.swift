import Foundation
import Testing
@testable import PlanBoardCore

@Suite struct PlanGeneratorTests {
    @Test func sameSeedGivesTheSamePlan() {
        #expect(PlanGenerator.make(actions: 300, seed: 7) == PlanGenerator.make(actions: 300, seed: 7))
        #expect(PlanGenerator.make(actions: 300, seed: 7) != PlanGenerator.make(actions: 300, seed: 8))
    }

    @Test func firstDrawsOfSeedOneNeverChange() {
        // Pins the generator: if these move, every benchmark plan silently changes.
        var rng = SplitMix64(seed: 1)
        #expect(rng.next() == 0x910A_2DEC_8902_5CC1)
        #expect(rng.next() == 0xBEEB_8DA1_658E_EC67)
    }

    @Test(arguments: [0, 1, 7, 100, 1_000, 10_000])
    func makesExactlyTheActionsAskedFor(_ count: Int) {
        let plan = PlanGenerator.make(actions: count)
        #expect(plan.allActions.count == count)
        #expect(plan.outcomes.count == 8)
        let ids = plan.allActions.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(plan.outcomes.map(\.id)).count == plan.outcomes.count)
    }

    @Test func honoursTheOutcomeCountAndSpreadsActionsUnevenly() {
        let plan = PlanGenerator.make(actions: 1_000, outcomes: 12, seed: 3)
        #expect(plan.outcomes.count == 12)
        #expect(Set(plan.outcomes.map(\.actions.count)).count > 1)
        #expect(Set(plan.outcomes.map(\.title)).count == 12)
        #expect(PlanGenerator.make(actions: 5, outcomes: 0).outcomes.count == 1)
    }

    @Test func contentIsMixedLikeARealPlan() {
        let actions = PlanGenerator.make(actions: 2_000).allActions
        #expect(Set(actions.map(\.rag)) == Set(PlanGenerator.ratings))
        #expect(Set(actions.map(\.status)) == Set(Status.allCases))
        let kinds = Set(actions.map { DeadlineParser.parse($0.deadline).kind })
        #expect(!kinds.contains(.unknown))
        #expect(kinds.count >= 8)
        let lengths = actions.map(\.text.count)
        #expect(lengths.min()! < 60 && lengths.max()! > 200)
        #expect(actions.contains { !$0.history.isEmpty } && actions.contains { $0.isRemoved })
        #expect(actions.contains { $0.leads.count > 1 })
        let today = Day(year: 2026, month: 11, day: 23)!
        #expect(actions.contains { $0.urgency(today: today) == .overdue })
    }

    @Test func everyLeadIsInTheKeyAndHistoryEndsAtTheCurrentValues() {
        let plan = PlanGenerator.make(actions: 1_000, seed: 11)
        for action in plan.allActions {
            #expect(action.leads.allSatisfy { plan.lead(initials: $0) != nil })
            #expect(action.history == action.history.sorted { $0.at < $1.at })
            if let lastRAG = action.history.last(where: { $0.field == .rag }) { #expect(lastRAG.to == action.rag.word) }
            if let lastStatus = action.history.last(where: { $0.field == .status }) {
                #expect(lastStatus.to == action.status.word)
            }
        }
    }

    @Test func roundTripsThroughJSON() throws {
        let plan = PlanGenerator.make(actions: 100)
        #expect(try JSONDecoder().decode(Plan.self, from: JSONEncoder().encode(plan)) == plan)
    }
}
