import Foundation
import Testing
@testable import PlanBoardCore

@Suite("Word import")
struct WordImportTests {
    @Test func aTableInWordGivesTheSamePlanAsTheSameTableInCSV() throws {
        let csv = try PlanImporter.importPlan(csv: OfficeFixtures.bytes("sources/carers-plan.csv")).plan
        let word = try OfficeFixtures.importPlan("carers-plan.docx").plan
        #expect(PlanTableView(word) == PlanTableView(csv))
        #expect(word.outcomes.map(\.actions.count) == [3, 2, 2])
    }

    @Test func mergedOutcomeCellsBelongToEveryRowTheySpan() throws {
        let table = try OfficeFixtures.read("carers-plan.docx").table
        // LibreOffice wrote the outcome cells as vMerge restart/continue: each row carries its outcome.
        #expect(table.rows[1][0] == "Outcome 1: Carers are identified early and heard")
        #expect(table.rows[3][0] == "Outcome 1: Carers are identified early and heard")
        #expect(table.rows[4][0] == "Outcome 2: Carers have a life alongside caring")
    }

    @Test func aPlanSplitOverTablesIsJoinedWithTheHeadingAboveEachAsItsOutcome() throws {
        let result = try OfficeFixtures.importPlan("split-plan.docx")
        let plan = result.plan
        #expect(plan.title == "Glenmorven Carers Strategy: delivery plan by outcome")
        #expect(plan.outcomes.map(\.number) == ["1", "2", "3", "4"])
        #expect(plan.outcomes.map(\.title) == ["I am identified early and listened to", "I have a life alongside caring",
                                               "I am supported in my caring role", "Young carers can be children first"])
        #expect(plan.outcomes[0].description == "Carers are recognised by the people they meet first, and what they say shapes the help offered.")
        #expect(plan.outcomes.map(\.actions.count) == [3, 2, 0, 1])
        #expect(plan.allActions.map(\.ref) == ["1.1", "1.2", "1.3", "2.1", "2.2", "4.1"])
        #expect(plan.allActions.map(\.rag) == [.green, .amber, .red, .green, .amber, .amber])
        #expect(result.report.source == "Read tables 2, 3 and 4 of a Word document with 5 tables, joined in order, header on table 2, row 1.")
        #expect(result.report.text.contains("(no table): Carer Strategic Outcome 3: I am supported in my caring role"))
    }

    @Test func textInCellsKeepsParagraphsListsAndLinks() throws {
        let actions = try OfficeFixtures.importPlan("split-plan.docx").plan.allActions
        #expect(actions[1].text == "Add a carer question to the hospital discharge checklist\nReport uptake to the partnership each quarter")
        #expect(actions[2].text == "Publish a carers' guide, online at the carers' hub and in print")
        #expect(actions[4].text == "Agree flexible working guidance for carers with the largest employers\n• Council\n• NHS board")
    }

    @Test func aHeaderRowRepeatedInsideATableIsNotAnAction() throws {
        let result = try OfficeFixtures.importPlan("split-plan.docx")
        #expect(!result.plan.allActions.contains { $0.text == "Key action" })
        #expect(result.report.notes.contains("Left out 1 header row repeated inside the tables."))
    }

    @Test func tablesThatAreNotThePlanAreLeftOutAndChoosingOneReadsOnlyIt() throws {
        let contacts = try OfficeFixtures.read("split-plan.docx", OfficeOptions(tables: [1]))
        #expect(contacts.source.hasPrefix("Read table 1 of a Word document"))
        #expect(contacts.table.rows == [["Name", "Organisation", "Email"], ["Ailsa Brodie", "Glenmorven Council", "ailsa.brodie@example.org"],
                                        ["Ravi Menon", "NHS Glenmorven", "ravi.menon@example.org"]])
        let two = try OfficeFixtures.importPlan("split-plan.docx", OfficeOptions(tables: [3])).plan
        #expect(two.allActions.map(\.ref) == ["2.1", "2.2"])
    }

    /// A .docx holding `body` (WordprocessingML paragraphs and tables), written in the test.
    static func docx(_ body: String) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("_rels/.rels", Array(("<Relationships><Relationship Id=\"r1\" Type=\"x/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>").utf8))
        zip.add("word/document.xml", Array("<w:document xmlns:w=\"w\"><w:body>\(body)</w:body></w:document>".utf8))
        return zip.bytes()
    }

    static func table(_ rows: [[String]]) -> String {
        "<w:tbl>" + rows.map { row in
            "<w:tr>" + row.map { "<w:tc><w:p><w:r><w:t>\($0)</w:t></w:r></w:p></w:tc>" }.joined() + "</w:tr>"
        }.joined() + "</w:tbl>"
    }

    @Test func offersTheOtherTablesThatCouldBeThePlan() throws {
        let bytes = Self.docx(Self.table([["Ref", "Action", "Lead"], ["1.1", "Open the fund", "SW"]])
            + Self.table([["Action", "RAG", "Progress"], ["Train staff", "Green", "Done"], ["Run a stall", "Red", ""]]))
        let table = try OfficeImporter.read(bytes, expected: .word)
        #expect(table.source == "Read table 2 of a Word document with 2 tables")
        #expect(table.notes == ["Table 1 (1 row; Ref, Action, Lead) could also be the plan: import it alone with --table 1, "
            + "or with the tables read with --table 2,1."])
        let chosen = try OfficeImporter.read(bytes, expected: .word, options: OfficeOptions(tables: [1, 2]))
        #expect(chosen.source == "Read tables 1 and 2 of a Word document with 2 tables, joined in order")
        // Joined by header name: Action lines up across both tables.
        #expect(chosen.table.rows == [["Ref", "Action", "Lead", "RAG", "Progress"], ["1.1", "Open the fund", "SW", "", ""],
                                      ["", "Train staff", "", "Green", "Done"], ["", "Run a stall", "", "Red", ""]])
    }

    @Test func aTableWithAHeaderButNoPlanWordsIsReadFromItsContents() throws {
        let bytes = Self.docx("<w:p><w:r><w:t>Our plan</w:t></w:r></w:p>" + Self.table([
            ["#", "Description of the work", "Team"],
            ["1", "Open a short breaks fund with a one-page form", "SW"],
            ["2", "Train reception staff in every GP practice", "CC"],
        ]))
        let result = try OfficeImporter.importPlan(try OfficeImporter.read(bytes, expected: .word), options: ImportOptions())
        #expect(result.plan.allActions.map(\.text) == ["Open a short breaks fund with a one-page form",
                                                        "Train reception staff in every GP practice"])
    }

    @Test func aTableNumberTheDocumentDoesNotHaveIsRefused() throws {
        #expect(try OfficeFixtures.error("split-plan.docx", OfficeOptions(tables: [9])) == .noSuchTable(9, tables: 5))
    }

    @Test func handBuiltMergesTrackedChangesListsAndLinks() throws {
        let result = try OfficeFixtures.importPlan("word-edge-cases.docx")
        let plan = result.plan
        #expect(plan.title == "Edge case plan")
        #expect(plan.outcomes.map(\.title) == ["Carers are heard", "Carers have a life alongside caring"])
        #expect(plan.outcomes[0].description == "Carers are recognised early and listened to.")
        let actions = plan.allActions
        #expect(actions.map(\.ref) == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.1"])
        // Tracked changes: the insertion kept, the deletion dropped.
        #expect(actions[0].text == "Train reception staff in GP practices")
        // Line breaks and paragraphs become lines; a tab a space.
        #expect(actions[1].text == "Write to carers\nby post\nand by email (both)")
        // vMerge: the lead merged over 1.2 and 1.3 belongs to both.
        #expect(actions[1].leads == ["CC"] && actions[2].leads == ["CC"])
        // Hyperlinks and field results give their text; field codes and text moved away do not.
        #expect(actions[2].text == "Publish the guide on the carers hub and the council site in print")
        // A row inside a content control is read; numbered and bulleted items keep their marks.
        #expect(actions[3].text == "Agree the fund's rules:\n1. eligibility\n2. amounts\n  • for under-18s\n• publish them")
        // gridSpan: a cell spanning lead and deadline stays in the lead column, and RAG is still RAG.
        #expect(actions[4].leads == ["VS"] && actions[4].deadline == "" && actions[4].rag == .amber)
        // A table nested in a cell gives its text as lines.
        #expect(actions[5].text == "Review the contracts:\nNorth\nSouth")
        #expect(result.report.notes.contains("Left out 2 header rows repeated inside the tables."))
    }

    @Test func theTitleIsTheDocumentsOwnUnlessGiven() throws {
        let result = try OfficeFixtures.importPlan("word-edge-cases.docx")
        #expect(result.plan.title == "Edge case plan")
        #expect(result.report.title == .document)
        #expect(result.report.text.contains("Title: ‘Edge case plan’, the document's own title."))
        let given = try OfficeImporter.importPlan(OfficeFixtures.read("word-edge-cases.docx"), options: ImportOptions(title: "Draft"))
        #expect(given.plan.title == "Draft")
        #expect(given.report.title == .option(sheet: "Edge case plan"))
    }

    @Test func changesTrackedInLibreOfficeAreReadAsAccepted() throws {
        let actions = try OfficeFixtures.importPlan("tracked-changes.docx").plan.allActions
        #expect(actions.map(\.text) == ["Train reception staff in GP practice", "Add a carer question to the discharge checklist"])
        #expect(actions.map(\.rag) == [.amber, .green])
    }

    @Test func warningsNameTheTableAndRow() throws {
        let result = try OfficeFixtures.importPlan("carers-plan.docx")
        #expect(result.report.warnings.map(\.description) == ["table 1, row 6: RAG 'Amber/Green': a five-level Amber/Green is read as Amber"])
    }

    @Test func theGridPutsEachCellUnderItsColumn() throws {
        let table = WordTable(rows: [
            WordRow(cells: [WordCell(text: "A", span: 2, verticalMerge: .none), WordCell(text: "B", span: 1, verticalMerge: .restart)],
                    skippedBefore: 0, isRepeatedHeader: true),
            WordRow(cells: [WordCell(text: "C", span: 1, verticalMerge: .none), WordCell(text: "", span: 1, verticalMerge: .continue)],
                    skippedBefore: 1, isRepeatedHeader: false),
        ], gridColumns: 3)
        let grid = try WordTableGrid(table, number: 1)
        // Row 2 skips one grid column; its last cell continues the merge that B started.
        #expect(grid.rows == [["A", "", "B"], ["", "C", "B"]])
        #expect(grid.repeatedHeader == [true, false])
        let merged = WordTable(rows: [
            WordRow(cells: [WordCell(text: "X", span: 1, verticalMerge: .restart), WordCell(text: "1", span: 1, verticalMerge: .none)],
                    skippedBefore: 0, isRepeatedHeader: false),
            WordRow(cells: [WordCell(text: "", span: 1, verticalMerge: .continue), WordCell(text: "2", span: 1, verticalMerge: .none)],
                    skippedBefore: 0, isRepeatedHeader: false),
        ], gridColumns: 2)
        #expect((try WordTableGrid(merged, number: 1)).rows == [["X", "1"], ["X", "2"]])
    }
}
