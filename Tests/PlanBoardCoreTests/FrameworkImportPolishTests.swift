import Foundation
import Testing
@testable import PlanBoardCore

/// Import polish: refs for indicators a sheet gives none, band words the plan does not have
/// warned once, and the tolerance column.
@Suite("Framework import: refs, band words, tolerance")
struct FrameworkImportPolishTests {
    static func run(_ csv: String, into plan: Plan = ReportFixtures.plan) throws -> FrameworkImportResult {
        try FrameworkImporter.importInto(plan, csv: Array(csv.utf8), stamp: FrameworkImportTests.stamp)
    }

    @Test func aLongSheetWithoutRefsGivesEachNewIndicatorTheNextFreePIRef() throws {
        var plan = ReportFixtures.plan
        plan.indicators = [Indicator(id: .init("i1"), ref: "PI 4", name: "Already here")]
        let result = try Self.run("""
            Indicator,Period,Actual
            Carers feeling supported,2022/23,30%
            Short breaks funded,2022/23,120
            Carers feeling supported,2023/24,31%

            """, into: plan)
        #expect(result.plan.indicators.map(\.ref) == ["PI 4", "PI5", "PI6"])
        #expect(result.report.entries.map(\.name) == ["PI5 Carers feeling supported", "PI6 Short breaks funded"])
        // Read again, they are matched by name and keep their refs.
        let again = try Self.run("Indicator,Period,Actual\nCarers feeling supported,2024/25,33%\n", into: result.plan)
        #expect(again.plan.indicators.map(\.ref) == ["PI 4", "PI5", "PI6"])
        #expect(again.plan.indicators[1].periods.count == 3)
    }

    @Test func aWideSheetWithoutRefsGivesRefsTheSameWay() throws {
        let result = try Self.run("Indicator,Series,2022/23\nCarers feeling supported,Actual,30%\nShort breaks funded,Actual,120\n")
        #expect(result.plan.indicators.map(\.ref) == ["PI1", "PI2"])
    }

    @Test func aRefTheSheetGivesIsKept() throws {
        let result = try Self.run("Ref,Indicator,Period,Actual\nNI135,Carers assessed,2022/23,30%\n,Carers supported,2022/23,31%\n")
        #expect(result.plan.indicators.map(\.ref) == ["NI135", "PI1"])
    }

    @Test func aBandWordThePlanDoesNotHaveIsWarnedOnceNamingItsRows() throws {
        let result = try Self.run("""
            Ref,Risk,Inherent Risk Level,Residual Risk Level
            R1,Funding not renewed,Likelihood 3 x Impact 3 = Risk Scoring 9 (Severe),Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)
            R2,Carers not identified,Likelihood 4 x Impact 3 = Risk Scoring 12 (Severe Risk),Likelihood 3 x Impact 3 = Risk Scoring 9 (severe)
            R3,Workforce,Likelihood 1 x Impact 2 = Risk Scoring 2 (Negligible),Likelihood 3 x Impact 3 = Risk Scoring 9 (Moderate)

            """)
        let warnings = result.report.warnings.map(\.description)
        let severe = warnings.filter { $0.contains("'Severe'") }
        #expect(severe == ["'Severe' (rows 2 and 3, columns C and D) is not one of this plan's risk bands (Low, Moderate, High, "
            + "Very high); each level is kept with the plan's band for its score. If the register uses other bands, set the plan's "
            + "bands to match (see README, \"Risk bands\") and import again"])
        #expect(warnings.contains { $0.hasPrefix("'Negligible' (row 4, column C) is not one of this plan's risk bands") })
        // A band the plan has, but not for that score, is still warned on its own row.
        #expect(warnings.contains { $0.hasPrefix("row 4: column D (Residual Risk Level): 'Moderate' is not the band of score 9") })
        #expect(warnings.count == 3)
        #expect(result.plan.risks.first?.inherent == RiskLevel(likelihood: 3, impact: 3))
    }

    @Test func aToleranceColumnIsReadInPercentOfTheTargetAndRecordedWhenItChanges() throws {
        let sheet = "Ref,Indicator,Period,Actual,Target,Tolerance\nPI1,Carers supported,2022/23,30%,35%,10%\nPI2,Breaks funded,2022/23,120,100,2.5\n"
        let result = try Self.run(sheet)
        #expect(result.report.text.contains("F  Tolerance  → tolerance (% of the target)"))
        #expect(result.plan.indicators.map(\.tolerancePercent) == [10, 2.5])
        #expect(IndicatorAssessment(result.plan.indicators[0]).status == .offTarget)  // 30 against 35: short by 14%, beyond 10%

        let changed = try Self.run(sheet.replacingOccurrences(of: "35%,10%", with: "35%,20%"), into: result.plan)
        let pi1 = changed.plan.indicators[0]
        #expect(pi1.tolerancePercent == 20)
        #expect(pi1.history.last.map { "\($0.field.rawValue) \($0.from) → \($0.to)" } == "tolerance 10% → 20%")
        #expect(changed.report.entries[0].applied == ["PI1 tolerance: 10% → 20%"])
        #expect(IndicatorAssessment(pi1).status == .nearTarget)  // 30 against 35: short by 14%, within 20%
    }

    @Test func aBadToleranceNamesTheCellAndANegativeOneIsWarned() throws {
        #expect(throws: FrameworkImportError.self) {
            try Self.run("Indicator,Period,Actual,Tolerance\nCarers supported,2022/23,30%,about five\n")
        }
        let result = try Self.run("Indicator,Period,Actual,Tolerance\nCarers supported,2022/23,30%,-5\n")
        #expect(result.plan.indicators[0].tolerancePercent == Indicator.defaultTolerancePercent)
        #expect(result.report.warnings.map(\.description).contains { $0.hasPrefix("row 2: column D (Tolerance): '-5' is not from 0 to 100") })
        let tooBig = try Self.run("Indicator,Period,Actual,Tolerance\nCarers supported,2022/23,30%,150\n")
        #expect(tooBig.plan.indicators[0].tolerancePercent == Indicator.defaultTolerancePercent)
    }
}
