import Foundation
import Testing
@testable import PlanBoardCore

/// `export --since`: indicators', risks' and milestones' changes listed beside actions', each
/// with who and when, worded for a committee paper.
@Suite("Changes since: the framework")
struct FrameworkChangesTests {
    static let nov10 = Timestamp(day: Day(year: 2026, month: 11, day: 10)!, hour: 9, minute: 0)
    static let nov12 = Timestamp(day: Day(year: 2026, month: 11, day: 12)!, hour: 14, minute: 5)
    static let since = Day(year: 2026, month: 11, day: 1)!

    /// The report fixture with an indicator imported and then changed, a risk whose residual level
    /// the board lowered, and a milestone completed, all after `since`.
    static func plan() throws -> Plan {
        var plan = ReportFixtures.plan
        let sheet = "Ref,Indicator,Unit,Period,Actual,Target\nPI3,Carers feeling supported,%,2022/23,29.6%,30%\n"
        plan = try FrameworkImporter.importInto(plan, csv: Array(sheet.utf8),
                                                stamp: .init(at: nov10, who: "Officer", sourceName: "pi.csv")).plan
        let updated = sheet + "PI3,Carers feeling supported,%,2023/24,31.6%,35%\nPI3,Carers feeling supported,%,2024/25,n/a,\n"
        plan = try FrameworkImporter.importInto(plan, csv: Array(updated.utf8),
                                                stamp: .init(at: nov12, who: "Officer", sourceName: "pi.csv")).plan
        let bands = plan.riskBands
        let before = RiskLevel(likelihood: 3, impact: 3), after = RiskLevel(likelihood: 2, impact: 3)
        plan.risks = [Risk(id: .init("r1"), ref: "R1", title: "Short breaks fund not renewed", residual: after,
                           history: [Change(at: nov12, field: .residual, from: before.shortText(bands: bands),
                                            to: after.shortText(bands: bands), who: "Chair"),
                                     Change(at: nov12, field: .reviewDate, from: "March 2027", to: "June 2027", who: "Chair")])]
        plan.outcomes[0].actions[0].milestones = [Milestone(id: .init("m1"), text: "Launch survey", doneAt: nov12)]
        plan.outcomes[0].actions[0].history.append(Change(at: nov12, field: .milestone, from: "‘Launch survey’ open",
                                                          to: "‘Launch survey’ completed", who: "Chair"))
        return plan
    }

    @Test func indicatorRiskAndMilestoneChangesAreListedWithWhoAndWhen() throws {
        let changes = try Self.plan().changes(since: Self.since)
        // Oldest first; at the same time, actions' before indicators' before risks', each in plan order.
        #expect(changes.map(\.sentence) == [
            "PI3 Carers feeling supported: Indicator added",
            "1.1 Train staff | GPs in carer awareness: Milestone ‘Launch survey’ completed",
            "PI3 Carers feeling supported: 2023/24 actual 31.6% recorded",
            "PI3 Carers feeling supported: 2023/24 target 35% set",
            "PI3 Carers feeling supported: 2024/25 actual recorded as not yet available",
            "R1 residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk) to Likelihood 2 x Impact 3 = Risk Scoring 6 (Moderate)",
            "R1 review date changed from March 2027 to June 2027",
        ])
        #expect(changes.filter { $0.kind == .indicator }.allSatisfy { $0.who == "Officer" })
        #expect(changes.filter { $0.kind == .risk }.map(\.who) == ["Chair", "Chair"])
        #expect(changes.first?.change.at == Self.nov10)
    }

    @Test func figuresChangedOrRemovedAndOverridesAreWorded() {
        let words = { (field: Change.Field, from: String, to: String) in
            FrameworkChangeWords.indicator(Change(at: Self.nov12, field: field, from: from, to: to))
        }
        #expect(words(.actual, "2023/24: 30%", "2023/24: 31.6%") == "2023/24 actual changed from 30% to 31.6%")
        #expect(words(.actual, "2023/24: none", "2023/24: 31.6%") == "2023/24 actual 31.6% recorded")
        #expect(words(.stretch, "2023/24: 40%", "") == "2023/24 stretch target 40% removed")
        #expect(words(.indicatorStatus, "Off target", "Near target") == "Status overridden from Off target to Near target")
        #expect(words(.indicatorStatus, "Near target", "Off target (computed)") == "Status override cleared: Off target (computed)")
        #expect(words(.tolerance, "5%", "10%") == "Tolerance changed from 5% to 10%")
        #expect(words(.indicatorStatus, "Near target", "Off target \(IndicatorHistoryText.overrideLapsed)")
            == "Status override (Near target) lapsed: Off target as computed")
        #expect(FrameworkChangeWords.risk(Change(at: Self.nov12, field: .inherent, from: "", to: "L3 × I3 = 9 High"), bands: .standard)
            == "Inherent risk set to Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)")
    }

    @Test func theReportsListThemUnderAWiderHeading() throws {
        let plan = try Self.plan()
        let markdown = MarkdownReport.render(plan, today: ReportFixtures.today, options: ReportOptions(since: Self.since))
        #expect(markdown.contains("| Date | Ref | Action, indicator or risk | Change | By | Reason |"))
        #expect(markdown.contains("| 12 Nov 2026 | R1 | Short breaks fund not renewed | Residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk) to Likelihood 2 x Impact 3 = Risk Scoring 6 (Moderate) | Chair |  |"))
        #expect(markdown.contains("| PI3 | Carers feeling supported | 2023/24 actual 31.6% recorded | Officer |"))
        let html = HTMLReport.render(plan, today: ReportFixtures.today, options: ReportOptions(since: Self.since))
        #expect(html.contains("<th>Action, indicator or risk</th>"))
        #expect(html.contains("<td>Milestone ‘Launch survey’ completed</td>"))
        let json = PlanSummary(plan, today: ReportFixtures.today, options: ReportOptions(since: Self.since)).json
        #expect(json.contains("\"summary\" : \"2023/24 actual 31.6% recorded\""))
        #expect(json.contains("\"kind\" : \"risk\""))
    }

    @Test func theTextSummaryGivesTheFrameworksChangesAsSentences() throws {
        let text = PlanSummary(try Self.plan(), today: ReportFixtures.today, options: ReportOptions(since: Self.since)).text
        #expect(text.contains("  2026-11-12  PI3 Carers feeling supported: 2023/24 actual 31.6% recorded (Officer)"))
        // The text summary shortens a long sentence to its line.
        #expect(text.contains("  2026-11-12  R1 residual risk changed from Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk) to Likelihood 2 … (Chair)"))
        #expect(text.contains("  2026-11-12  1.1  Milestone ‘Launch survey’ completed (Chair)"))
    }

    @Test func aPlanWithOnlyActionChangesKeepsItsHeading() {
        let markdown = MarkdownReport.render(ReportFixtures.plan, today: ReportFixtures.today,
                                             options: ReportOptions(since: Day(year: 2026, month: 9, day: 1)!))
        #expect(markdown.contains("| Date | Ref | Action | Change |"))
    }
}
