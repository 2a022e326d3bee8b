import Testing
@testable import PlanBoardCore

/// A meeting on the example that changes R1's residual level with a reason and completes a milestone of 3.1.
private func meetingPlan() throws -> (Plan, Meeting.ID) {
    var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
    startMeeting(&state, title: "Partnership board")
    let meeting = try #require(state.runningMeeting).id
    send(&state, .risk(.open), .risk(.changeLevel), .risk(.chooseLevel(.residual)))
    send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
    type(&state, "2 3")
    send(&state, .submit, .giveReason)
    type(&state, "Bid agreed in principle")
    send(&state, .submit, .risk(.back), .jumpToRef)
    type(&state, "3.1")
    send(&state, .submit, .milestone(.open), .milestone(.pick(offset: 2)), .milestone(.toggleDone), .milestone(.back))
    send(&state, .startOrEndMeeting, .endMeetingConfirmed)
    #expect(state.plan.meetings.first { $0.id == meeting }?.endedAt != nil, "the meeting was kept")
    return (state.plan, meeting)
}

@Suite struct RiskMinutesTests {
    static let line = "R1 Short Breaks Fund not renewed after March 2027: Residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk) to Likelihood 2 x Impact 3 = Risk Scoring 6 (Moderate). Reason: Bid agreed in principle"

    @Test func markdownHasTheRiskSectionAndTheMilestone() throws {
        let (plan, meeting) = try meetingPlan()
        let minutes = try #require(MinutesReport.markdown(plan, meeting: meeting, today: Fixtures.today))
        #expect(minutes.contains("## 6. Risk register"), "\(minutes)")
        #expect(minutes.contains("- **R1 Short Breaks Fund not renewed after March 2027:** Residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk) to Likelihood 2 x Impact 3 = Risk Scoring 6 (Moderate). Reason: Bid agreed in principle"), "\(minutes)")
        #expect(minutes.contains("- **Milestone:** ‘Evaluation report to the partnership’ completed"), "\(minutes)")
        #expect(minutes.contains("## 7. New and removed actions"), "numbering continues after the risks")
        #expect(minutes.contains("actions not reached; 1 change to the risk register."), "\(minutes)")
    }

    @Test func htmlAndWordCarryTheSameWords() throws {
        let (plan, meeting) = try meetingPlan()
        let html = try #require(MinutesReport.html(plan, meeting: meeting, today: Fixtures.today))
        #expect(html.contains("<h2>6. Risk register</h2>"))
        #expect(html.contains("Residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk) to Likelihood 2 x Impact 3 = Risk Scoring 6 (Moderate). Reason: Bid agreed in principle"))
        #expect(html.contains("‘Evaluation report to the partnership’ completed"))
        let docx = try #require(DocxMinutes.render(plan, meeting: meeting, today: Fixtures.today))
        let document = try DocxReportTests.part(docx, "word/document.xml")
        #expect(DocxReportTests.paragraphs(document, style: "Heading1").contains("6. Risk register"))
        let lines = DocxMinutesTests.lines(document)
        #expect(lines.contains(Self.line))
        #expect(lines.contains("Milestone: ‘Evaluation report to the partnership’ completed"))
    }

    @Test func aMeetingThatChangedNoRiskHasNoRiskSection() throws {
        let minutes = try #require(MinutesReport.markdown(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: MinutesFixtures.today))
        #expect(!minutes.contains("Risk register"))
    }

    @Test func twoChangesOfOneLevelInAMeetingAreOneLine() {
        var risk = ExamplePlan.make().risks[0]
        let m = Meeting.ID("m2")
        risk.history = [
            Change(at: Fixtures.now, field: .residual, from: "L3 × I3 = 9 High", to: "L3 × I2 = 6 Moderate", meeting: m),
            Change(at: Fixtures.now, field: .residual, from: "L3 × I2 = 6 Moderate", to: "L2 × I2 = 4 Moderate", meeting: m),
            Change(at: Fixtures.now, field: .reviewDate, from: "February 2027", to: "May 2027", meeting: Meeting.ID("m1")),
        ]
        var plan = ExamplePlan.make()
        plan.risks = [risk]
        plan.meetings.append(Meeting(id: m, title: "Board", date: Fixtures.today, startedAt: Fixtures.now))
        let record = try! #require(MeetingRecord(plan: plan, meeting: m))
        #expect(record.riskMinutes == [RiskMinute(risk: "R1 Short Breaks Fund not renewed after March 2027",
                                                   text: "Residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk) to Likelihood 2 x Impact 2 = Risk Scoring 4 (Moderate)")])
    }
}
