import Foundation
import Testing
@testable import PlanBoardCore

@Suite("PlanSummary")
struct PlanSummaryTests {
    let summary = PlanSummary(ReportFixtures.plan, today: ReportFixtures.today,
                              options: ReportOptions(since: Day(year: 2026, month: 10, day: 1)!))

    @Test func aBRAGPlanGetsABlueColumnAndOthersDoNot() throws {
        let brag = PlanSummary(try ImportSheets.importing("brag.csv").plan, today: ReportFixtures.today)
        #expect(brag.rag.blue == 2)
        let header = try #require(brag.text.split(separator: "\n").first { $0.contains("Outcome") && $0.contains("Red") })
        let words = header.split(separator: " ")
        #expect(words.firstIndex(of: "Green")! + 1 == words.firstIndex(of: "Blue"), "Blue comes after Green")
        #expect(brag.text.contains("2 Blue"))
        #expect(!summary.text.contains("Blue"))
    }

    @Test func countsRAGAndStatusPerOutcomeWithoutRemovedActions() {
        #expect(summary.actions == 4)
        #expect(summary.removed == 1)
        #expect(summary.perOutcome.map(\.actions) == [2, 2, 0])
        #expect(summary.perOutcome[1].rag.red == 1)
        #expect(summary.perOutcome[1].rag.unrated == 1)
        #expect(summary.perOutcome[1].status["delayed"] == 1)
        #expect(summary.overdue.map(\.ref) == ["1.1", "2.2"])
        #expect(summary.dueSoon.map(\.ref) == ["1.5 P"])
        #expect(summary.changes.count == 1)
    }

    @Test func theJSONFormHasTheKeysScriptsRelyOn() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.json.utf8)) as? [String: Any])
        #expect(object["outcomes"] as? Int == 3)
        #expect(object["actions"] as? Int == 4)
        let rag = try #require(object["rag"] as? [String: Int])
        #expect(rag == ["red": 1, "amber": 1, "green": 1, "blue": 0, "unrated": 1])
        let perOutcome = try #require(object["perOutcome"] as? [[String: Any]])
        #expect(perOutcome.map { $0["title"] as? String } == ["Carers are identified & heard",
                                                              "Carers have a life alongside caring", "Young carers are supported"])
        #expect(perOutcome.map { $0["actions"] as? Int } == [2, 2, 0])
        #expect((perOutcome[0]["rag"] as? [String: Int]) == ["red": 0, "amber": 1, "green": 1, "blue": 0, "unrated": 0])
        #expect(object["overdue"] as? Int == 2)
        #expect(object["dueSoon"] as? Int == 1)
        #expect((object["changes"] as? [Any])?.count == 1)
    }

    @Test func theTextFormNamesOverdueActionsAndChanges() {
        let text = summary.text
        #expect(text.contains("4 actions in 3 outcomes: 1 Red, 1 Amber, 1 Green, 1 not rated. 2 overdue, 1 due soon; 1 removed."))
        #expect(text.contains("Overdue:\n  1.1  March 2026  Train staff | GPs in carer awareness"))
        #expect(text.contains("Changes since 1 October 2026: 1"))
        #expect(text.contains("RAG: Red → Amber"))
    }
}
