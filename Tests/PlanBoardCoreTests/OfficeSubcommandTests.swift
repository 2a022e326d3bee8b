import Foundation
import Testing
@testable import PlanBoardCore

@Suite("Subcommands with Word and Excel files")
struct OfficeSubcommandTests {
    static func copy(_ fixture: String, into run: SubcommandTests.Run, as name: String? = nil) throws -> String {
        let path = run.path(name ?? fixture)
        try Data(OfficeFixtures.bytes(fixture)).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func plan(_ run: SubcommandTests.Run, _ name: String) throws -> Plan {
        try PlanFile.decode(Array(try #require(run.read(name)).utf8), path: name)
    }

    @Test func importsAWordDocumentWithItsReport() throws {
        var run = try SubcommandTests.Run()
        let source = try Self.copy("split-plan.docx", into: run)
        run("import", source)
        #expect(run.status == 0)
        #expect(run.out.contains("Read tables 2, 3 and 4 of a Word document with 5 tables, joined in order, header on table 2, row 1.\n"))
        #expect(run.out.contains("Created 4 outcomes and 6 actions."))
        let plan = try Self.plan(run, "split-plan.json")
        #expect(plan.title == "Glenmorven Carers Strategy: delivery plan by outcome")
    }

    @Test func importsAnExcelSheetByName() throws {
        var run = try SubcommandTests.Run()
        let source = try Self.copy("workbook.xlsx", into: run)
        run("import", source, "-o", run.path("plan.json"), "--skip-hidden", "--sheet", "Delivery plan")
        #expect(run.status == 0)
        #expect(try Self.plan(run, "plan.json").allActions.count == 4)
        run("import", source, "-o", run.path("other.json"), "--sheet", "Budget")
        #expect(run.status == 2)
        #expect(run.err == "planboard import: --sheet 'Budget': the workbook has no such sheet. Its sheets: 'Delivery plan', 'Lookups'. "
            + "(see planboard import --help)\n")
    }

    @Test func aWorkbookSavedWithTheWrongExtensionStillImports() throws {
        var run = try SubcommandTests.Run()
        let source = try Self.copy("carers-plan.xlsx", into: run, as: "plan-export.csv")
        run("import", source, "-o", run.path("plan.json"))
        #expect(run.status == 0)
        #expect(run.out.contains("Read sheet 'Delivery plan' of an Excel workbook"))
    }

    @Test func theTitleIsGivenTheDocumentsOwnOrTheFileName() throws {
        var run = try SubcommandTests.Run()
        let source = try Self.copy("tracked-changes.docx", into: run)
        run("import", source)
        // No Title paragraph and no title in its properties: the file's name, as it is.
        #expect(try Self.plan(run, "tracked-changes.json").title == "tracked-changes")
        #expect(run.out.contains("Title: ‘tracked-changes’, the file's name (no title row above the header)."))
        run("import", source, "--force", "--title", "Draft plan")
        #expect(try Self.plan(run, "tracked-changes.json").title == "Draft plan")
    }

    @Test func optionsForOneKindOfFileAreRefusedForAnother() throws {
        var run = try SubcommandTests.Run()
        let word = try Self.copy("carers-plan.docx", into: run)
        run("import", word, "--sheet", "Plan")
        #expect(run.status == 2)
        #expect(run.err.contains("--sheet is for Excel workbooks (.xlsx)"))
        let excel = try Self.copy("carers-plan.xlsx", into: run)
        run("import", excel, "--lists")
        #expect(run.err.contains("--lists is for Word documents (.docx)"))
        try run.write("plan.csv", SubcommandTests.csv)
        run("import", run.path("plan.csv"), "--table", "2")
        #expect(run.status == 2)
        #expect(run.err.contains("--table is for Word and Excel files, not CSV"))
        run("import", word, "--table", "two")
        #expect(run.err.contains("--table 'two' is not table numbers like 2 or 2,3,4"))
        run("import", word, "--action-lists", "some")
        #expect(run.err.contains("--action-lists 'some' is not auto, numbered, introduced or all"))
        run("import", word, "--table", "7")
        #expect(run.status == 2)
        #expect(run.err.contains("--table 7: the document has only 1 table (1 to 1)."))
        #expect(!run.files().contains { $0.hasSuffix(".json") })
    }

    @Test func exportWritesAWordDocumentBesideThePlanOrWhereAsked() throws {
        var run = try SubcommandTests.Run()
        try Data(PlanFile.encode(ReportFixtures.plan)).write(to: URL(fileURLWithPath: run.path("plan.json")))
        run("export", run.path("plan.json"), "--format", "docx")
        #expect(run.status == 0)
        #expect(run.err == "Wrote \(run.path("plan-report.docx")).\n")
        let written = try #require(FileManager.default.contents(atPath: run.path("plan-report.docx")))
        #expect(Array(written) == DocxReport.render(ReportFixtures.plan, today: ReportFixtures.today))
        run("export", run.path("plan.json"), "--format", "docx", "-o", run.path("papers.docx"), "--since", "2026-09-01")
        #expect(run.status == 0)
        let papers = try #require(FileManager.default.contents(atPath: run.path("papers.docx")))
        #expect(Array(papers) == DocxReport.render(ReportFixtures.plan, today: ReportFixtures.today,
                                                   options: ReportOptions(since: Day(year: 2026, month: 9, day: 1))))
    }

    @Test func exportNeverWritesOverTheWordDocumentThePlanCameFrom() throws {
        var run = try SubcommandTests.Run()
        let word = try Self.copy("carers-plan.docx", into: run)
        let original = FileManager.default.contents(atPath: word)
        run("import", word, "-o", run.path("carers-plan.json"))
        #expect(run.status == 0)
        run("export", run.path("carers-plan.json"), "--format", "docx")
        #expect(run.status == 0)
        #expect(FileManager.default.contents(atPath: word) == original)
        #expect(FileManager.default.fileExists(atPath: run.path("carers-plan-report.docx")))
    }

    @Test func anExportedDocumentImportsBackThroughTheCommands() throws {
        var run = try SubcommandTests.Run()
        try Data(PlanFile.encode(ReportFixtures.plan)).write(to: URL(fileURLWithPath: run.path("plan.json")))
        run("export", run.path("plan.json"), "--format", "docx")
        run("import", run.path("plan-report.docx"), "-o", run.path("back.json"))
        #expect(run.status == 0)
        #expect(PlanTableView(try Self.plan(run, "back.json")) == PlanTableView(ReportFixtures.plan))
    }

    @Test func minutesAsAWordDocument() throws {
        var run = try MinutesCommandTests.folder()
        run("minutes", run.path("plan.json"), "--format", "docx")
        #expect(run.status == 0)
        #expect(run.err == "Wrote \(run.path("plan-minutes-2026-11-23.docx")).\n")
        let written = try #require(FileManager.default.contents(atPath: run.path("plan-minutes-2026-11-23.docx")))
        #expect(Array(written) == DocxMinutes.render(MinutesFixtures.plan, meeting: MinutesFixtures.m2, today: ReportFixtures.today))
        run("minutes", run.path("plan.json"), "--format", "docx", "--meeting", "m1", "-o", run.path("september.docx"))
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: run.path("september.docx")))
    }
}
