import Testing
@testable import PlanBoardCore

@Suite("PlanImporter")
struct PlanImporterTests {
    func importing(_ text: String, _ overrides: [ColumnOverride] = []) throws -> ImportResult {
        try PlanImporter.importPlan(csv: Array(text.utf8), options: ImportOptions(overrides: overrides))
    }

    /// A plan with merged outcome cells, flagged and shared refs, RAG, measure and progress columns.
    static let ratedPlan = """
        Carers Delivery Plan 2025-2028
        ,
        Priority,Ref,Key actions,Lead officer,By when,Measure of success,Progress / achievements to date,RAG status,Status
        "1. Carers are identified early",1.1,"Train GP practice staff, with ""carer aware"" e-learning",CC,March 2026,80% of practices trained,"Six practices done;
        two booked",Green,In progress
        ,1.5 P,Run a carers week stall,CC / NHS,June 2026,,,Amber/Green,
        ,1.5 P,Write to every practice,"NHS, CC",TBC,,,amber,
        2: Carers have a life alongside caring,2.1,Short breaks fund,SW,2026/27,,,G,Complete
        ,2.2,Test a new respite service,SW,Q3 2025/26,,,Purple,With the IJB
        """

    @Test func mergedOutcomeCellsBelongToTheOutcomeAbove() throws {
        let plan = try importing(Self.ratedPlan).plan
        #expect(plan.outcomes.map(\.number) == ["1", "2"])
        #expect(plan.outcomes.map(\.title) == ["Carers are identified early", "Carers have a life alongside caring"])
        #expect(plan.outcomes.map { $0.actions.count } == [3, 2])
    }

    @Test func takesTheTitleFromARowAboveTheHeader() throws {
        let result = try importing(Self.ratedPlan)
        #expect(result.plan.title == "Carers Delivery Plan 2025-2028")
        #expect(result.report.headerRow == 3)
    }

    @Test func givesSharedRefsALetterEachAndKeepsTheirFlags() throws {
        let actions = try importing(Self.ratedPlan).plan.allActions
        #expect(actions.map(\.ref) == ["1.1", "1.5a P", "1.5b P", "2.1", "2.2"])
        #expect(actions.map(\.id.rawValue) == ["a1", "a2", "a3", "a4", "a5"])
    }

    @Test func readsEveryFieldAsWritten() throws {
        let action = try #require(try importing(Self.ratedPlan).plan.allActions.first)
        #expect(action.text == "Train GP practice staff, with \"carer aware\" e-learning")
        #expect(action.leads == ["CC"])
        #expect(action.deadline == "March 2026")
        #expect(action.measure == "80% of practices trained")
        #expect(action.progress == "Six practices done;\ntwo booked")
        #expect(action.rag == .green)
        #expect(action.status == .inProgress)
    }

    @Test func splitsLeadsAtCommasAndSlashes() throws {
        let actions = try importing(Self.ratedPlan).plan.allActions
        #expect(actions[1].leads == ["CC", "NHS"])
        #expect(actions[2].leads == ["NHS", "CC"])
    }

    @Test func readsRAGWordsAsTypedAndMapsFiveLevelRatingsWithAWarning() throws {
        let result = try importing(Self.ratedPlan)
        #expect(result.plan.allActions.map(\.rag) == [.green, .amber, .amber, .green, .unrated])
        #expect(result.report.rag == { var c = RAGCounts(); c.green = 2; c.amber = 2; c.unrated = 1; return c }())
        let messages = result.report.warnings.map(\.description)
        #expect(messages.contains { $0.hasPrefix("row 5:") && $0.contains("Amber/Green") })
        #expect(messages.contains { $0.hasPrefix("row 8:") && $0.contains("'Purple'") && $0.contains("not rated") })
        #expect(messages.contains { $0.hasPrefix("row 8:") && $0.contains("'With the IJB'") && $0.contains("shown as written") })
        #expect(result.plan.allActions[4].statusWord == "With the IJB")
    }

    @Test func readsStatusWordsFromATimescaleStatusColumn() throws {
        let csv = """
            Outcome,Action,Timescale/Status,Lead
            1 Heard,Launch the network,Complete,CC
            ,Keep the forum going,On-going,CC
            ,Review contracts,March 2023,SW
            """
        let result = try importing(csv)
        let actions = result.plan.allActions
        #expect(actions.map(\.status) == [.complete, .ongoing, .notStarted])
        // `Complete` is a status, not a deadline; `On-going` is both, so it stays the deadline too.
        #expect(actions.map(\.deadline) == ["", "On-going", "March 2023"])
        #expect(result.report.warnings.filter { $0.row != nil }.isEmpty)
    }

    @Test func withNoTitleRowTheWarningShowsAPlaceholderTitleNotAnInventedOne() throws {
        let result = try importing("Outcome,Action\n1: Heard,Set up a forum\n")
        let warning = result.report.warnings.map(\.description).first { $0.contains("no title row") }
        #expect(warning?.contains(#"--title "Your plan's title""#) == true, "\(warning ?? "no warning")")
        #expect(warning?.contains("Carers Delivery Plan") == false)
    }

