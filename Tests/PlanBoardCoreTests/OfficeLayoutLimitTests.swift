import Foundation
import Testing
@testable import PlanBoardCore

/// A tiny file naming a far-right cell in many rows is refused before rows that wide are laid
/// out (it once took over a gigabyte), with the sheet or table, row and column named.
@Suite("Office import: layout limits")
struct OfficeLayoutLimitTests {
    /// An .xlsx with one sheet called `name` holding `rows` (cell reference, text) per row.
    static func xlsx(sheet name: String, rows: [[(String, String)]]) -> [UInt8] {
        let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var zip = ZipWriter()
        zip.add("_rels/.rels", Array("<Relationships><Relationship Id=\"r1\" Type=\"\(r)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8))
        zip.add("xl/workbook.xml", Array(("<workbook xmlns:r=\"\(r)\"><sheets><sheet name=\"\(name)\" sheetId=\"1\" r:id=\"s1\"/></sheets></workbook>").utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array("<Relationships><Relationship Id=\"s1\" Type=\"\(r)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>".utf8))
        let data = rows.enumerated().map { index, cells in
            "<row r=\"\(index + 1)\">" + cells.map { "<c r=\"\($0.0)\(index + 1)\" t=\"inlineStr\"><is><t>\($0.1)</t></is></c>" }.joined() + "</row>"
        }.joined()
        zip.add("xl/worksheets/sheet1.xml", Array("<worksheet><sheetData>\(data)</sheetData></worksheet>".utf8))
        return zip.bytes()
    }

    static func error(_ bytes: [UInt8], _ kind: OfficeKind) -> OfficeError? {
        do {
            _ = try OfficeImporter.read(bytes, expected: kind)
            return nil
        } catch {
            return error
        }
    }

    @Test func aSheetWithACellBeyondColumnALLIsRefusedNamingSheetRowAndColumn() throws {
        let bytes = Self.xlsx(sheet: "Plan", rows: [[("A", "Action"), ("B", "Lead")], [("A", "Open the fund"), ("XFD", "x")]])
        let error = try #require(Self.error(bytes, .excel))
        #expect(error == .tooWide(place: "sheet 'Plan'", row: 2, column: "XFD", limit: 1_000))
        #expect(error.description.hasPrefix("sheet 'Plan', row 2 has a cell in column XFD, beyond the 1000 columns"))
        #expect(error.description.contains("Delete the cells far to the right"))
    }

    @Test func aSheetUpToColumnALLIsStillRead() throws {
        let bytes = Self.xlsx(sheet: "Plan", rows: [[("A", "Action"), ("B", "Lead")], [("A", "Open the fund"), ("B", "SW"), ("ALL", "x")]])
        let table = try OfficeImporter.read(bytes, expected: .excel)
        #expect(table.table.rows.count == 2)
        #expect(table.table.rows[1].count == 1_000)
    }

    @Test func aSheetWhoseRowsLayOutTooManyCellsIsRefused() throws {
        // 2,001 rows reaching column ALL: each is allowed, together they are 2,001,000 cells.
        let rows = (0..<2_001).map { _ in [("A", "a"), ("ALL", "z")] }
        let error = try #require(Self.error(Self.xlsx(sheet: "Big", rows: rows), .excel))
        #expect(error == .tooManyCells(place: "sheet 'Big'", row: 2_001, limit: 2_000_000))
        #expect(error.description.contains("Delete the rows and columns that are not the plan"))
    }

    static func wordRow(_ spans: [Int]) -> String {
        "<w:tr>" + spans.map { "<w:tc><w:tcPr><w:gridSpan w:val=\"\($0)\"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
    }

    @Test func aWordTableRowWiderThanTheLimitIsRefusedNamingTableRowAndColumn() throws {
        // Each cell's span is within the per-cell cap of 1,000; the row's total is not.
        let header = WordImportTests.table([["Action", "Lead"]])
        let wide = "<w:tbl>" + Self.wordRow([1, 1]) + Self.wordRow([1_000, 1_000, 1]) + "</w:tbl>"
        let error = try #require(Self.error(WordImportTests.docx(header + wide), .word))
        #expect(error == .tooWide(place: "Word table 2", row: 2, column: "2001", limit: 1_000))
        #expect(error.description.hasPrefix("Word table 2, row 2 has a cell in column 2001"))
    }

    @Test func aWordTableOfTooManyCellsIsRefused() throws {
        let rows = String(repeating: Self.wordRow([999, 1]), count: 2_001)
        let error = try #require(Self.error(WordImportTests.docx("<w:tbl>" + rows + "</w:tbl>"), .word))
        #expect(error == .tooManyCells(place: "Word table 1", row: 2_001, limit: 2_000_000))
    }
}
