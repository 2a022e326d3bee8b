import Foundation
import Testing
@testable import PlanBoardCore

/// What the review of the framework importers found (issue #12): registers with score and rating
/// columns, a blank name cell on re-import, and duplicate ids.
@Suite("Framework import: review fixes")
struct FrameworkImportReviewTests {
    static func run(_ csv: String, into plan: Plan = ReportFixtures.plan) throws -> FrameworkImportResult {
        try FrameworkImporter.importInto(plan, csv: Array(csv.utf8), stamp: FrameworkImportTests.stamp)
    }

    @Test func aRegisterWithScoreAndRatingColumnsIsReadAndTheyAreChecked() throws {
        let csv = """
            Risk,Likelihood,Impact,Score,Rating
            Funding is not renewed,3,2,6,Moderate
            Carers are not identified,4,4,12,Very high
            Workforce shortages,2,2,,

            """
        let result = try Self.run(csv)
        #expect(result.plan.risks.map(\.title) == ["Funding is not renewed", "Carers are not identified", "Workforce shortages"])
        // Unqualified likelihood, impact, score and rating all describe the same level: the residual one.
        #expect(result.plan.risks.map(\.residual) == [RiskLevel(likelihood: 3, impact: 2), RiskLevel(likelihood: 4, impact: 4),
                                                      RiskLevel(likelihood: 2, impact: 2)])
        #expect(result.plan.risks.allSatisfy { $0.inherent == nil && $0.planned == nil })
        #expect(result.report.warnings.map(\.description) == [
            "row 3: column D (Score): the score 12 is not likelihood 4 x impact 4 = 16; 16 (Very high) is kept. Check the register",
        ])
        #expect(result.report.text.contains("D  Score       → residual risk score (checked against likelihood x impact)"))
        #expect(result.report.text.contains("E  Rating      → residual risk band (checked against the plan's bands)"))
    }

    @Test func aBandWordThatDisagreesIsWarnedNamingRowColumnAndBothBands() throws {
        let csv = """
            Risk,Likelihood,Impact,Rating
            Funding is not renewed,3,2,High

            """
        let result = try Self.run(csv)
        #expect(result.plan.risks.first?.residual == RiskLevel(likelihood: 3, impact: 2))
        #expect(result.report.warnings.map(\.description) == [
            "row 2: column D (Rating): 'High' is not the band of score 6 in this plan's bands (Moderate); Moderate is kept. "
                + "Check the register, or the plan's bands",
        ])
    }

    @Test func qualifiedScoreColumnsAreCheckedAgainstTheirOwnLevel() throws {
        let csv = """
            Ref,Risk,Initial likelihood,Initial impact,Initial risk score,Current likelihood,Current impact,Current risk rating,Target likelihood,Target impact,Target risk score
            R1,Funding is not renewed,4,4,16,3,3,High,2,2,6

            """
        let result = try Self.run(csv)
        let risk = try #require(result.plan.risks.first)
        #expect(risk.inherent == RiskLevel(likelihood: 4, impact: 4))
        #expect(risk.residual == RiskLevel(likelihood: 3, impact: 3))
        #expect(risk.planned == RiskLevel(likelihood: 2, impact: 2))
        #expect(result.report.warnings.map(\.description) == [
            "row 2: column K (Target risk score): the score 6 is not likelihood 2 x impact 2 = 4; 4 (Moderate) is kept. Check the register",
        ])
    }

    @Test func aScoreColumnWithALevelWrittenOutGivesTheLevel() throws {
        let csv = """
            Risk,Initial risk score,Target risk score
            Funding is not renewed,Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk),L2 x I2 = 5

            """
        let result = try Self.run(csv)
        let risk = try #require(result.plan.risks.first)
        #expect(risk.inherent == RiskLevel(likelihood: 3, impact: 3))
        #expect(risk.planned == RiskLevel(likelihood: 2, impact: 2))
        #expect(result.report.warnings.map(\.description) == [
            "row 2: column C (Target risk score): the score 5 is not likelihood 2 x impact 2 = 4; 4 (Moderate) is kept. Check the register",
        ])
    }

    @Test func aScoreWithNoLikelihoodOrImpactIsStillRefusedWithWhatToDo() {
        let csv = "Risk,Likelihood,Impact,Score\nFunding,,,6\n"
        #expect(throws: FrameworkImportError.badLevel(row: 2, column: "D", header: "Score", text: "6")) { try Self.run(csv) }
    }

    @Test func aLevelTextThatDisagreesWithItsNumericColumnsIsWarned() throws {
        let csv = """
            Risk,Residual likelihood,Residual impact,Residual risk level
            Funding,4,4,Likelihood 3 x Impact 3 = Risk Scoring 9 (High)

            """
        let result = try Self.run(csv)
        #expect(result.plan.risks.first?.residual == RiskLevel(likelihood: 4, impact: 4))
        #expect(result.report.warnings.map(\.description) == [
            "row 2: column D (Residual risk level): 'Likelihood 3 x Impact 3 = Risk Scoring 9 (High)' is likelihood 3 x impact 3, "
                + "not the likelihood 4 x impact 4 of its likelihood and impact columns; 16 (Very high) is kept. Check the register",
        ])
    }

    @Test func statedScoresAndBandsAreReadFromTheFormsCellsUse() {
        #expect(RiskLevelText.stated("6") == (6, nil))
        #expect(RiskLevelText.stated("6.0") == (6, nil))
        #expect(RiskLevelText.stated("Very high risk") == (nil, "Very high"))
        #expect(RiskLevelText.stated("9 (High)") == (9, "High"))
    }

    // MARK: A blank name never renames

    @Test func aBlankNameCellOnReimportKeepsTheIndicatorsName() throws {
        let first = try Self.run(FrameworkImportTests.wide)
        let csv = """
            Ref,Indicator,Series,2011/12
            NI135,,Actual,40%

            """
        let second = try Self.run(csv, into: first.plan)
        let indicator = try #require(second.plan.indicators.first { $0.ref == "NI135" })
        #expect(indicator.name == "Carers receiving a needs assessment or review and a specific carer's service")
        #expect(indicator.periods.last?.actual == 40)
        #expect(!indicator.history.contains { $0.field == .name })
        #expect(second.report.warnings.isEmpty)
    }

    @Test func aBlankNameCellNamesANewIndicatorByItsRef() throws {
        let result = try Self.run("Ref,Indicator,Series,2011/12\nPI9,,Actual,40\n")
        #expect(result.plan.indicators.last?.name == "PI9")
        #expect(result.report.warnings.map(\.description) == ["row 2: indicator PI9 has no name; its ref is used as its name"])
    }

    @Test func aBlankTitleCellOnReimportKeepsTheRisksTitle() throws {
        let first = try Self.run(FrameworkImportTests.riskText)
        let csv = """
            Ref,Risk,Residual likelihood,Residual impact
            R1,,2,2

            """
        let second = try Self.run(csv, into: first.plan)
        let risk = try #require(second.plan.risks.first { $0.ref == "R1" })
        #expect(risk.title == "Funding for short breaks is not renewed")
        #expect(risk.residual == RiskLevel(likelihood: 2, impact: 2))
        #expect(!risk.history.contains { $0.field == .name })
        #expect(second.report.warnings.isEmpty)
    }

    @Test func aBlankTitleCellNamesANewRiskByItsRef() throws {
        let result = try Self.run("Ref,Risk,Residual likelihood,Residual impact\nR9,,2,2\n")
        #expect(result.plan.risks.last?.title == "R9")
        #expect(result.report.warnings.map(\.description) == ["row 2: risk R9 has no title; its ref is used as its title"])
    }
}
