import Foundation
import Testing
@testable import PlanBoardCore

/// Importing the officer's sheet again after a meeting: what the meeting or the board recorded is
/// kept and reported (unless forced), a blank or "not available" never replaces a value, and
/// every applied change is listed from → to.
@Suite("Framework re-import after a meeting")
struct FrameworkReimportTests {
    static let sheet = """
        Ref,Indicator,Period,Actual,Target
        PAC2,Carers supported,2021/22,"4,510","4,600"
        PAC2,Carers supported,2022/23,not yet available,"4,800"

        """

    static let register = """
        Ref,Risk,Residual likelihood,Residual impact,Review date
        R3,Workforce shortages in care at home,3,4,March 2027

        """

    static let meetingID = Meeting.ID("m1")
    static let meetingDay = Day(year: 2026, month: 11, day: 29)!

    /// The plan after the sheets were imported once and a meeting recorded PAC2 2022/23 as 4,702
    /// and R3's residual level as L2 × I4.
    static func afterTheMeeting() throws -> Plan {
        var plan = try FrameworkImportTests.run(sheet).plan
        plan = try FrameworkImportTests.run(register, into: plan).plan
        let at = Timestamp(day: meetingDay, hour: 10, minute: 0)
        plan.meetings = [Meeting(id: meetingID, title: "Board", date: meetingDay, startedAt: at, endedAt: at)]
        var indicator = plan.indicators[0]
        let p = try #require(indicator.periods.firstIndex { $0.period == "2022/23" })
        indicator.periods[p].actual = 4702
        indicator.periods[p].notAvailable = false
        indicator.periods[p].meeting = meetingID
        indicator.history.append(Change(at: at, field: .actual, from: "2022/23: not yet available", to: "2022/23: 4,702",
                                        meeting: meetingID, who: "Chair"))
        plan.indicators[0] = indicator
        plan.risks[0].residual = RiskLevel(likelihood: 2, impact: 4)
        plan.risks[0].history.append(Change(at: at, field: .residual, from: "L3 × I4 = 12 High", to: "L2 × I4 = 8 High",
                                            meeting: meetingID, who: "Chair"))
        return plan
    }

