import Foundation
import Testing
@testable import PlanBoardCore

/// The framework's sections in the HTML, Markdown and Word reports: after the actions, escaped,
/// in the committee-report form, and absent for a plan without a framework.
@Suite("Framework report sections")
struct FrameworkReportTests {
    /// The report fixture with two indicators, two risks and milestones on 1.1, with markup and
    /// pipes in the text to be escaped.
    static var plan: Plan {
        var plan = ReportFixtures.plan
        plan.indicators = [
            Indicator(id: .init("i1"), ref: "NI135", name: "Carers <assessed> | reviewed", unit: .percentage,
                      baseline: IndicatorBaseline(period: "2006/7", value: 29.1),
                      periods: [IndicatorPeriod(period: "2007/8", target: 31, actual: 31.6),
                                IndicatorPeriod(period: "2008/9", target: 33, actual: 32.2),
                                IndicatorPeriod(period: "2009/10", target: 35.5)]),
            Indicator(id: .init("i2"), ref: "PI2", name: "Carers who feel supported", unit: .percentage, frequency: .biennial,
                      periods: [IndicatorPeriod(period: "2025/26", target: 36, notAvailable: true)]),
        ]
        plan.risks = [
            Risk(id: .init("r1"), ref: "R1", title: "Funding <b>not</b> renewed", category: "Financial", owner: "HSCP",
                 inherent: RiskLevel(likelihood: 3, impact: 3), residual: RiskLevel(likelihood: 3, impact: 2),
                 planned: RiskLevel(likelihood: 2, impact: 2), mitigation: "Bid to the IJB", actions: [.init("a1"), .init("a4")],
                 recommendation: "Accept the residual risk", reviewDate: "March 2026"),
            Risk(id: .init("r2"), title: "Not yet assessed"),
        ]
        plan.outcomes[0].actions[0].milestones = [
            Milestone(id: .init("m1"), text: "Draft to the board", due: "June 2026"),
            Milestone(id: .init("m2"), text: "Training booked", due: "March 2026",
                      doneAt: Timestamp(day: Day(year: 2026, month: 3, day: 2)!)),
        ]
        return plan
    }

    static let today = ReportFixtures.today

