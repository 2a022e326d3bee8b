import Testing
@testable import PlanBoardCore

/// A tolerance set in a meeting (or on the board) is kept when the sheet is imported again, as a
/// target is: listed under "kept", exit 3, `--force` takes the sheet's.
@Suite("Framework re-import keeps a tolerance the meeting set")
struct FrameworkReimportToleranceTests {
    static let sheet = """
        Ref,Indicator,Period,Actual,Target,Tolerance
        PAC2,Carers supported,2021/22,"4,510","4,600",10

        """

    static func afterTheMeeting() throws -> Plan {
        var plan = try FrameworkImportTests.run(sheet).plan
        let day = FrameworkReimportTests.meetingDay, id = FrameworkReimportTests.meetingID
        let at = Timestamp(day: day, hour: 10, minute: 0)
        plan.meetings = [Meeting(id: id, title: "Board", date: day, startedAt: at, endedAt: at)]
        plan.indicators[0].tolerancePercent = 1.5
        plan.indicators[0].history.append(Change(at: at, field: .tolerance, from: "10%", to: "1.5%", meeting: id, who: "Chair"))
        return plan
    }

    @Test func theSheetAgainKeepsTheMeetingsTolerance() throws {
        let first = try FrameworkImportTests.run(Self.sheet).plan
        #expect(first.indicators[0].tolerancePercent == 10)
        let plan = try Self.afterTheMeeting()
        let again = try FrameworkImportTests.run(Self.sheet, into: plan)
        #expect(again.plan.indicators[0].tolerancePercent == 1.5)
        #expect(again.report.kept == ["PAC2 tolerance: 1.5% (recorded in the meeting of 29 Nov 2026, ‘Board’) → 10%: "
            + "kept; use --force to take the sheet's"])
        #expect(!again.report.text.contains("tolerance: 1.5% → 10%\n"))
    }

    @Test func forceTakesTheSheetsToleranceAndAToleranceNobodySetIsReplaced() throws {
        let plan = try Self.afterTheMeeting()
        let forced = try FrameworkImporter.importInto(plan, csv: Array(Self.sheet.utf8), stamp: FrameworkImportTests.stamp, force: true)
        #expect(forced.plan.indicators[0].tolerancePercent == 10)
        #expect(forced.report.kept.isEmpty)
        #expect(forced.report.text.contains("PAC2 tolerance: 1.5% → 10% (replacing the value recorded in the meeting"))

        let unset = try FrameworkImportTests.run(Self.sheet.replacingOccurrences(of: ",10\n", with: ",7\n"),
                                                 into: try FrameworkImportTests.run(Self.sheet).plan)
        #expect(unset.plan.indicators[0].tolerancePercent == 7)
        #expect(unset.report.kept.isEmpty)
    }
}
