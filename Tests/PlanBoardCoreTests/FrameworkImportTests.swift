import Foundation
import Testing
@testable import PlanBoardCore

/// The sheets `import --into` reads: indicators wide and long, risk registers with numeric and
/// text levels, re-import, and bad sheets. The sheets are written here; the .xlsx fixtures are
/// the same sheets made by LibreOffice (Tests/Fixtures/Framework/make-fixtures.sh).
@Suite("Framework import")
struct FrameworkImportTests {
    static let stamp = FrameworkImporter.Stamp(at: Timestamp(day: ReportFixtures.today, hour: 10, minute: 30), who: "Officer",
                                               sourceName: "sheet.csv")

    /// The Devon-style wide sheet: targets per year with `(actual)` annotations, a stretch row,
    /// an actual row, "Data not yet available", and a second indicator linked to two outcomes.
    static let wide = """
        Ref,Indicator,Unit,Better,Outcome,Series,2006/7,2007/8,2008/9,2009/10,2010/11
        NI135,Carers receiving a needs assessment or review and a specific carer's service,%,Higher,1,Target,29.1% (actual),31.6% (actual),33.0%,35.5%,38.0%
        ,,,,,Stretch target,,,34.0%,37.0%,40.0%
        ,,,,,Actual,,,32.2%,Data not yet available,
        PI2,Carers who feel supported to continue caring,%,Higher,"2, 3",Actual,37%,,40%,,
        ,,,,,Target,,,41%,,45%

        """

    static let long = """
        Indicator,Period,Actual,Target,Stretch,Frequency,Better,Source,Owner,Baseline
        Adult carer support plans completed,Q1 2022/23,412,450,,Quarterly,Higher,Carers Centre,SCC,380 (2021/22)
        Adult carer support plans completed,Q2 2022/23,471,480,,,,,,
        Adult carer support plans completed,Q3 2022/23,n/a,510,540,,,,,
        Delayed discharge bed days,March 2023,"1,250",900,,Monthly,Lower,NHS,,

        """

    static let riskText = """
        Ref,Risk,Category,Owner,Inherent Risk Level,Mitigating actions,Linked actions,Residual Risk Level,Planned Risk Level,Approval recommendation,Review date
        R1,Funding for short breaks is not renewed,Financial,HSCP,Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk),Bid to the IJB budget round,"1.1, 9.9",Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate),Likelihood 2 x Impact 2 = Risk Scoring 4 (Moderate),Accept the residual risk,March 2027
        R2,Carers are not identified early,Operational,CC,Likelihood 4 x Impact 3 = Risk Scoring 10 (High),Awareness training,2.1,Likelihood 3 x Impact 3 = Risk Scoring 9 (Moderate Risk),3 x 1,Accept,Someday

        """

    static let riskNumeric = """
        Risk ID,Risk description,Inherent likelihood,Inherent impact,Residual likelihood,Residual impact,Target likelihood,Target impact,Mitigation
        R3,Workforce shortages in care at home,4,4,3,4,2,3,"2.1, 2.2"

        """

    static func run(_ csv: String, into plan: Plan = ReportFixtures.plan) throws -> FrameworkImportResult {
        try FrameworkImporter.importInto(plan, csv: Array(csv.utf8), stamp: stamp)
    }

    static func error(_ csv: String) -> FrameworkImportError? {
        do { _ = try FrameworkImporter.importInto(ReportFixtures.plan, csv: Array(csv.utf8), stamp: stamp); return nil } catch { return error }
    }

