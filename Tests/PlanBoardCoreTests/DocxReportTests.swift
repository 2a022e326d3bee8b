import Foundation
import Testing
@testable import PlanBoardCore

/// The Word report is checked as Word would see it: unzipped, its XML parsed and walked.
@Suite("DocxReport")
struct DocxReportTests {
    static let since = Day(year: 2026, month: 9, day: 1)!

    static func docx(_ plan: Plan = ReportFixtures.plan, since: Day? = DocxReportTests.since) -> [UInt8] {
        DocxReport.render(plan, today: ReportFixtures.today, options: ReportOptions(since: since))
    }

    static func part(_ bytes: [UInt8], _ name: String) throws -> XMLElement {
        var archive = try ZipArchive(bytes: bytes)
        return try XMLReader.parse(try #require(try archive.contents(of: name)))
    }

    /// Each table as rows of cell texts (paragraphs joined by line breaks).
    static func tables(_ document: XMLElement) -> [[[String]]] {
        document.descendants("tbl").map { table in
            table.children("tr").map { row in
                row.children("tc").map { cell in cell.children("p").map { $0.descendants("t").map(\.text).joined() }.joined(separator: "\n") }
            }
        }
    }

    static func paragraphs(_ document: XMLElement, style: String) -> [String] {
        document.child("body")!.children("p").filter { $0.child("pPr")?.child("pStyle")?.attribute("val") == style }
            .map { $0.descendants("t").map(\.text).joined() }
    }

    @Test func isAZipOfStoredPartsThatAllParse() throws {
        let bytes = Self.docx()
        var archive = try ZipArchive(bytes: bytes)
        #expect(archive.entries.map(\.name) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                                "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                                                "word/settings.xml", "word/footer1.xml"])
        #expect(archive.entries.allSatisfy { $0.method == 0 })
        for entry in archive.entries {
            // Reading checks each entry's CRC-32; parsing checks the XML is well formed.
            _ = try XMLReader.parse(try archive.contents(of: entry))
        }
        let types = try Self.part(bytes, "[Content_Types].xml")
        let overrides = types.children("Override").compactMap { $0.attribute("PartName") }
        #expect(Set(overrides) == ["/word/document.xml", "/word/styles.xml", "/word/settings.xml", "/word/footer1.xml",
                                   "/docProps/core.xml", "/docProps/app.xml"])
    }

    @Test func theSamePlanGivesTheSameBytes() {
        #expect(Self.docx() == Self.docx())
        #expect(Self.docx() != Self.docx(since: nil))
    }

    @Test func isA4LandscapeWithPageNumbersInTheFooter() throws {
        let document = try Self.part(Self.docx(), "word/document.xml")
        let size = try #require(document.descendants("pgSz").first)
        #expect(size.attribute("w") == "16838" && size.attribute("h") == "11906" && size.attribute("orient") == "landscape")
        let footer = try Self.part(Self.docx(), "word/footer1.xml")
        let fields = footer.descendants("instrText").map { $0.text.trimmingWhitespace() }
        #expect(fields == ["PAGE", "NUMPAGES"])
        #expect(footer.text.contains("Northshire Carers <Delivery> Plan — progress report, 23 November 2026 · Page "))
    }

    @Test func opensWithTheTitleAndTheSummaryOfEachOutcome() throws {
        let document = try Self.part(Self.docx(), "word/document.xml")
        #expect(Self.paragraphs(document, style: "Title") == ["Northshire Carers <Delivery> Plan"])
        #expect(try Self.part(Self.docx(), "docProps/core.xml").child("title")?.text == "Northshire Carers <Delivery> Plan")
        let summary = Self.tables(document)[0]
        #expect(summary[0] == ["Outcome", "Actions", "Red", "Amber", "Green", "Not rated", "Overdue"])
        #expect(summary[1] == ["Outcome 1: Carers are identified & heard", "2", "0", "1", "1", "0", "1"])
        #expect(summary[2] == ["Outcome 2: Carers have a life alongside caring", "2", "1", "0", "0", "1", "1"])
        #expect(summary[3] == ["Outcome 3: Young carers are supported", "0", "0", "0", "0", "0", "0"])
        #expect(summary[4] == ["All outcomes", "4", "1", "1", "1", "1", "2"])
    }

    @Test func aChartOfEachOutcomesRatingsDrawnWithShadedCells() throws {
        let document = try Self.part(Self.docx(), "word/document.xml")
        let chart = document.descendants("tbl")[1]
        #expect(chart.child("tblGrid")?.children("gridCol").count == 102)
        let rows = chart.children("tr")
        #expect(rows.count == 3)
        // Outcome 1 has 1 Amber and 1 Green of the largest outcome's 2: half the bar each.
        let first = rows[0].children("tc")
        #expect(first.map { $0.descendants("t").map(\.text).joined() } == ["Outcome 1", "A 1", "G 1", "2"])
        #expect(first.map { $0.child("tcPr")?.child("gridSpan")?.attribute("val") } == [nil, "50", "50", nil])
        #expect(first.compactMap { $0.child("tcPr")?.child("shd")?.attribute("fill") } == ["F0A202", "2E7D32"])
        // An outcome with no actions is an empty bar.
        let third = rows[2].children("tc")
        #expect(third.map { $0.descendants("t").map(\.text).joined() } == ["Outcome 3", "", "0"])
        #expect(third[1].child("tcPr")?.child("gridSpan")?.attribute("val") == "100")
    }

    @Test func aTablePerOutcomeWithItsHeaderRepeatedOnEveryPage() throws {
        let document = try Self.part(Self.docx(), "word/document.xml")
        #expect(Self.paragraphs(document, style: "Heading1") == ["Summary", "Outcome 1: Carers are identified & heard",
                                                                 "Outcome 2: Carers have a life alongside caring",
                                                                 "Outcome 3: Young carers are supported", "Changes since 1 September 2026"])
        let tables = document.descendants("tbl").enumerated().filter { $0.offset != 1 }.map(\.element)
        for table in tables {
            let rows = table.children("tr")
            #expect(rows[0].child("trPr")?.child("tblHeader") != nil)
            #expect(rows.dropFirst().allSatisfy { $0.child("trPr")?.child("tblHeader") == nil })
        }
        let first = Self.tables(document)[2]
        #expect(first[0] == ["Ref", "Priority area", "Action", "Lead", "Deadline", "Overdue / due soon", "Measure of success",
                             "Progress", "RAG", "Status"])
        #expect(first[1] == ["1.1", "1.1 Identify carers", "Train staff | GPs in carer awareness", "CC, NHS", "March 2026", "Overdue",
                             "80% trained", "Six practices done\nTwo booked", "Amber", "In progress"])
        #expect(first[2][5] == "Due soon")
        // The removed action is not in the report.
        #expect(!first.contains { $0.contains("Old idea") })
    }

    @Test func ratingsAreWordsOnTheirColour() throws {
        let document = try Self.part(Self.docx(), "word/document.xml")
        let cells = document.descendants("tc")
        func fill(of word: String) -> String? {
            cells.first { cell in cell.children("p").map { $0.descendants("t").map(\.text).joined() } == [word]
                && cell.child("tcPr")?.child("shd") != nil }?.child("tcPr")?.child("shd")?.attribute("fill")
        }
        #expect(fill(of: "Red") == "B3261E")
        #expect(fill(of: "Amber") == "F0A202")
        #expect(fill(of: "Green") == "2E7D32")
        #expect(fill(of: "Not rated") == "E6E6E6")
    }

    @Test func theChangesSinceADateAreListed() throws {
        let document = try Self.part(Self.docx(), "word/document.xml")
        let changes = try #require(Self.tables(document).last)
        #expect(changes[0] == ["Changed on", "Ref", "Action", "Change", "Reason"])
        #expect(changes[1] == ["1 Sep 2026", "1.1", "Train staff | GPs in carer awareness", "Progress: (blank) → Started", ""])
        #expect(changes[2] == ["5 Oct 2026", "1.1", "Train staff | GPs in carer awareness", "RAG: Red → Amber", "Training restarted"])
    }

    @Test func anOutcomeWithNoActionsKeepsAnEmptyTableAndSaysSo() throws {
        let document = try Self.part(Self.docx(), "word/document.xml")
        let third = Self.tables(document)[4]
        #expect(third.count == 1)
        #expect(document.text.contains("No actions yet."))
    }

    @Test func optionalColumnsOnlyWhenThePlanUsesThem() throws {
        var plan = ReportFixtures.plan
        for o in plan.outcomes.indices {
            for a in plan.outcomes[o].actions.indices {
                plan.outcomes[o].actions[a].area = ""
                plan.outcomes[o].actions[a].measure = ""
            }
        }
        let header = Self.tables(try Self.part(Self.docx(plan), "word/document.xml"))[2][0]
        #expect(header == ["Ref", "Action", "Lead", "Deadline", "Overdue / due soon", "Progress", "RAG", "Status"])
    }

    @Test func textThatLooksLikeMarkupStaysText() throws {
        let xml = String(decoding: try #require(try { var a = try ZipArchive(bytes: Self.docx()); return try a.contents(of: "word/document.xml") }()),
                         as: UTF8.self)
        #expect(xml.contains("Carers week &lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!xml.contains("<script>"))
    }

    @Test func importingTheReportGivesThePlanBack() throws {
        let plan = ReportFixtures.plan
        let table = try OfficeImporter.read(Self.docx(plan), expected: .word)
        let back = try OfficeImporter.importPlan(table, options: ImportOptions()).plan
        #expect(PlanTableView(back) == PlanTableView(plan))
    }

    @Test func theExamplePlanRoundTrips() throws {
        let plan = ExamplePlan.make()
        let table = try OfficeImporter.read(DocxReport.render(plan, today: ReportFixtures.today), expected: .word)
        let result = try OfficeImporter.importPlan(table, options: ImportOptions())
        #expect(PlanTableView(result.plan) == PlanTableView(plan))
        #expect(result.report.warnings.isEmpty)
    }

    @Test func theCarersPlanRoundTripsFromWordToWord() throws {
        let first = try OfficeFixtures.importPlan("carers-plan.docx").plan
        let table = try OfficeImporter.read(DocxReport.render(first, today: ReportFixtures.today), expected: .word)
        let second = try OfficeImporter.importPlan(table, options: ImportOptions()).plan
        #expect(PlanTableView(second) == PlanTableView(first))
    }
}
