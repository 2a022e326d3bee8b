import Testing
@testable import PlanBoardCore

@Suite("MarkdownReport")
struct MarkdownReportTests {
    @Test func matchesTheGoldenReport() {
        let report = MarkdownReport.render(ReportFixtures.plan, today: ReportFixtures.today,
                                           options: ReportOptions(since: Day(year: 2026, month: 10, day: 1)!))
        let golden = """
            # Northshire Carers &lt;Delivery> Plan

            Northshire Carers Partnership · 2025–2028

            Report date: 23 November 2026

            **4 actions:** 1 Red, 1 Amber, 1 Green, 1 not rated. 2 overdue, 1 due in the next 42 days.

            ## Outcome 1: Carers are identified & heard

            _Carers know their rights._

            2 actions: 0 Red, 1 Amber, 1 Green, 0 not rated.

            ### 1.1 Identify carers

            | Ref | Action | Lead | Deadline | RAG | Progress |
            | --- | --- | --- | --- | --- | --- |
            | 1.1 | Train staff \\| GPs in carer awareness | CC, NHS | March 2026 **(overdue)** | Amber | Six practices done<br>Two booked |
            | 1.5 P | Carers week &lt;script>alert(1)&lt;/script> | CC / SW | December 2026 (due soon) | Green |  |

            ## Outcome 2: Carers have a life alongside caring

            2 actions: 1 Red, 0 Amber, 0 Green, 1 not rated.

            | Ref | Action | Lead | Deadline | RAG | Progress |
            | --- | --- | --- | --- | --- | --- |
            | 2.1 | Short breaks fund | SW | On-going | Not rated |  |
            | 2.2 | Respite review | SW | Autumn 2025 **(overdue)** | Red |  |

            ## Outcome 3: Young carers are supported

            No actions.

            ## Changes since 1 October 2026

            | Date | Ref | Action | Change | Reason |
            | --- | --- | --- | --- | --- |
            | 5 Oct 2026 | 1.1 | Train staff \\| GPs in carer awareness | RAG: Red → Amber | Training restarted |

            """
        #expect(report == golden)
    }

    @Test func eachPriorityAreaGetsItsHeadingAndTable() throws {
        let plan = try ImportSheets.importing("carers-delivery-plan.csv").plan
        let report = MarkdownReport.render(plan, today: ReportFixtures.today)
        let headings = report.split(separator: "\n").filter { $0.hasPrefix("### ") }
        #expect(headings.prefix(3) == ["### 1.1 Find carers early, wherever they first meet services",
                                       "### 1.2 Involve carers as equal partners in planning",
                                       "### 1.3 Make sure carers who are not online still hear about support"])
        #expect(headings.count == 9)
        // The area's actions follow its heading, in plan order.
        let area = try #require(report.range(of: "### 1.2 Involve"))
        let next = try #require(report.range(of: "### 1.3 Make"))
        let between = report[area.upperBound..<next.lowerBound]
        #expect(between.contains("| 1.2a |") && between.contains("| 1.2b |") && !between.contains("| 1.1a |"))
    }

    @Test func blueIsARatingWordAndIsCounted() throws {
        let report = MarkdownReport.render(try ImportSheets.importing("brag.csv").plan, today: ReportFixtures.today)
        #expect(report.contains("| 1.1 | Train GP practice staff | CC | March 2025 | Blue |"))
        #expect(report.contains("**7 actions:** 1 Red, 2 Amber, 2 Green, 2 Blue, 0 not rated."))
    }

    @Test func escapesPipesAndLineBreaksInCells() {
        #expect(MarkdownReport.cell("a|b\nc") == "a\\|b<br>c")
        #expect(MarkdownReport.cell("back\\slash") == "back\\\\slash")
    }
}
