import Foundation
import Testing
@testable import PlanBoardCore

/// One rule for band words: every output words a level from likelihood × impact with the plan's
/// current bands; and a change of the bands in a meeting is recorded (file, merge) and minuted.
@Suite struct RiskBandsRecordTests {
    /// A meeting on the example that lowers R1's residual level, then changes the bands with `b`.
    static func meeting() throws -> (BoardState, Meeting.ID) {
        var state = BoardState(plan: ExamplePlan.make(), fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        state.author = "Morag Chair"
        startMeeting(&state, title: "Partnership board")
        let meeting = try #require(state.runningMeeting).id
        send(&state, .risk(.open), .risk(.changeLevel), .risk(.chooseLevel(.residual)))
        send(&state, .editText(.lineStart), .editText(.deleteToLineEnd))
        type(&state, "2 3")
        send(&state, .submit, .risk(.editBands))
        RiskBandsKeyTests.answer(&state, "1-4 Low, 5-9 Moderate, 10-16 High, 20-25 Very high")
        return (state, meeting)
    }

    @Test func aBandChangeInAMeetingIsRecordedAndUndone() throws {
        var (state, meeting) = try Self.meeting()
        let entry = try #require(state.plan.riskBandsHistory.last)
        #expect(entry.field == .riskBands && entry.meeting == meeting && entry.who == "Morag Chair")
        #expect(entry.from == "1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Very high")
        #expect(entry.to == "1-4 Low, 5-9 Moderate, 10-16 High, 20-25 Very high")
        send(&state, .undo)
        #expect(state.plan.riskBandsHistory.isEmpty && state.plan.customRiskBands == nil)
    }

    @Test func theMinutesRecordTheBandsAndWordEveryLevelWithTheNewOnes() throws {
        var (state, meeting) = try Self.meeting()
        send(&state, .risk(.back), .startOrEndMeeting, .endMeetingConfirmed)
        let minutes = try #require(MinutesReport.markdown(state.plan, meeting: meeting, today: Fixtures.today))
        #expect(minutes.contains("- **Risk scoring:** Risk bands changed from 1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Very high "
            + "to 1-4 Low, 5-9 Moderate, 10-16 High, 20-25 Very high, by Morag Chair"), "\(minutes)")
        // The entry was written "L3 × I3 = 9 High" with the bands of the time; 9 is Moderate now.
        #expect(minutes.contains("Residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (Moderate) to "
            + "Likelihood 2 x Impact 3 = Risk Scoring 6 (Moderate)"), "\(minutes)")
        #expect(!minutes.contains("(High Risk)"), "no old band words beside the new ones")
        let changes = state.plan.changes(since: Fixtures.today).map(\.sentence)
        #expect(changes.contains("Risk register: Risk bands changed from 1-3 Low, 4-6 Moderate, 8-12 High, 15-25 Very high "
            + "to 1-4 Low, 5-9 Moderate, 10-16 High, 20-25 Very high"), "\(changes)")
        #expect(minutes.contains("2 changes to the risk register"), "\(minutes)")
    }

    @Test func changesSinceAndTheBoardWordAStoredLevelWithTodaysBands() throws {
        var plan = ExamplePlan.make()
        let at = Timestamp(day: Fixtures.today, hour: 9, minute: 0)
        plan.risks[0].history.append(Change(at: at, field: .residual, from: "L2 × I2 = 4 Low", to: "L3 × I2 = 6 Medium", who: "Chair"))
        let since = ReportOptions(since: Fixtures.today)
        let markdown = MarkdownReport.render(plan, today: Fixtures.today, options: since)
        #expect(markdown.contains("Residual risk changed from Likelihood 2 x Impact 2 = Risk Scoring 4 (Moderate) to "
            + "Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)"), "\(markdown)")
        #expect(!markdown.contains("Medium") && !markdown.contains("4 (Low)"))
        let json = PlanSummary(plan, today: Fixtures.today, options: since).json
        #expect(json.contains("Risk Scoring 6 (Moderate)"))

        var state = BoardState(plan: plan, fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        send(&state, .risk(.open))
        let text = RiskDetailText.lines(for: plan.risks[0], in: state, width: 100).map { $0.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("L2 × I2 = 4 Moderate → L3 × I2 = 6 Moderate"), "\(text)")
        #expect(!text.contains("Medium"))
    }

    @Test func theBandsHistoryIsKeptInTheFileAndOlderFilesRead() throws {
        var plan = ExamplePlan.make()
        let at = Timestamp(day: Fixtures.today, hour: 9, minute: 0)
        plan.riskBandsHistory = [Change(at: at, field: .riskBands, from: "1-3 Low, 4-25 High", to: "1-9 Low, 10-25 High",
                                        meeting: Meeting.ID("m1"), who: "Chair")]
        let bytes = PlanFile.encode(plan)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"riskBandsHistory\""))
        #expect(try PlanFile.decode(bytes, path: "plan.json") == plan)
        let older = PlanFile.encode(ExamplePlan.make())
        #expect(!String(decoding: older, as: UTF8.self).contains("riskBandsHistory"))
        #expect(try PlanFile.decode(older, path: "plan.json").riskBandsHistory.isEmpty)
    }

    @Test func mergeKeepsTheBandChangesOfBothCopies() {
        let base = ExamplePlan.make()
        var ours = base, theirs = base
        let at = Timestamp(day: Fixtures.today, hour: 9, minute: 0)
        ours.riskBandsHistory = [Change(at: at, field: .riskBands, from: "a", to: "b", who: "Ours")]
        theirs.riskBandsHistory = [Change(at: Timestamp(day: Fixtures.today, hour: 10, minute: 0), field: .riskBands, from: "a", to: "c", who: "Theirs")]
        let merged = PlanMerge.merge(base: base, ours: ours, theirs: theirs, at: at)
        #expect(merged.plan.riskBandsHistory.map(\.who) == ["Ours", "Theirs"])
    }
}
