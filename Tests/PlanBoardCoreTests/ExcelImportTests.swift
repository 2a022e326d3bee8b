import Testing
@testable import PlanBoardCore

@Suite("Excel import")
struct ExcelImportTests {
    @Test func aSheetGivesTheSamePlanAsTheSameTableInCSV() throws {
        let csv = try PlanImporter.importPlan(csv: OfficeFixtures.bytes("sources/carers-plan.csv")).plan
        let excel = try OfficeFixtures.importPlan("carers-plan.xlsx").plan
        #expect(PlanTableView(excel) == PlanTableView(csv))
    }

    @Test func datesAreShownAsTheSheetShowsThemInUKOrder() throws {
        let actions = try OfficeFixtures.importPlan("carers-plan.xlsx").plan.allActions
        // 31/03/2026 is a date cell formatted DD/MM/YYYY; "June 2026" one formatted MMMM YYYY.
        #expect(actions[0].deadline == "31/03/2026")
        #expect(actions[2].deadline == "June 2026")
        // The deadline parser reads both: the month's end for a month.
        #expect(DeadlineParser.parse(actions[2].deadline).due == Day(year: 2026, month: 6, day: 30))
    }

    @Test func refsStoredAsNumbersReadAsWritten() throws {
        let refs = try OfficeFixtures.importPlan("carers-plan.xlsx").plan.allActions.map(\.ref)
        #expect(refs == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"])
    }

