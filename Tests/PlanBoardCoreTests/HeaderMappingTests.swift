import Testing
@testable import PlanBoardCore

@Suite("HeaderMapping")
struct HeaderMappingTests {
    @Test("recognises the names plans give their columns", arguments: [
        ("Outcome", PlanField.outcome), ("Strategic Priority", .outcome), ("OUTCOME DESCRIPTION", .outcomeDescription),
        ("Priority area", .area), ("Priority area text", .areaText), ("Ref.", .ref), ("Action No", .ref), ("#", .ref),
        ("Planned action", .action), ("Key Actions", .action), ("Lead", .lead), ("Lead agency/partner", .lead),
        ("Responsible officer", .lead), ("Deadline", .deadline), ("Timescale/Status", .deadline), ("By when?", .deadline),
        ("Measure of success", .measure), ("Progress/Achievements to date", .progress), ("Achievements to date", .progress),
        ("RAG", .rag), ("R.A.G. status", .rag), ("rag  rating", .rag), ("Status", .status),
    ])
    func recognisesCommonHeaders(_ header: String, _ field: PlanField) {
        #expect(PlanField.recognising(header: header) == field)
    }

    @Test func leavesUnknownHeadersForInference() {
        #expect(PlanField.recognising(header: "Colour") == nil)
        #expect(PlanField.recognising(header: "") == nil)
    }

    @Test func aSecondColumnForTheSameFieldIsIgnoredWithTheReason() throws {
        let mapping = try HeaderMapping.make(header: ["Action", "Lead", "Lead partner"], rows: [["x", "CC", "NHS"]])
        #expect(mapping.column(for: .lead) == 1)
        #expect(mapping.columns[2].basis == .ignored("column B is already the lead"))
    }

    @Test func overridesMatchHeadersIgnoringCaseAndPunctuation() throws {
        let mapping = try HeaderMapping.make(header: ["Action", "Notes (officer)"], rows: [],
                                             overrides: [ColumnOverride.parse("notes officer=measure")])
        #expect(mapping.column(for: .measure) == 1)
        #expect(mapping.columns[1].basis == .mapped)
    }

    @Test func anEmptyUnknownColumnIsReportedAsEmpty() throws {
        let mapping = try HeaderMapping.make(header: ["Action", "Spare"], rows: [["x", ""]])
        #expect(mapping.columns[1].basis == .ignored("empty"))
    }

    @Test func namesColumnsWithSpreadsheetLetters() {
        #expect(ColumnChoice(index: 0, header: "", field: nil, basis: .header).letter == "A")
        #expect(ColumnChoice(index: 27, header: "", field: nil, basis: .header).letter == "AB")
    }

    @Test func oneDefinitionOfColumnLettersServesCSVAndExcel() {
        let known = [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (702, "ZZ"), (703, "AAA"), (1_000, "ALL"), (16_384, "XFD")]
        for (column, letters) in known {
            #expect(ColumnLetters.of(column) == letters)
            #expect(ColumnChoice(index: column - 1, header: "", field: nil, basis: .header).letter == letters)
            #expect(ExcelCellReference.letters(column) == letters)
            #expect(ExcelCellReference(letters + "1")?.column == column)
        }
        #expect(ColumnLetters.of(0) == "")
    }
}
