import Foundation
import Testing
@testable import PlanBoardCore

/// Code written once and shared: the detail panes' history, the summary's JSON nulls, and the
/// merge's rule that done in one copy is done.
@Suite("One definition each")
struct SharedDefinitionTests {
    static let at = Timestamp(day: Day(year: 2026, month: 11, day: 12)!, hour: 14, minute: 5)

    static func state() -> BoardState {
        var plan = ReportFixtures.plan
        plan.meetings = [Meeting(id: .init("m1"), title: "Partnership board", date: Day(year: 2026, month: 11, day: 12)!, startedAt: Self.at)]
        let change = { (field: Change.Field, from: String, to: String) in
            Change(at: at, field: field, from: from, to: to, reason: "Agreed at board", meeting: .init("m1"), who: "Sam Patel")
        }
        plan.indicators = [Indicator(id: .init("i1"), ref: "PI3", name: "Carers feeling supported",
                                     history: [change(.actual, "", "2023/24: 31.6%")])]
        plan.risks = [Risk(id: .init("r1"), ref: "R1", title: "Fund not renewed",
                           history: [change(.residual, "L3 × I3 = 9 High", "L2 × I3 = 6 Moderate")])]
        plan.outcomes[0].actions[0].history = [change(.rag, "Red", "Amber")]
        return BoardState(plan: plan, fileName: "plan.json", size: Size(width: 120, height: 36), today: ReportFixtures.today)
    }

    static func history(_ lines: [StyledLine]) -> [String] {
        let text = lines.map { $0.map(\.text).joined() }
        return Array(text[(text.firstIndex(of: "History") ?? text.count)...])
    }

    @Test func indicatorAndRiskPanesLayOutHistoryAlike() {
        let state = Self.state()
        #expect(Self.history(IndicatorDetailText.lines(for: state.plan.indicators[0], in: state, width: 100)) == [
            "History", "  12 Nov 2026 14:05 · Sam Patel", "    Value 2023/24: 31.6% (meeting of 12 Nov 2026)", "    “Agreed at board”",
        ])
        #expect(Self.history(RiskDetailText.lines(for: state.plan.risks[0], in: state, width: 100)) == [
            "History", "  12 Nov 2026 14:05 · Sam Patel",
            "    Residual risk L3 × I3 = 9 High → L2 × I3 = 6 Moderate (meeting of 12 Nov 2026)", "    “Agreed at board”",
        ])
    }

    @Test func theActionPaneKeepsItsOneLineEntries() {
        let state = Self.state()
        #expect(Self.history(DetailText.lines(for: state.plan.outcomes[0].actions[0], in: state, width: 100)) == [
            "History", "  12 Nov 2026 14:05 · Sam Patel  RAG Red → Amber (meeting of 12 Nov 2026)", "    “Agreed at board”",
        ])
    }

    @Test func nilFieldsAreWrittenAsNull() throws {
        let risk = FrameworkSummary.RiskLine(ref: "R1", title: "Fund", inherent: nil,
                                             residual: .init(likelihood: 2, impact: 3, score: 6, band: "Moderate"), planned: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(risk), as: UTF8.self)
        #expect(json == #"{"inherent":null,"planned":null,"ref":"R1","residual":{"band":"Moderate","impact":3,"likelihood":2,"score":6},"title":"Fund"}"#)
    }

    @Test func doneInOneCopyIsDoneAndDoneInBothTheEarlierStands() {
        let early = Timestamp(day: Day(year: 2026, month: 11, day: 1)!), late = Self.at
        let open = RecordStamp(Milestone(id: .init("m1"), text: "Launch survey"))
        let doneEarly = RecordStamp(Milestone(id: .init("m1"), text: "Launch survey", doneAt: early, doneBy: "Chair"))
        let doneLate = RecordStamp(Milestone(id: .init("m1"), text: "Launch survey", doneAt: late, doneBy: "Officer"))
        #expect(RecordStamp.recorded(open, doneLate) == doneLate)
        #expect(RecordStamp.recorded(doneLate, open) == doneLate)
        #expect(RecordStamp.recorded(doneLate, doneEarly) == doneEarly)
        #expect(RecordStamp.recorded(doneEarly, doneLate) == doneEarly)
        // An indicator's period is stamped by the same rule.
        let entered = RecordStamp(IndicatorPeriod(period: "2023/24", actual: 31.6, enteredAt: early, who: "Chair"))
        #expect(RecordStamp.recorded(RecordStamp(IndicatorPeriod(period: "2023/24")), entered) == entered)
    }
}
