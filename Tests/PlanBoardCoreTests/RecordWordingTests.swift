import Foundation
import Testing
@testable import PlanBoardCore

/// The small agreements: every `summary --json` change has a kind and a summary, and the detail
/// pane tells two meetings of one day apart as the minutes and import report do.
@Suite struct RecordWordingTests {
    @Test func everyChangeInTheJSONSummaryHasAKindAndASummary() throws {
        let plan = try FrameworkChangesTests.plan()
        var withWorkstream = plan
        withWorkstream.outcomes[0].history.append(Change(at: FrameworkChangesTests.nov12, field: .milestone, from: "",
                                                         to: "‘Charter published’ completed", who: "Chair"))
        withWorkstream.outcomes[0].actions[0].history.append(Change(at: FrameworkChangesTests.nov12, field: .rag,
                                                                    from: "Amber", to: "Green", who: "Chair"))
        let json = PlanSummary(withWorkstream, today: ReportFixtures.today, options: ReportOptions(since: FrameworkChangesTests.since)).json
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let changes = try #require(document["changes"] as? [[String: Any]])
        #expect(!changes.isEmpty)
        #expect(changes.allSatisfy { $0["kind"] is String && $0["summary"] is String }, "\(changes)")
        #expect(changes.contains { $0["kind"] as? String == "workstream" && $0["summary"] as? String == "Milestone ‘Charter published’ completed" })
        #expect(changes.contains { $0["kind"] as? String == "action" && $0["summary"] as? String == "RAG: Amber → Green" })
    }

    @Test func theDetailPaneTellsTwoMeetingsOfOneDayApart() {
        var plan = ExamplePlan.make()
        let day = Fixtures.today
        plan.meetings = [
            Meeting(id: "m1", title: "Board", date: day, startedAt: Timestamp(day: day, hour: 10, minute: 0)),
            Meeting(id: "m2", title: "Carers forum", date: day, startedAt: Timestamp(day: day, hour: 14, minute: 30)),
        ]
        #expect(DetailText.meetingName("m2", in: plan) == "meeting of \(day.shortText) at 14:30, ‘Carers forum’")
        plan.meetings.removeFirst()
        #expect(DetailText.meetingName("m2", in: plan) == "meeting of \(day.shortText)")
    }
}
