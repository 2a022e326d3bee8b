import Foundation
import Testing
@testable import PlanBoardCore

/// The Word report's indicator table draws each indicator's trend as the indicators view does:
/// the latest values as blocks, then the direction.
@Suite("Word report: indicator trend")
struct WordReportTrendTests {
    static var plan: Plan {
        var plan = ReportFixtures.plan
        plan.indicators = [
            Indicator(id: .init("i1"), ref: "PI1", name: "Carers assessed", periods: [
                IndicatorPeriod(period: "2021/22", actual: 10), IndicatorPeriod(period: "2022/23", actual: 20),
                IndicatorPeriod(period: "2023/24", actual: 30),
            ]),
            Indicator(id: .init("i2"), ref: "PI2", name: "Days waiting", better: .lower, periods: [
                IndicatorPeriod(period: "2022/23", target: 30, actual: 40), IndicatorPeriod(period: "2023/24", target: 30, actual: 50),
            ]),
            Indicator(id: .init("i3"), ref: "PI3", name: "Not yet measured", periods: [IndicatorPeriod(period: "2024/25", target: 5)]),
        ]
        return plan
    }

    @Test func theTrendColumnHasTheSparklineAndTheArrow() throws {
        let document = try DocxReportTests.part(DocxReport.render(Self.plan, today: ReportFixtures.today), "word/document.xml")
        let table = try #require(DocxReportTests.tables(document).first { $0.first?.first == "PI" })
        let trend = try #require(table[0].firstIndex(of: "Trend"))
        #expect(table[1][trend] == "▁▅█ ↑ better")
        // Lower is better: rising days waiting is worse; the target (30) shares the scale.
        #expect(table[2][trend] == "▅█ ↓ worse")
        #expect(table[3][trend] == "")
        #expect(DocxReportTests.paragraphs(document, style: "Note").contains { $0.contains("the latest values, low to high (▁ to █)") })
    }

    @Test func theIndicatorsViewDrawsTheSameLine() {
        let row = IndicatorRow(Self.plan.indicators[0])
        #expect(String(row.bars.map(\.block)) == "▁▅█")
    }
}
