import Foundation
import Testing
@testable import PlanBoardCore

/// `planboard summary --json` keys for the framework (`indicators`, `risks`, `milestones`) and
/// the plain summary's lines for them.
@Suite("Framework summary")
struct FrameworkSummaryTests {
    static func json(_ plan: Plan) throws -> [String: Any] {
        let text = PlanSummary(plan, today: ReportFixtures.today).json
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A JSON object as `key=value` pairs in key order, so numbers compare whatever type JSON gave them.
    static func pairs(_ value: Any?) -> String {
        guard let object = value as? [String: Any] else { return "\(value.map { "\($0)" } ?? "missing")" }
        return object.keys.sorted().map { "\($0)=\(object[$0]!)" }.joined(separator: " ")
    }

    @Test func indicatorsGiveNameUnitLatestTargetAndStatus() throws {
        var plan = Plan.withFramework
        plan.indicators.append(Indicator(id: .init("i2"), ref: "PI2", name: "Short breaks funded", unit: .number,
                                         periods: [IndicatorPeriod(period: "2025/26", target: 240, actual: 251)]))
        plan.indicators.append(Indicator(id: .init("i3"), name: "Not yet measured"))
        let indicators = try #require(try Self.json(plan)["indicators"] as? [[String: Any]])
        #expect(indicators.count == 3)
        // "Not yet available" is a latest period with a null value, never 0.
        #expect(indicators[0]["name"] as? String == "Carers receiving a service")
        #expect(indicators[0]["unit"] as? String == "percentage")
        let latest = try #require(indicators[0]["latest"] as? [String: Any])
        #expect(latest["period"] as? String == "2009/10" && latest["value"] is NSNull)
        #expect(indicators[0]["status"] as? String == "near-target")  // the board's override
        #expect(Self.pairs(indicators[1]["latest"]) == "period=2025/26 value=251")
        #expect(indicators[1]["target"] as? Double == 240 && indicators[1]["status"] as? String == "on-target")
        #expect(indicators[2]["latest"] is NSNull && indicators[2]["target"] is NSNull)
        #expect(indicators[2]["status"] as? String == "no-data")
    }

    @Test func risksGiveEachLevelWithScoreAndThePlansBand() throws {
        var plan = Plan.withFramework
        plan.risks.append(Risk(id: .init("r2"), title: "Unscored", inherent: RiskLevel(likelihood: 5, impact: 4)))
        let risks = try #require(try Self.json(plan)["risks"] as? [[String: Any]])
        #expect(risks[0]["title"] as? String == "Funding not renewed")
        #expect(Self.pairs(risks[0]["inherent"]) == "band=Low impact=3 likelihood=3 score=9")
        #expect(Self.pairs(risks[0]["residual"]) == "band=Low impact=3 likelihood=2 score=6")
        #expect(Self.pairs(risks[1]["inherent"]) == "band=Significant impact=4 likelihood=5 score=20")
        #expect(risks[1]["residual"] is NSNull && risks[1]["planned"] is NSNull)
    }

    @Test func milestonesCountTotalDoneAndOverdue() throws {
        var plan = Plan.withFramework
        plan.outcomes[0].actions[0].milestones.append(Milestone(id: .init("m3"), text: "Late", due: "March 2026"))
        #expect(try Self.json(plan)["milestones"] as? [String: Int] == ["total": 3, "done": 1, "overdue": 1])
        let text = PlanSummary(plan, today: ReportFixtures.today).text
        #expect(text.contains("1 indicator against target: 1 near target."))
        #expect(text.contains("1 risk by current level: 1 Low."))
        #expect(text.contains("Milestones: 1 of 3 done, 1 overdue."))
    }

    @Test func aPlanWithoutAFrameworkHasEmptyKeysAndNoLines() throws {
        let object = try Self.json(ReportFixtures.plan)
        #expect((object["indicators"] as? [Any])?.isEmpty == true)
        #expect((object["risks"] as? [Any])?.isEmpty == true)
        #expect(object["milestones"] as? [String: Int] == ["total": 0, "done": 0, "overdue": 0])
        let text = PlanSummary(ReportFixtures.plan, today: ReportFixtures.today).text
        #expect(!text.contains("indicator") && !text.contains("risk") && !text.contains("Milestones"))
    }
}