    @Test func infersUnrecognisedColumnsFromTheirContentsAndSaysSo() throws {
        let csv = """
            Strand,Thing to do,Colour,Target
            Carers are heard,Set up a carers forum in each locality,G,March 2026
            ,Publish a carers newsletter every quarter,A,Autumn 2025
            ,Train staff in carer awareness across the partnership,R,2025/26
            Carers have breaks,Open a short breaks bureau for the city,G,Q3 2025/26
            ,Commission two more respite beds in the west locality,A,June 2026
            """
        let result = try importing(csv)
        let byHeader = Dictionary(uniqueKeysWithValues: result.report.columns.map { ($0.header, $0) })
        #expect(byHeader["Strand"]?.field == .outcome)
        #expect(byHeader["Colour"]?.field == .rag)
        #expect(byHeader["Target"]?.field == .deadline)
        #expect(byHeader["Thing to do"]?.field == .action)
        for name in ["Colour", "Target", "Thing to do"] {
            guard case .contents = byHeader[name]?.basis else { Issue.record("\(name) should be guessed"); continue }
        }
        #expect(result.report.text.contains("guessed"))
        #expect(result.plan.outcomes.map { $0.actions.count } == [3, 2])
    }

    @Test func groupsByTheFirstNumberOfTheRefWhenThereIsNoOutcomeColumn() throws {
        let csv = "Ref,Action,Lead\n1.1,One,CC\n1.2,Two,CC\n2.1,Three,SW\n"
        let result = try importing(csv)
        #expect(result.plan.outcomes.map(\.number) == ["1", "2"])
        #expect(result.plan.outcomes.map { $0.actions.count } == [2, 1])
        #expect(result.report.warnings.contains { $0.message.contains("no outcome column") })
    }

    @Test func aMapOverrideBeatsRecognition() throws {
        let csv = "Outcome,Action,Notes,Lead\n1: Heard,Do it,Said at meeting,CC\n"
        let result = try importing(csv, [try ColumnOverride.parse("Notes=progress"), try ColumnOverride.parse("lead=ignore")])
        let action = try #require(result.plan.allActions.first)
        #expect(action.progress == "Said at meeting")
        #expect(action.leads == [])
        #expect(result.report.ignoredColumns.map(\.header) == ["Lead"])
    }

    @Test func badMapsAreRefusedClearly() {
        #expect(throws: ImportError.badMapping("Notes")) { try ColumnOverride.parse("Notes") }
        #expect(throws: ImportError.badMapping("Notes=colour")) { try ColumnOverride.parse("Notes=colour") }
        #expect(throws: ImportError.unknownColumn("Nope", headers: ["Outcome", "Action"])) {
            try importing("Outcome,Action\n1: A,B\n", [ColumnOverride(header: "Nope", field: .lead)])
        }
    }

    @Test func importsAWindows1252FileWithoutMojibake() throws {
        let bytes = Array("Outcome,Action,Lead,RAG\n1: Carers".utf8) + [0x92] + Array(" voices,Caf".utf8) + [0xE9, 0x20, 0x96, 0x20, 0xA3]
            + Array("5 a head,CC,Red\r\n".utf8)
        let result = try PlanImporter.importPlan(csv: bytes)
        #expect(result.plan.outcomes.first?.title == "Carers\u{2019} voices")
        #expect(result.plan.allActions.first?.text == "Café – £5 a head")
        #expect(result.report.encoding == .windows1252)
        #expect(result.report.text.contains("Windows-1252"))
    }

    @Test func aMalformedFileGivesRowAndColumn() {
        let csv = "Outcome,Action\n1: A,ok\n,\"broken\n"
        #expect(throws: ImportError.csv(.unterminatedQuote(row: 3, column: 2, line: 3))) { try importing(csv) }
    }

    @Test func refusesATableWithNoActionColumn() {
        #expect(throws: ImportError.noActionColumn(headers: ["Outcome", "Lead"])) { try importing("Outcome,Lead\nA,B\n") }
    }

    @Test func ignoresBlankRowsAndWarnsAboutCellsBeyondTheHeader() throws {
        let result = try importing("Outcome,Action\n1: A,one\n,,\n,two,stray\n")
        #expect(result.plan.allActions.map(\.text) == ["one", "two"])
        #expect(result.report.warnings.filter { $0.row != nil }.map(\.description)
                    == ["row 4: cells beyond the last header column were ignored"])
    }

    @Test func splitsOutcomeNumbersFromTitles() {
        #expect(PlanImporter.splitOutcome("Carer Strategic Outcome 1: I am heard") == ("1", "I am heard"))
        #expect(PlanImporter.splitOutcome("Outcome 1: I am heard") == ("1", "I am heard"))
        #expect(PlanImporter.splitOutcome("2. Breaks") == ("2", "Breaks"))
        #expect(PlanImporter.splitOutcome("B) Money") == ("B", "Money"))
        #expect(PlanImporter.splitOutcome("Carers: heard and valued") == ("", "Carers: heard and valued"))
        #expect(PlanImporter.splitOutcome("Carers are heard") == ("", "Carers are heard"))
    }
}
