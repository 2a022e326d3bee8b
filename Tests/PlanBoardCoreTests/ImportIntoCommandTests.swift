import Foundation
import Testing
@testable import PlanBoardCore

/// `planboard import SHEET --into PLAN.json` as a command: what it writes, what it refuses, and
/// the errors that name the file, row and column.
@Suite("import --into")
struct ImportIntoCommandTests {
    typealias Run = SubcommandTests.Run

    /// A plan made by `import`, to add sheets to.
    static func planned() throws -> Run {
        var run = try Run()
        try run.write("plan.csv", SubcommandTests.csv)
        run("import", run.path("plan.csv"))
        #expect(run.status == 0)
        return run
    }

    @Test func aRiskRegisterIsAddedAndThePlanBeforeItKept() throws {
        var run = try Self.planned()
        let before = try #require(run.read("plan.json"))
        try run.write("risks.csv", FrameworkImportTests.riskNumeric)
        run("import", run.path("risks.csv"), "--into", run.path("plan.json"))
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.hasPrefix("Added \(run.path("risks.csv")) to \(run.path("plan.json")) (the plan as it was is kept as plan.json.bak)."))
        #expect(run.out.contains("Read as a risk register."))
        #expect(run.out.contains("1 risk read: 1 added, 0 updated"))
        #expect(run.read("plan.json.bak") == before)
        let plan = try PlanFile.decode(Array(try #require(run.read("plan.json")).utf8), path: "plan.json")
        #expect(plan.risks.map(\.title) == ["Workforce shortages in care at home"])
        #expect(plan.allActions.count == 2)

        // The same sheet again changes nothing and writes nothing.
        let after = run.read("plan.json")
        run("import", run.path("risks.csv"), "--into", run.path("plan.json"))
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("Nothing to add: \(run.path("plan.json")) already has everything in \(run.path("risks.csv"))."))
        #expect(run.read("plan.json") == after)
    }

    @Test func aBadCellNamesTheFileRowAndColumnAndNothingIsWritten() throws {
        var run = try Self.planned()
        let before = run.read("plan.json")
        try run.write("bad.csv", "Indicator,Period,Actual\nCarers assessed,2007/8,31\nCarers assessed,2008/9,about 30\n")
        run("import", run.path("bad.csv"), "--into", run.path("plan.json"))
        #expect(run.status == 1)
        #expect(run.err == "planboard: \(run.path("bad.csv")): row 3, column C (Actual): 'about 30' is not a figure. "
            + "Write a number such as 29.1%, £1,250 or 412, 'n/a' when the data is not yet available, or leave it blank. "
            + "Nothing was written.\n")
        #expect(run.read("plan.json") == before)
    }

    @Test func thePlanMustExistAndMakingOptionsAreRefused() throws {
        var run = try Self.planned()
        try run.write("risks.csv", FrameworkImportTests.riskNumeric)
        run("import", run.path("risks.csv"), "--into", run.path("other.json"))
        #expect(run.status == 1)
        #expect(run.err.contains("\(run.path("other.json")): there is no plan here to add to"))
        #expect(!run.files().contains("other.json"))
        run("import", run.path("risks.csv"), "--into", run.path("plan.json"), "-o", run.path("x.json"))
        #expect(run.status == 2)
        #expect(run.err.contains("--output is for making a new plan; --into adds to the plan named"))
    }

    @Test func aWordDocumentIsRefusedSayingWhatToDo() throws {
        var run = try Self.planned()
        try Data(try OfficeFixtures.bytes("carers-plan.docx")).write(to: URL(fileURLWithPath: run.path("risks.docx")))
        run("import", run.path("risks.docx"), "--into", run.path("plan.json"))
        #expect(run.status == 1)
        #expect(run.err.contains("save it as .xlsx or CSV. Nothing was written."))
    }

    @Test func anExcelSheetIsAddedWithItsSheetNamed() throws {
        var run = try Self.planned()
        let xlsx = OfficeFixtures.folder.deletingLastPathComponent().appendingPathComponent("Framework/indicators-wide.xlsx")
        try FileManager.default.copyItem(atPath: xlsx.path, toPath: run.path("indicators.xlsx"))
        run("import", run.path("indicators.xlsx"), "--into", run.path("plan.json"))
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("Read sheet 'indicators-wide' of an Excel workbook, header on row 1."))
        #expect(run.out.contains("2 indicators read: 2 added"))
    }
}