    @Test func aWideSheetGivesOneIndicatorPerRefWithTargetsStretchAndActuals() throws {
        let result = try Self.run(Self.wide)
        #expect(result.report.isIndicatorSheet)
        #expect(result.plan.indicators.count == 2)
        let ni = result.plan.indicators[0]
        #expect(ni.ref == "NI135" && ni.unit == .percentage && ni.better == .higher)
        #expect(ni.outcomes == [.init("o1")])
        #expect(ni.periods.map(\.period) == ["2006/7", "2007/8", "2008/9", "2009/10", "2010/11"])
        // "29.1% (actual)" in the target row is the value reached, not a target.
        #expect(ni.periods[0].actual == 29.1 && ni.periods[0].target == nil)
        #expect(ni.periods[1].actual == 31.6)
        #expect(ni.periods[2].target == 33 && ni.periods[2].stretch == 34 && ni.periods[2].actual == 32.2)
        // Not yet available is a state, never a zero.
        #expect(ni.periods[3].notAvailable && ni.periods[3].actual == nil && ni.periods[3].target == 35.5)
        #expect(ni.periods[4].actual == nil && !ni.periods[4].notAvailable && ni.periods[4].target == 38)
        #expect(ni.periods[0].enteredAt == Self.stamp.at && ni.periods[0].who == "Officer")
        #expect(ni.history.map(\.field) == [.created])
        let pi2 = result.plan.indicators[1]
        #expect(pi2.outcomes == [.init("o2"), .init("o3")])
        #expect(pi2.periods.first { $0.period == "2008/9" }?.target == 41)
        #expect(result.plan.indicators.map(\.id) == [.init("i1"), .init("i2")])
        #expect(result.report.warnings.isEmpty)
        #expect(result.report.text.contains("Read as an indicator sheet, wide (one column per period)."))
        #expect(result.report.text.contains("2 indicators read: 2 added, 0 updated"))
        #expect(result.report.text.contains("G  2006/7"))
    }

    @Test func aLongSheetGivesOneIndicatorPerNameWithItsDetails() throws {
        let result = try Self.run(Self.long)
        #expect(result.report.text.contains("long (one row per indicator and period)"))
        let plans = result.plan.indicators[0]
        #expect(plans.name == "Adult carer support plans completed")
        #expect(plans.frequency == .quarterly && plans.source == "Carers Centre" && plans.owner == "SCC")
        #expect(plans.baseline == IndicatorBaseline(period: "2021/22", value: 380))
        #expect(plans.periods.map(\.actual) == [412, 471, nil])
        #expect(plans.periods[2].notAvailable && plans.periods[2].stretch == 540)
        let days = result.plan.indicators[1]
        #expect(days.better == .lower && days.frequency == .monthly && days.unit == .number)
        #expect(days.periods == [IndicatorPeriod(period: "March 2023", target: 900, actual: 1250, enteredAt: Self.stamp.at, who: "Officer")])
    }

