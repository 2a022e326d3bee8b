import Foundation
import Testing
@testable import PlanBoardCore

/// An overridden indicator status is marked as such in every report (`G*`, with a footnote giving
/// the board's reason and the computed status) and in `summary --json` (`computedStatus`, `override`).
@Suite("Overridden status in the reports")
struct FrameworkOverrideReportTests {
    /// NI135's figures say near target (32.2% against 33%); the board overrode it to on target.
    static var plan: Plan {
        var plan = FrameworkReportTests.plan
        plan.indicators[0].statusOverride = IndicatorStatusOverride(
            status: .onTarget, reason: "Survey revised upwards", at: Timestamp(day: Day(year: 2026, month: 11, day: 20)!, hour: 10, minute: 0),
            who: "Jo Baird")
        return plan
    }

    static let note = "* NI135: overridden to On target on 20 Nov 2026 by Jo Baird: Survey revised upwards. "
        + "Computed: A Near target (32.2% against 33%)."

    @Test func theHTMLMarksTheOverrideAndFootnotesItsReasonAndTheComputedStatus() {
        let html = HTMLReport.render(Self.plan, today: FrameworkReportTests.today)
        #expect(html.contains("<span class=\"rag rag-green\">G* On target</span>"))
        #expect(html.contains("<li>\(Self.note)</li>"))
        #expect(html.contains("<span class=\"rag rag-unrated\">· No data</span>"), "PI2 is not overridden: no star")
        let plain = HTMLReport.render(FrameworkReportTests.plan, today: FrameworkReportTests.today)
        #expect(!plain.contains("overridden to"))
    }

    @Test func theMarkdownAndWordSayTheSame() {
        let md = MarkdownReport.render(Self.plan, today: FrameworkReportTests.today)
        #expect(md.contains("| 33% | G* On target | ↑ better |"))
        #expect(md.contains("\\" + Self.note))
        let body = DocxReport.body(Self.plan, today: FrameworkReportTests.today, options: ReportOptions())
        #expect(body.contains("G* On target"))
        #expect(body.contains(Self.note))
    }

    @Test func theSummaryJSONGivesTheComputedStatusAndTheOverride() throws {
        let indicators = try #require(try FrameworkSummaryTests.json(Self.plan)["indicators"] as? [[String: Any]])
        #expect(indicators[0]["status"] as? String == "on-target")
        #expect(indicators[0]["computedStatus"] as? String == "near-target")
        #expect(FrameworkSummaryTests.pairs(indicators[0]["override"]) == "reason=Survey revised upwards status=on-target")
        #expect(indicators[1]["computedStatus"] as? String == "no-data")
        #expect(indicators[1]["override"] is NSNull)
    }
}