    @Test func aWorkbookMadeInLibreOfficeWithMergesHiddenCellsAndFormulas() throws {
        let result = try OfficeFixtures.importPlan("workbook.xlsx")
        let plan = result.plan
        #expect(plan.title == "Glenmorven Carers Delivery Plan 2025–2028")
        #expect(plan.outcomes.map(\.title) == ["Carers are identified early", "Carers have a life alongside caring"])
        #expect(plan.outcomes.map(\.actions.count) == [3, 2])
        let actions = plan.allActions
        #expect(actions.map(\.deadline) == ["31/03/2026", "November 2025", "2024/25", "30/06/2026", "On-going"])
        #expect(result.report.source == "Read sheet 'Delivery plan' of an Excel workbook, header on row 3.")
        #expect(result.report.notes.contains(
            "Hidden in the sheet: row 6 and column H. They were read, as Excel's Save As CSV would; add --skip-hidden to leave them out."))
        #expect(result.report.notes.contains(
            "The workbook has 2 sheets ('Delivery plan', 'Lookups'); read 'Delivery plan'. Choose another with --sheet NAME."))
    }

    @Test func formulasGiveTheirSavedValues() throws {
        let table = try OfficeFixtures.read("workbook.xlsx").table
        // F7 is =F4/3 on 75%, shown as a percentage.
        #expect(table.rows[6][5] == "25%")
        #expect(table.rows[3][5] == "75%")
    }

    @Test func hiddenRowsAndColumnsCanBeLeftOut() throws {
        let result = try OfficeFixtures.importPlan("workbook.xlsx", OfficeOptions(skipHidden: true))
        #expect(!result.plan.allActions.contains { $0.text == "Old action kept for the record" })
        #expect(result.plan.allActions.count == 4)
        #expect(result.report.notes.contains("Left out hidden row 6 and column H (--skip-hidden)."))
        #expect(try OfficeFixtures.read("workbook.xlsx").table.rows[3][7] == "check with practices")
        #expect(try OfficeFixtures.read("workbook.xlsx", OfficeOptions(skipHidden: true)).table.rows[3][7] == "")
    }

    @Test func anotherSheetByName() throws {
        let lookups = try OfficeFixtures.read("workbook.xlsx", OfficeOptions(sheet: "lookups"))
        #expect(lookups.table.rows == [["Red"], ["Amber"], ["Green"]])
        #expect(try OfficeFixtures.error("workbook.xlsx", OfficeOptions(sheet: "Actions"))
            == .noSuchSheet("Actions", sheets: ["Delivery plan", "Lookups"]))
    }

    @Test func handBuiltStringsStylesAndSheets() throws {
        let result = try OfficeFixtures.importPlan("excel-edge-cases.xlsx")
        let plan = result.plan
        // The title is an inline rich-text string in a merged A1:G1.
        #expect(plan.title == "Edge Plan for Glenmorven")
        #expect(plan.outcomes.map(\.title) == ["Carers are heard", "Carers have a life"])
        let actions = plan.allActions
        #expect(actions.map(\.ref) == ["1.1", "1.2", "1.3", "2.1"])
        // Rich text without its phonetic guide; an _x000D_ escape as a line break.
        #expect(actions[0].text == "Train reception staff")
        #expect(actions[1].text == "Line one\nLine two")
        #expect(actions[0].leads == ["GP", "CC"])
        // Built-in date format 14, custom "d mmmm yyyy" (with a time of day) and "mmmm yyyy".
        #expect(actions.map(\.deadline) == ["31/03/2026", "February 2026", "", "30/11/2025"])
        // A formula's saved string value.
        #expect(actions[0].rag == .green)
        #expect(result.report.notes.contains("Sheet 'Old notes' is hidden and was passed over."))
        #expect(result.report.notes.contains { $0.hasPrefix("Formula cell E5 had no saved value") })
    }

    @Test func cellTypesReadAsExcelShowsThem() throws {
        let rows = try OfficeFixtures.read("excel-edge-cases.xlsx").table.rows
        #expect(rows[2][6] == "1,234.50")   // #,##0.00
        #expect(rows[4][5] == "#N/A")       // an error value
        #expect(rows[4][6] == "TRUE")       // a boolean
        #expect(rows[6][6] == "25%")        // 0%
        #expect(rows[5] == [])              // row 6 is not in the sheet at all
    }

    @Test func aChartSheetIsRefusedByName() throws {
        #expect(try OfficeFixtures.error("excel-edge-cases.xlsx", OfficeOptions(sheet: "RAG chart")) == .chartSheet("RAG chart"))
    }

    @Test func numberFormatsAreRecognised() {
        #expect(ExcelNumberFormat.parse("dd/mm/yyyy") == .date(.dayMonthYear))
        #expect(ExcelNumberFormat.parse("[$-809]mmmm\\ yyyy;@") == .date(.monthYear))
        #expect(ExcelNumberFormat.parse("mmm-yy") == .date(.monthYear))
        #expect(ExcelNumberFormat.parse("yyyy") == .date(.year))
        #expect(ExcelNumberFormat.parse("h:mm") == .date(.time))
        #expect(ExcelNumberFormat.parse("[Red]0.00%") == .percent(decimals: 2))
        #expect(ExcelNumberFormat.parse("#,##0") == .fixed(decimals: 0, grouped: true))
        #expect(ExcelNumberFormat.parse("\"Due \"0") == .fixed(decimals: 0, grouped: false))
        #expect(ExcelNumberFormat.parse("@") == .text)
        #expect(ExcelNumberFormat.parse("General") == .general)
        #expect(ExcelNumberFormat.builtIn(14) == .date(.dayMonthYear))
        #expect(ExcelNumberFormat.builtIn(17) == .date(.monthYear))
    }

    @Test func serialDaysFollowExcelsCalendar() {
        #expect(ExcelNumberFormat.day(serial: 1, date1904: false) == Day(year: 1900, month: 1, day: 1))
        #expect(ExcelNumberFormat.day(serial: 59, date1904: false) == Day(year: 1900, month: 2, day: 28))
        // Excel's 29 February 1900 never was; serial 61 is 1 March 1900.
        #expect(ExcelNumberFormat.day(serial: 61, date1904: false) == Day(year: 1900, month: 3, day: 1))
        #expect(ExcelNumberFormat.day(serial: 46112, date1904: false) == Day(year: 2026, month: 3, day: 31))
        #expect(ExcelNumberFormat.day(serial: 0, date1904: true) == Day(year: 1904, month: 1, day: 1))
        #expect(ExcelNumberFormat.date(.dayMonthYear).text(46112, date1904: false) == "31/03/2026")
        #expect(ExcelNumberFormat.date(.monthYear).text(46112, date1904: false) == "March 2026")
    }

    @Test func numbersInGeneralFormatReadAsExcelShowsThem() {
        #expect(ExcelNumberFormat.general(2) == "2")
        #expect(ExcelNumberFormat.general(1.1) == "1.1")
        #expect(ExcelNumberFormat.general(0.1 + 0.2) == "0.3")
        #expect(ExcelNumberFormat.general(-12.5) == "-12.5")
        #expect(ExcelNumberFormat.grouped("-1234567.50") == "-1,234,567.50")
    }

    @Test func cellReferences() {
        #expect(ExcelCellReference("B12") == ExcelCellReference(row: 12, column: 2))
        #expect(ExcelCellReference("$AB$3") == ExcelCellReference(row: 3, column: 28))
        #expect(ExcelCellReference("12B") == nil)
        #expect(ExcelCellReference("XFE1") == nil)
        #expect(ExcelCellReference.letters(28) == "AB")
        #expect(ExcelCellReference.range("C3:A1").map { [$0.first, $0.last] } == [ExcelCellReference(row: 1, column: 1), ExcelCellReference(row: 3, column: 3)])
    }
}