    @Test func theSheetAgainKeepsWhatTheMeetingRecordedAndSaysSoExactly() throws {
        let plan = try Self.afterTheMeeting()
        let again = try FrameworkImportTests.run(Self.sheet, into: plan)
        let period = try #require(again.plan.indicators[0].periods.first { $0.period == "2022/23" })
        #expect(period.actual == 4702 && !period.notAvailable)
        #expect(again.report.kept == ["PAC2 2022/23: 4,702 (recorded in the meeting of 29 Nov 2026, ‘Board’) → not yet available: "
            + "kept; use --force to take the sheet's"])
        #expect(again.plan == plan)

        let risks = try FrameworkImportTests.run(Self.register, into: plan)
        #expect(risks.plan.risks[0].residual == RiskLevel(likelihood: 2, impact: 4))
        #expect(risks.report.kept == ["R3 residual level: L2 × I4 = 8 High (recorded in the meeting of 29 Nov 2026, ‘Board’) → "
            + "L3 × I4 = 12 High: kept; use --force to take the sheet's"])
        #expect(risks.report.text.contains("Kept as the plan has them (1)"))
    }

    @Test func aDifferentFigureIsKeptButTheRestOfTheSheetIsWrittenAndListed() throws {
        let plan = try Self.afterTheMeeting()
        let revised = Self.sheet.replacingOccurrences(of: "not yet available", with: "\"4,690\"")
            .replacingOccurrences(of: "\"4,800\"", with: "\"4,850\"")
        let result = try FrameworkImportTests.run(revised, into: plan)
        let period = try #require(result.plan.indicators[0].periods.first { $0.period == "2022/23" })
        #expect(period.actual == 4702)
        #expect(period.target == 4850)
        #expect(result.report.kept.count == 1)
        #expect(result.report.kept[0].hasPrefix("PAC2 2022/23: 4,702 (recorded in the meeting of 29 Nov 2026, ‘Board’) → 4,690: kept"))
        #expect(result.report.text.contains("      PAC2 2022/23 target: 4,800 → 4,850"))
        #expect(result.report.text.contains("updated, 1 change recorded in its history; 1 kept as the plan has it"))
    }

    @Test func forceTakesTheSheetsAndSaysWhatItReplaced() throws {
        let plan = try Self.afterTheMeeting()
        let forced = try FrameworkImporter.importInto(plan, csv: Array(Self.sheet.utf8), stamp: FrameworkImportTests.stamp, force: true)
        let period = try #require(forced.plan.indicators[0].periods.first { $0.period == "2022/23" })
        #expect(period.actual == nil && period.notAvailable)
        #expect(forced.report.kept.isEmpty)
        #expect(forced.report.text.contains("PAC2 2022/23 value: 4,702 → not yet available (replacing the value recorded in the meeting of 29 Nov 2026, ‘Board’, --force)"))
    }

    @Test func aFigureFromAnEarlierSheetIsReplacedButABlankOrNotAvailableNeverReplacesOne() throws {
        let first = try FrameworkImportTests.run(Self.sheet).plan
        let revised = try FrameworkImportTests.run(Self.sheet.replacingOccurrences(of: "\"4,510\"", with: "\"4,520\""), into: first)
        #expect(revised.plan.indicators[0].periods[0].actual == 4520)
        #expect(revised.report.kept.isEmpty)
        #expect(revised.report.text.contains("PAC2 2021/22 value: 4,510 → 4,520"))
        let blank = try FrameworkImportTests.run(Self.sheet.replacingOccurrences(of: "\"4,510\"", with: ""), into: first)
        #expect(blank.plan == first)
        let unavailable = try FrameworkImportTests.run(Self.sheet.replacingOccurrences(of: "\"4,510\"", with: "n/a"), into: first)
        #expect(unavailable.plan.indicators[0].periods[0].actual == 4510)
        #expect(unavailable.report.kept == ["PAC2 2021/22: 4,510 (from an earlier sheet) → not yet available: kept; use --force to take the sheet's"])
    }

    @Test func aBlankRiskCellNeverClearsALevelOrText() throws {
        let first = try FrameworkImportTests.run(Self.register).plan
        let blanks = "Ref,Risk,Residual likelihood,Residual impact,Review date\nR3,Workforce shortages in care at home,,,\n"
        let again = try FrameworkImportTests.run(blanks, into: first)
        #expect(again.plan.risks[0].residual == RiskLevel(likelihood: 3, impact: 4))
        #expect(again.plan.risks[0].reviewDate == "March 2027")
    }

    @Test func theCommandWritesTheRestAndExitsThreeWhenSomethingWasKept() throws {
        var run = try ImportIntoCommandTests.planned()
        try run.write("sheet.csv", Self.sheet)
        run("import", run.path("sheet.csv"), "--into", run.path("plan.json"))
        #expect(run.status == 0, "\(run.err)")
        var plan = try PlanFile.decode(Array(try #require(run.read("plan.json")).utf8), path: "plan.json")
        let at = Timestamp(day: Self.meetingDay, hour: 10, minute: 0)
        plan.meetings = [Meeting(id: Self.meetingID, title: "Board", date: Self.meetingDay, startedAt: at, endedAt: at)]
        let p = try #require(plan.indicators[0].periods.firstIndex { $0.period == "2022/23" })
        plan.indicators[0].periods[p].actual = 4702
        plan.indicators[0].periods[p].notAvailable = false
        plan.indicators[0].history.append(Change(at: at, field: .actual, from: "2022/23: not yet available", to: "2022/23: 4,702",
                                                 meeting: Self.meetingID))
        try run.write("plan.json", String(decoding: PlanFile.encode(plan), as: UTF8.self))
        try run.write("sheet.csv", Self.sheet.replacingOccurrences(of: "\"4,800\"", with: "\"4,850\""))
        run("import", run.path("sheet.csv"), "--into", run.path("plan.json"))
        #expect(run.status == 3)
        #expect(run.out.contains("  PAC2 2022/23: 4,702 (recorded in the meeting of 29 Nov 2026, ‘Board’) → not yet available: kept; use --force to take the sheet's"))
        #expect(run.out.contains("1 of the sheet's figures or levels were kept as the plan has them"))
        let after = try PlanFile.decode(Array(try #require(run.read("plan.json")).utf8), path: "plan.json")
        #expect(after.indicators[0].periods[p].actual == 4702)
        #expect(after.indicators[0].periods[p].target == 4850)
        run("import", run.path("sheet.csv"), "--into", run.path("plan.json"), "--force")
        #expect(run.status == 0, "\(run.err)")
        let forced = try PlanFile.decode(Array(try #require(run.read("plan.json")).utf8), path: "plan.json")
        #expect(forced.indicators[0].periods[p].notAvailable)
    }

    @Test func aBandReadsWithOrWithoutTheWordRiskAndAgreesWithoutAWarning() throws {
        #expect(RiskLevelText.read("Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate)")?.statedBand == "Moderate")
        #expect(RiskLevelText.read("Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate Risk)")?.statedBand == "Moderate")
        let sheet = """
            Ref,Risk,Residual Risk Level,Planned Risk Level
            R9,Venue lost,Likelihood 3 x Impact 2 = Risk Scoring 6 (Moderate Risk),Likelihood 2 x Impact 2 = Risk Scoring 4 (Moderate)

            """
        let result = try FrameworkImportTests.run(sheet)
        #expect(result.report.warnings.isEmpty)
        #expect(result.plan.risks[0].residual == RiskLevel(likelihood: 3, impact: 2))
    }
}
