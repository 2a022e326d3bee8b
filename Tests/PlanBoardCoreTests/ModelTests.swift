import Foundation
import Testing
@testable import PlanBoardCore

@Suite struct ModelTests {
    @Test func actionsAreFoundByIdWhereverTheyAre() {
        let plan = Fixtures.plan()
        #expect(plan.position(of: "a6") == Plan.Position(outcome: 1, action: 1))
        #expect(plan.action("a3")?.ref == "1.3")
        #expect(plan.action("nope") == nil)
        #expect(plan.allActions.count == 6)
    }

    @Test func newIdsFollowTheHighestInUse() {
        var plan = Fixtures.plan()
        #expect(plan.nextActionID() == "a7")
        plan.outcomes[0].actions.append(Fixtures.action("a41", "1.9", "Later"))
        #expect(plan.nextActionID() == "a42")
        #expect(plan.nextOutcomeID() == "o4")
    }

    @Test func leadsAreLookedUpByInitialsIgnoringCaseAndSpaces() {
        let plan = Fixtures.plan()
        #expect(plan.lead(initials: " cc ")?.name == "Carers Centre")
        #expect(plan.lead(initials: "ED") == nil)
    }

    @Test func removedActionsLeaveTheBoardButStayInThePlan() {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[1].removal = Removal(at: Fixtures.now, reason: "Now in the young carers work stream")
        #expect(plan.outcomes[0].activeActions.map(\.ref) == ["1.1", "1.3", "1.4"])
        let state = Fixtures.state(plan)
        #expect(state.lanes[0].cards.count == 3)
        #expect(state.totals.total == 5)
    }

    @Test func aHandWrittenActionNeedsOnlyIdRefAndText() throws {
        let json = #"{"schemaVersion": 1, "title": "T", "outcomes": [{"id": "o1", "title": "O", "actions": [{"id": "a1", "ref": "1.1", "text": "Do the thing"}]}]}"#
        let action = try PlanFile.decode(Array(json.utf8), path: "plan.json").outcomes[0].actions[0]
        #expect(action.rag == .unrated)
        #expect(action.status == .notStarted)
        #expect(action.leads.isEmpty && action.history.isEmpty && action.removal == nil)
    }

    @Test func ratingsReadAsWordsAndLetters() {
        #expect(RAG.allCases.map(\.word) == ["Red", "Amber", "Green", "Blue", "Not rated"])
        #expect(RAG.allCases.map(\.letter) == ["R", "A", "G", "B", "·"])
        #expect(RAGBadge.text(.amber) == "A ●")
        #expect(RAGBadge.text(.blue) == "B ●")
        #expect(RAGBadge.text(.unrated) == "· ○")
    }

    @Test func undoHistoryKeepsAtMostItsLimit() {
        var history = UndoHistory(limit: 3)
        var plan = Fixtures.plan()
        for n in 0..<5 {
            plan.title = "v\(n)"
            history.record(plan, selection: nil, summary: "change \(n)")
        }
        #expect(history.past.map(\.plan.title) == ["v2", "v3", "v4"])
    }
}