    @Test func committeeReportLevelsAreReadAndTheirScoresAndBandsChecked() throws {
        let result = try Self.run(Self.riskText)
        #expect(!result.report.isIndicatorSheet)
        let r1 = result.plan.risks[0]
        #expect(r1.inherent == RiskLevel(likelihood: 3, impact: 3))
        #expect(r1.inherent?.reportText(bands: .standard) == "Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)")
        #expect(r1.residual == RiskLevel(likelihood: 3, impact: 2))
        #expect(r1.planned == RiskLevel(likelihood: 2, impact: 2))
        #expect(r1.recommendation == "Accept the residual risk" && r1.reviewDate == "March 2027" && r1.category == "Financial")
        #expect(r1.actions == [.init("a1")])
        #expect(result.plan.risks[1].planned == RiskLevel(likelihood: 3, impact: 1))
        let warnings = result.report.warnings.map(\.description)
        // 9 High, 6 and 4 Moderate as stated: no warning for row 2's levels.
        #expect(!warnings.contains { $0.hasPrefix("row 2: column E") || $0.hasPrefix("row 2: column H") || $0.hasPrefix("row 2: column I") })
        #expect(warnings.contains("row 2: column G (Linked actions): no action of the plan has the ref '9.9'; not linked"))
        #expect(warnings.contains("row 3: column E (Inherent Risk Level): the score 10 is not likelihood 4 x impact 3 = 12; "
            + "12 (High) is kept. Check the register"))
        #expect(warnings.contains("row 3: column H (Residual Risk Level): 'Moderate' is not the band of score 9 in this plan's "
            + "bands (High); High is kept. Check the register, or the plan's bands"))
        #expect(warnings.contains { $0.hasPrefix("row 3: column K (Review date): 'Someday' names no date") })
    }

    @Test func theBandIsCheckedAgainstThePlansOwnBands() throws {
        var plan = ReportFixtures.plan
        plan.customRiskBands = RiskBands(bands: [RiskBand(name: "Low", from: 1, severity: .low),
                                                 RiskBand(name: "High", from: 5, severity: .high)])
        let result = try Self.run(Self.riskText, into: plan)
        // 6 is High in this plan, and "(High Risk)" for 9 agrees.
        #expect(!result.report.warnings.contains { $0.description.contains("'High'") })
        // The plan has no Moderate band: said once, for every row and column stating it.
        #expect(result.report.warnings.contains { $0.description.hasPrefix("'Moderate' (rows 2 and 3, columns H and I) is not one of this plan's risk bands (Low, High)") })
    }

    @Test func numericLevelsAndARefListInTheMitigationColumnAreRead() throws {
        let result = try Self.run(Self.riskNumeric)
        let r3 = try #require(result.plan.risks.first)
        #expect(r3.ref == "R3" && r3.title == "Workforce shortages in care at home")
        #expect(r3.inherent == RiskLevel(likelihood: 4, impact: 4))
        #expect(r3.residual == RiskLevel(likelihood: 3, impact: 4))
        #expect(r3.planned == RiskLevel(likelihood: 2, impact: 3))
        #expect(r3.actions == [.init("a4"), .init("a5")])
        #expect(result.report.warnings.isEmpty)
    }

    @Test func registerHeadersAreReadAsTheLevelTheyName() {
        #expect(FrameworkColumn.risk(header: "Initial risk score") == .score(.inherent))
        #expect(FrameworkColumn.risk(header: "Current risk") == .level(.residual))
        #expect(FrameworkColumn.risk(header: "Target Risk Level") == .level(.planned))
        #expect(FrameworkColumn.risk(header: "Residual L") == .likelihood(.residual))
        #expect(FrameworkColumn.risk(header: "Inherent impact") == .impact(.inherent))
        #expect(FrameworkColumn.risk(header: "Risk score") == .score(.residual))
        #expect(FrameworkColumn.risk(header: "Risk description") == .riskTitle)
        #expect(FrameworkColumn.risk(header: "Cause and effect") == .riskDescription)
        #expect(FrameworkColumn.risk(header: "Action refs") == .linkedActions)
        #expect(FrameworkColumn.indicator(header: "Q3 2022/23") == .periodValues("Q3 2022/23"))
        #expect(FrameworkColumn.indicator(header: "March 2023") == .periodValues("March 2023"))
        #expect(FrameworkColumn.indicator(header: "2008/09") == .periodValues("2008/09"))
        #expect(FrameworkColumn.indicator(header: "Performance indicator") == .name)
        #expect(FrameworkColumn.indicator(header: "Stretch target") == .stretch)
        #expect(FrameworkColumn.indicator(header: "Ongoing") == nil)
    }

    @Test func levelTextReadsTheFormsRegistersUse() {
        #expect(RiskLevelText.read("Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)")
            == RiskLevelText(level: RiskLevel(likelihood: 3, impact: 2), statedScore: 6, statedBand: "Moderate"))
        #expect(RiskLevelText.read("L4 × I5 = 20")?.level == RiskLevel(likelihood: 4, impact: 5))
        #expect(RiskLevelText.read("4 x 2")?.level == RiskLevel(likelihood: 4, impact: 2))
        #expect(RiskLevelText.read("Impact 2, likelihood 5")?.level == RiskLevel(likelihood: 5, impact: 2))
        #expect(RiskLevelText.read("High") == nil)
    }

    @Test func importingAgainUpdatesInsteadOfDuplicatingAndRecordsWhatChanged() throws {
        let first = try Self.run(Self.wide)
        let same = try Self.run(Self.wide, into: first.plan)
        #expect(same.plan == first.plan)
        #expect(same.report.count(.unchanged) == 2)
        let revised = Self.wide.replacingOccurrences(of: "32.2%", with: "32.5%").replacingOccurrences(of: ",45%", with: ",46%")
        let second = try Self.run(revised, into: first.plan)
        #expect(second.plan.indicators.count == 2)
        #expect(second.report.count(.updated) == 2)
        #expect(second.report.text.contains("— updated, 1 change recorded in its history"))
        #expect(second.report.text.contains("row 5: PI2 Carers who feel supported to continue caring — updated, 1 change recorded"))
        let change = try #require(second.plan.indicators[0].history.last)
        #expect(change.field == .actual && change.from == "2008/9: 32.2%" && change.to == "2008/9: 32.5%")
        #expect(change.reason == "Imported from sheet.csv" && change.who == "Officer")
        #expect(second.plan.indicators[1].history.last?.to == "2010/11: 46%")
    }

    @Test func reimportingARiskByTitleUpdatesItsLevels() throws {
        let first = try Self.run(Self.riskText)
        // No ref this time: matched by title.
        let again = """
            Risk,Residual likelihood,Residual impact
            Funding for short breaks is not renewed,2,2

            """
        let second = try Self.run(again, into: first.plan)
        #expect(second.plan.risks.count == 2)
        #expect(second.plan.risks[0].residual == RiskLevel(likelihood: 2, impact: 2))
        #expect(second.plan.risks[0].inherent == RiskLevel(likelihood: 3, impact: 3))
        #expect(second.plan.risks[0].history.last?.from == "L3 × I2 = 6 Moderate")
        #expect(second.plan.risks[0].history.last?.to == "L2 × I2 = 4 Moderate")
    }

    @Test func aCellThatIsNotAFigureStopsTheImportNamingRowAndColumn() {
        #expect(Self.error("Indicator,Period,Actual\nX,2007/8,about 30\n")
            == .badFigure(row: 2, column: "C", header: "Actual", text: "about 30"))
        let text = Self.error("Indicator,Period,Actual\nX,2007/8,about 30\n")?.description ?? ""
        #expect(text.hasPrefix("row 2, column C (Actual): 'about 30' is not a figure."))
    }

    @Test func aLikelihoodOutsideOneToFiveOrAnUnreadableLevelIsRefused() {
        #expect(Self.error("Risk,Inherent likelihood,Inherent impact\nX,7,2\n")
            == .badScale(row: 2, column: "B", header: "Inherent likelihood", text: "7"))
        #expect(Self.error("Risk,Inherent risk\nX,very bad\n") == .badLevel(row: 2, column: "B", header: "Inherent risk", text: "very bad"))
    }

    @Test func aSheetOfNeitherKindIsRefusedListingItsColumns() {
        let error = Self.error("Name,Colour\nx,y\n")
        #expect(error == .notRecognised(headers: ["Name", "Colour"]))
        #expect(error?.description.contains("'Name', 'Colour'") == true)
    }

    @Test func theExcelSheetsGiveWhatTheirCSVGives() throws {
        for (name, csv) in [("indicators-wide.xlsx", Self.wide), ("risk-register.xlsx", Self.riskText)] {
            let bytes = Array(try Data(contentsOf: OfficeFixtures.folder.deletingLastPathComponent()
                .appendingPathComponent("Framework/\(name)")))
            let table = try OfficeImporter.read(bytes, expected: .excel)
            let fromExcel = try FrameworkImporter.importInto(ReportFixtures.plan, table: table.table, stamp: Self.stamp)
            let fromCSV = try Self.run(csv)
            #expect(fromExcel.plan == fromCSV.plan, "\(name)")
            #expect(fromExcel.report.warnings == fromCSV.report.warnings, "\(name)")
        }
    }
}