    @Test func theHTMLReportGainsTheSectionsAfterTheActions() throws {
        let html = HTMLReport.render(Self.plan, today: Self.today)
        let actions = try #require(html.range(of: "id=\"outcome-3\""))
        let indicators = try #require(html.range(of: "<h2>Performance indicators</h2>"))
        let risks = try #require(html.range(of: "<h2>Risk assessment</h2>"))
        let milestones = try #require(html.range(of: "<h2>Milestones</h2>"))
        #expect(actions.lowerBound < indicators.lowerBound && indicators.lowerBound < risks.lowerBound
            && risks.lowerBound < milestones.lowerBound)
        #expect(html.contains("<tr><td>NI135</td><td>Carers &lt;assessed&gt; | reviewed</td><td>29.1% (2006/7)</td>"
            + "<td>32.2% (2008/9)</td><td>33%</td><td><span class=\"rag rag-amber\">A Near target</span></td>"
            + "<td>↑ better</td><td>2009/10</td></tr>"))
        #expect(html.contains("<td>PI2</td><td>Carers who feel supported</td><td></td><td>not yet available (2025/26)</td><td>36%</td>"
            + "<td><span class=\"rag rag-unrated\">· No data</span></td>"))
        #expect(html.contains("<h3>R1 Funding &lt;b&gt;not&lt;/b&gt; renewed</h3>"))
        #expect(html.contains("<dt>Inherent Risk Level:</dt><dd>Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)</dd>"))
        #expect(html.contains("<dt>Mitigating actions:</dt><dd>Bid to the IJB<br>Linked actions: 1.1, 2.1</dd>"))
        #expect(html.contains("<dt>Residual Risk Level:</dt><dd>Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)</dd>"))
        #expect(html.contains("<dt>Planned Risk Level:</dt><dd>Likelihood 2 x Impact 2 = Risk Scoring 4 (Moderate)</dd>"))
        #expect(html.contains("<dt>Approval recommendation:</dt><dd>Accept the residual risk</dd>"))
        #expect(html.contains("Review: March 2026 (past its review date)"))
        #expect(html.contains("<dt>Residual Risk Level:</dt><dd>Not assessed</dd>"))
        // June 2026 has passed on 23 November 2026 and the milestone is open.
        #expect(html.contains("<tr class=\"overdue\"><td>1.1</td><td>Train staff | GPs in carer awareness</td><td>Draft to the board</td>"
            + "<td>June 2026</td><td>Overdue</td></tr>"))
        #expect(html.contains("<td>Training booked</td><td>March 2026</td><td>Done 2 Mar 2026</td>"))
        #expect(!html.contains("<b>not</b>"))
    }

    @Test func eachIndicatorGetsAnAccessibleTrendWithItsTargetDashed() throws {
        let html = HTMLReport.render(Self.plan, today: Self.today)
        let svg = try #require(IndicatorTrendChart.svg(Self.plan.indicators[0], id: "trend-1"))
        #expect(html.contains(svg))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"trend-1-title trend-1-desc\""))
        #expect(svg.contains("<title id=\"trend-1-title\">Trend of Carers &lt;assessed&gt; | reviewed against its target</title>"))
        #expect(svg.contains("<desc id=\"trend-1-desc\">Values: 2007/8 31.6%, 2008/9 32.2%. Targets: 2007/8 31%, 2008/9 33%, 2009/10 35.5%.</desc>"))
        // Values solid over the first two periods, targets dashed over all three, scaled 31–35.5.
        #expect(svg.contains("<polyline class=\"values\" fill=\"none\" stroke=\"#1f3b5c\" stroke-width=\"2\" points=\"8,54.8 130,47.6\"/>"))
        #expect(svg.contains("stroke-dasharray=\"5 3\" points=\"8,62 130,38 252,8\"/>"))
        // No values and no targets: no chart.
        #expect(IndicatorTrendChart.svg(Indicator(id: .init("i9"), name: "Empty"), id: "x") == nil)
    }

    @Test func theMarkdownReportGainsTheSameSectionsEscaped() throws {
        let md = MarkdownReport.render(Self.plan, today: Self.today)
        #expect(md.contains("## Performance indicators\n\n| Ref | Indicator | Baseline | Latest | Target | Status | Trend | Next due |"))
        #expect(md.contains("| NI135 | Carers &lt;assessed> \\| reviewed | 29.1% (2006/7) | 32.2% (2008/9) | 33% | A Near target | ↑ better | 2009/10 |"))
        #expect(md.contains("### R1 Funding &lt;b>not&lt;/b> renewed\n\n_Category: Financial · Owner: HSCP · Review: March 2026 (past its review date)_"))
        #expect(md.contains("**Inherent Risk Level:** Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)"))
        #expect(md.contains("**Mitigating actions:** Bid to the IJB<br>Linked actions: 1.1, 2.1"))
        #expect(md.contains("| 1.1 | Train staff \\| GPs in carer awareness | Draft to the board | June 2026 | **Overdue** |"))
        let indicators = try #require(md.range(of: "## Performance indicators")).lowerBound
        let lastAction = try #require(md.range(of: "| 2.2 | Respite review")).lowerBound
        #expect(lastAction < indicators)
    }

    @Test func theWordReportGainsTheSectionsAndStillReadsBackToTheSamePlan() throws {
        let body = DocxReport.body(Self.plan, today: Self.today, options: ReportOptions())
        #expect(body.contains("Performance indicators"))
        #expect(body.contains("A Near target"))
        #expect(body.contains("Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)"))
        #expect(body.contains("Approval recommendation: "))
        #expect(body.contains("Risk assessment"))
        #expect(!body.contains("<svg"))
        let table = try OfficeImporter.read(DocxReport.render(Self.plan, today: Self.today), expected: .word)
        let back = try OfficeImporter.importPlan(table, options: ImportOptions())
        #expect(PlanTableView(back.plan) == PlanTableView(Self.plan))
    }

    @Test func aPlanWithoutAFrameworkGetsNoneOfTheSections() {
        let plan = ReportFixtures.plan
        for text in [HTMLReport.render(plan, today: Self.today), MarkdownReport.render(plan, today: Self.today),
                     DocxReport.body(plan, today: Self.today, options: ReportOptions())] {
            #expect(!text.contains("Performance indicators"))
            #expect(!text.contains("Risk assessment"))
            #expect(!text.contains("Milestones"))
        }
    }
}
