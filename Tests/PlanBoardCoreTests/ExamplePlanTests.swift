import Foundation
import Testing
@testable import PlanBoardCore

@Suite struct ExamplePlanTests {
    let plan = ExamplePlan.make()
    let today = Day(year: 2026, month: 11, day: 23)!
    var actions: [Action] { plan.allActions }

    @Test func hasFourDescribedOutcomesOfUnevenSize() {
        #expect(plan.outcomes.map(\.id.rawValue) == ["o1", "o2", "o3", "o4"])
        #expect(plan.outcomes.allSatisfy { !$0.description.isEmpty && !$0.title.isEmpty })
        #expect((24...30).contains(actions.count))
        #expect(Set(plan.outcomes.map(\.actions.count)).count > 1)
        #expect(!plan.title.isEmpty && !plan.period.isEmpty && !plan.owner.isEmpty)
    }

    @Test func actionIdsRunFromA1InPlanOrder() {
        #expect(actions.map(\.id.rawValue) == (1...actions.count).map { "a\($0)" })
        #expect(plan.nextActionID().rawValue == "a\(actions.count + 1)")
    }

    @Test func everyLeadUsedIsInTheKey() {
        #expect((8...10).contains(plan.leads.count))
        #expect(Set(plan.leads.map(\.initials)).count == plan.leads.count)
        for action in actions {
            #expect(!action.leads.isEmpty, "\(action.ref) has no lead")
            for initials in action.leads { #expect(plan.lead(initials: initials) != nil, "\(initials) not in key") }
        }
        #expect(actions.filter { $0.leads.count == 2 }.count >= 3)
        let used = Set(actions.flatMap(\.leads))
        #expect(plan.leads.allSatisfy { used.contains($0.initials) }, "a key entry no action uses")
    }

    @Test func mixesRatingsWithMoreAmberAndGreenThanRed() {
        func count(_ rag: RAG) -> Int { actions.filter { $0.rag == rag }.count }
        #expect(count(.red) >= 2)
        #expect(count(.amber) > count(.red) && count(.green) > count(.red))
        #expect(count(.unrated) >= 1 && count(.unrated) < count(.amber))
        #expect(Set(actions.map(\.status)) == Set(Status.allCases))
    }

    @Test func someActionsAreOverdueAndSomeDueSoonOnTheTwentyThirdOfNovember() {
        let urgencies = actions.map { $0.urgency(today: today) }
        #expect(urgencies.filter { $0 == .overdue }.count >= 3)
        #expect(urgencies.filter { $0 == .dueSoon }.count >= 2)
        let pastButComplete = actions.filter {
            $0.status == .complete && (DeadlineParser.parse($0.deadline).due.map { $0 < today } ?? false)
        }
        #expect(!pastButComplete.isEmpty)
    }

    @Test func deadlinesAreWrittenInManyWaysAndAllReadable() {
        let kinds = actions.map { DeadlineParser.parse($0.deadline).kind }
        #expect(!kinds.contains(.unknown))
        let expected: Set<Deadline.Kind> = [.month, .season, .financialYear, .quarter, .date, .ongoing, .unscheduled]
        #expect(expected.isSubset(of: Set(kinds)))
    }

    @Test func readsLikeARealPlan() {
        #expect(actions.filter { !$0.measure.isEmpty }.count == actions.count)
        #expect(actions.filter { !$0.progress.isEmpty }.count >= actions.count * 3 / 4)
        #expect(actions.contains { $0.ref.hasSuffix(" P") })
        #expect(actions.contains { $0.text.count > 250 })
        #expect(actions.contains { !$0.notes.isEmpty })
    }

    @Test func historyRecordsBoardDecisionsIn2026() {
        let changes = actions.flatMap(\.history)
        #expect(actions.filter { !$0.history.isEmpty }.count >= 3)
        let start = Timestamp(day: Day(year: 2026, month: 1, day: 1)!)
        #expect(changes.allSatisfy { $0.at >= start && $0.at < Timestamp(day: today) })
        let ragWords = Set(RAG.allCases.map(\.word))
        for change in changes where change.field == .rag {
            #expect(ragWords.contains(change.from) && ragWords.contains(change.to))
        }
        #expect(changes.contains { $0.reason?.hasPrefix("Board agreed") == true })
        let meetings = Set(plan.meetings.map(\.id))
        let tagged = changes.compactMap(\.meeting) + actions.flatMap(\.notes).compactMap(\.meeting)
        #expect(!tagged.isEmpty && tagged.allSatisfy { meetings.contains($0) })
        for action in actions {
            #expect(action.history == action.history.sorted { $0.at < $1.at }, "\(action.ref) history out of order")
        }
    }

    @Test func roundTripsThroughThePlanFile() throws {
        #expect(try PlanFile.decode(PlanFile.encode(plan), path: "plan.json") == plan)
        #expect(ExamplePlan.make() == plan)
    }
}
