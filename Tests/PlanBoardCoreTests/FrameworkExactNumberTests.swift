import Foundation
import Testing
@testable import PlanBoardCore

/// Figures of an Excel indicator sheet are taken from the cells' full numbers, not the rounded
/// text their number format shows (`0%` shows 0.316 as `32%`); the plan importer keeps the text.
@Suite("Framework import: exact numbers from Excel")
struct FrameworkExactNumberTests {
    /// Cell styles of `workbook`: 0 General, 1 `0%`, 2 `0.0%`, 3 `#,##0`, 4 `"£"#,##0`.
    static let styles = """
        <styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/>\
        <numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0"/></numFmts>\
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="3"/><xf numFmtId="165"/></cellXfs></styleSheet>
        """

    enum Cell {
        case text(String)
        case number(Double, style: Int)
    }

    /// An .xlsx with one sheet, `rows` laid out from A1, numbers stored with the style given.
    static func workbook(_ rows: [[Cell]]) -> [UInt8] {
        let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var zip = ZipWriter()
        zip.add("_rels/.rels", Array("<Relationships><Relationship Id=\"r1\" Type=\"\(r)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8))
        zip.add("xl/workbook.xml", Array("<workbook xmlns:r=\"\(r)\"><sheets><sheet name=\"Indicators\" sheetId=\"1\" r:id=\"s1\"/></sheets></workbook>".utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(("<Relationships><Relationship Id=\"s1\" Type=\"\(r)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"s2\" Type=\"\(r)/styles\" Target=\"styles.xml\"/></Relationships>").utf8))
        zip.add("xl/styles.xml", Array(styles.utf8))
        let data = rows.enumerated().map { index, cells in
            "<row r=\"\(index + 1)\">" + cells.enumerated().map { column, cell in
                let ref = ExcelCellReference.letters(column + 1) + "\(index + 1)"
                switch cell {
                case .text(let text) where text.isEmpty: return ""
                case .text(let text): return "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
                case .number(let value, let style): return "<c r=\"\(ref)\" s=\"\(style)\"><v>\(value)</v></c>"
                }
            }.joined() + "</row>"
        }.joined()
        zip.add("xl/worksheets/sheet1.xml", Array("<worksheet><sheetData>\(data)</sheetData></worksheet>".utf8))
        return zip.bytes()
    }

    /// A wide sheet whose cells hold more precision than they show.
    static let wide: [[Cell]] = [
        [.text("Ref"), .text("Indicator"), .text("Unit"), .text("Series"), .text("Baseline"), .text("Tolerance"), .text("2022/23"), .text("2023/24")],
        [.text("PI3"), .text("Carers feeling supported"), .text("%"), .text("Actual"), .number(0.2875, style: 1), .number(0.025, style: 1),
         .number(0.296, style: 1), .number(0.316, style: 1)],
        [.text(""), .text(""), .text(""), .text("Target"), .text(""), .text(""), .number(0.31267, style: 2), .number(0.35, style: 1)],
        [.text("PI4"), .text("Delayed discharge bed days"), .text("Number"), .text("Actual"), .text(""), .text(""),
         .number(1234.4, style: 3), .number(1100.6, style: 3)],
        [.text("PI5"), .text("Short breaks spend"), .text("Money"), .text("Actual"), .text(""), .text(""),
         .number(10250.75, style: 4), .number(9999.5, style: 4)],
    ]

    static func imported() throws -> FrameworkImportResult {
        let table = try OfficeImporter.read(workbook(wide), expected: .excel)
        return try FrameworkImporter.importInto(ReportFixtures.plan, table: table.table, numbers: table.numbers,
                                                stamp: FrameworkImportTests.stamp)
    }

    @Test func theTableShowsTheRoundedTextAndCarriesTheFullNumbers() throws {
        let table = try OfficeImporter.read(Self.workbook(Self.wide), expected: .excel)
        #expect(table.table.rows[1][6...] == ["30%", "32%"])
        #expect(table.table.rows[2][6...] == ["31.3%", "35%"])
        #expect(table.table.rows[3][6...] == ["1,234", "1,101"])
        #expect(table.table.rows[4][6...] == ["10,251", "10,000"])
        #expect(table.numbers[1, 7] == 31.6)
        #expect(table.numbers[2, 6] == 31.267)
        #expect(table.numbers[3, 6] == 1234.4)
        #expect(table.numbers[4, 6] == 10250.75)
        // Text cells carry no number.
        #expect(table.numbers[1, 1] == nil)
    }

    @Test func percentageCellsImportToTheirFullValue() throws {
        let pi3 = try #require(try Self.imported().plan.indicators.first { $0.ref == "PI3" })
        #expect(pi3.unit == .percentage)
        #expect(pi3.periods.map(\.actual) == [29.6, 31.6])
        #expect(pi3.periods.map(\.target) == [31.267, 35])
        #expect(pi3.baseline?.value == 28.75)
        #expect(pi3.tolerancePercent == 2.5)
    }

    @Test func theReportSaysHowManyFiguresWereReadFromTheFullNumbers() throws {
        let text = try Self.imported().report.text
        #expect(text.contains("9 figures were read as the numbers their cells hold, not as the rounded text shown (E2 shows 29%, read as 28.75%)."))
        // A CSV has only text: nothing to say.
        let csv = try FrameworkImporter.importInto(ReportFixtures.plan, csv: Array("Indicator,Period,Actual\nCarers,2022/23,32%\n".utf8),
                                                   stamp: FrameworkImportTests.stamp)
        #expect(!csv.report.text.contains("rounded text"))
    }

    @Test func groupedAndPoundCellsImportToTheirFullValue() throws {
        let plan = try Self.imported().plan
        #expect(plan.indicators.first { $0.ref == "PI4" }?.periods.map(\.actual) == [1234.4, 1100.6])
        #expect(plan.indicators.first { $0.ref == "PI5" }?.periods.map(\.actual) == [10250.75, 9999.5])
    }

    @Test func thePlanImporterStillReadsWhatTheCellsShow() throws {
        // An action sheet with a `0%` cell: the plan keeps the text the chair sees in Excel.
        let bytes = Self.workbook([[.text("Action"), .text("Lead"), .text("Progress")],
                                   [.text("Open the fund"), .text("SW"), .number(0.316, style: 1)]])
        let table = try OfficeImporter.read(bytes, expected: .excel)
        let result = try PlanImporter.importPlan(table: table.table)
        #expect(result.plan.allActions.first?.progress == "32%")
    }

    @Test func theCommandTakesTheFullNumbers() throws {
        var run = try ImportIntoCommandTests.planned()
        try Data(Self.workbook(Self.wide)).write(to: URL(fileURLWithPath: run.path("indicators.xlsx")))
        run("import", run.path("indicators.xlsx"), "--into", run.path("plan.json"))
        #expect(run.status == 0, "\(run.err)")
        let plan = try PlanFile.decode(Array(try #require(run.read("plan.json")).utf8), path: "plan.json")
        #expect(plan.indicators.first { $0.ref == "PI3" }?.periods.map(\.actual) == [29.6, 31.6])
        #expect(run.out.contains("Read sheet 'Indicators' of an Excel workbook, header on row 1.\n9 figures were read as the numbers"))
    }
}
