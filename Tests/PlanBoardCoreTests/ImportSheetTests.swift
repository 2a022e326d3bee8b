import Testing
@testable import PlanBoardCore

/// Import over our own sheets of each shape real plans come in (`Tests/ImportSheets/`).
@Suite("Importing real-shaped sheets")
struct ImportSheetTests {
    func action(_ plan: Plan, _ ref: String) throws -> Action {
        try #require(plan.allActions.first { $0.ref == ref }, "no action \(ref)")
    }

    @Test func leadsWrittenTogetherBecomeSeparateLeadsAndTheKey() throws {
        let plan = try ImportSheets.importing("leads-in-one-cell.csv").plan
        #expect(plan.allActions.map(\.leads) == [
            ["JB", "KM", "RT", "PD"],
            ["AB", "CD"],
            ["CD", "AR", "SB"],
            ["Planning Group", "JB", "KM"],
            ["Dundee Carers Centre", "Lead Scotland"],
            ["Penumbra", "Carseview", "Carers Trust"],
            ["Short Breaks", "SDS Personalisation proposal bid"],
            ["A", "B"],
            ["Dundee Carers Centre Localities Team"],
            ["NHS Tayside"],
            ["Learning & Development Team"],
            ["JB", "KM"],
        ])
        // The key lists each lead once, in the order met, with names left for the officer.
        #expect(plan.leads.map(\.initials) == [
            "JB", "KM", "RT", "PD", "AB", "CD", "AR", "SB", "Planning Group", "Dundee Carers Centre", "Lead Scotland",
            "Penumbra", "Carseview", "Carers Trust", "Short Breaks", "SDS Personalisation proposal bid", "A", "B",
            "Dundee Carers Centre Localities Team", "NHS Tayside", "Learning & Development Team",
        ])
        #expect(plan.leads.allSatisfy { $0.name.isEmpty && $0.organisation.isEmpty })
    }

    @Test func theBoardFindsEveryActionOfASplitLead() throws {
        let plan = try ImportSheets.importing("leads-in-one-cell.csv").plan
        var state = BoardState(plan: plan, fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        state.filter = try BoardFilter.parse("@jb")
        state.rebuildLanes()
        #expect(state.lanes.flatMap(\.cards).map { plan.outcomes[$0.outcome].actions[$0.action].ref } == ["1.1", "1.4", "1.12"])
        let lanes = Lane.grouped(plan, by: .lead, includingRemoved: false) { _ in true }
        #expect(lanes.map(\.title).prefix(3) == ["JB", "KM", "RT"])
        #expect(!lanes.contains { $0.title.contains("/") || $0.title == "JB KM RT PD" })
        #expect(LeadCompletion.matches(for: "K", in: plan.leads).map(\.initials) == ["KM"])
    }

    @Test func aSheetWithoutRefsIsNumberedPerOutcome() throws {
        let result = try ImportSheets.importing("no-refs.tsv")
        let plan = result.plan
        #expect(result.report.separator == "\t")
        #expect(plan.outcomes.map(\.number) == ["1", "2"])
        #expect(plan.outcomes.map(\.title) == ["Carers are heard", "Carers have breaks"])
        #expect(plan.allActions.map(\.ref) == ["1.1", "1.2", "2.1", "2.2", "2.3"])
        #expect(result.report.text.contains("5 had none and are numbered within their outcome"))
    }

    @Test func aRefColumnOfSharedAreaNumbersGivesEachActionALetter() throws {
        let result = try ImportSheets.importing("shared-area-refs.csv")
        let plan = result.plan
        #expect(plan.allActions.map(\.ref) == ["1.1a", "1.1b", "1.1c", "1.2", "2.1a", "2.1b", "2.1c"])
        // The shared number is kept as the priority area, so reports and `#` still know it.
        #expect(plan.allActions.map(\.area) == ["1.1", "1.1", "1.1", "1.2", "2.1", "2.1", "2.1"])
        #expect(result.report.text.contains("read as the priority area"))
        #expect(result.report.text.contains("1 blank ref cell took the ref above (merged cells)"))
    }

    @Test func hashFindsBothTheAreaNumberAndTheLetteredRef() throws {
        let plan = try ImportSheets.importing("shared-area-refs.csv").plan
        var state = BoardState(plan: plan, fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        func jump(_ text: String) -> String? {
            send(&state, .jumpToRef)
            type(&state, text)
            send(&state, .submit)
            return state.selectedAction?.ref
        }
        #expect(jump("2.1") == "2.1a")
        #expect(jump("1.1c") == "1.1c")
        #expect(jump("2.1 b") == "2.1b")
        #expect(jump("1.2") == "1.2")
        #expect(jump("1.1") == "1.1a")
    }

    @Test func statusWordsInATimescaleColumnAreStatusesNotDeadlines() throws {
        let result = try ImportSheets.importing("status-words.csv")
        let plan = result.plan
        let cases: [(ref: String, deadline: String, status: Status, shown: String)] = [
            ("1.1", "", .inProgress, "In development"),
            ("1.2", "", .inProgress, "Development activity"),
            ("1.3", "", .ongoing, "Ongoing/development work"),
            ("1.4", "March 2027", .inProgress, "On track"),
            ("1.5", "June 2026", .delayed, "Awaiting funding"),
            ("1.7", "Q4 2026/27", .inProgress, "In progress"),
            ("1.8", "TBC", .notStarted, "Not started"),
            ("1.9", "On-going", .ongoing, "On-going"),
            ("1.10", "", .complete, "Complete"),
        ]
        for expected in cases {
            let action = try action(plan, expected.ref)
            #expect(action.deadline == expected.deadline, "\(expected.ref)")
            #expect(action.status == expected.status, "\(expected.ref)")
            #expect(action.statusWord == expected.shown, "\(expected.ref)")
        }
    }

    @Test func anUnknownStatusStaysVisibleAsWritten() throws {
        let result = try ImportSheets.importing("status-words.csv")
        let action = try action(result.plan, "1.6")
        #expect(action.statusWord == "With the IJB for a decision")
        #expect(action.status == .inProgress, "a Green action is under way, never Not started")
        #expect(result.report.warnings.contains { $0.row == 7 && $0.message.contains("shown as written") })
        // Choosing a status on the board replaces the plan's words.
        var chosen = action
        chosen.status = .delayed
        #expect(chosen.statusWord == "Delayed")
    }

    @Test func aTablePastedFromWordComesInAsPlainTextWithItsHeadings() throws {
        let result = try ImportSheets.importing("pasted-from-word.csv")
        let plan = result.plan
        #expect(plan.title == "Strathmerrin Carers Strategy: Action Plan 2025–2028")
        #expect(result.report.title == .sheet(row: 1))
        // Two outcomes, not one per heading or description row.
        #expect(plan.outcomes.map(\.heading) == ["1 Carers are identified early", "2 Carers have a life alongside caring"])
        #expect(plan.outcomes[0].description.hasPrefix("Carers will say that they were recognised"))
        #expect(plan.outcomes[1].description == "Carers will say that they get a break when they need one.")
        #expect(plan.allActions.map(\.area) == ["1.1 Identify carers through GP practices", "1.1 Identify carers through GP practices",
                                               "1.2 Identify carers in hospital", "2.1 Short breaks", "2.1 Short breaks"])
        let first = try action(plan, "1.1.1")
        #expect(first.text == "Train reception staff in carer awareness")
        #expect(first.progress == "Six practices trained.\nTwo more booked & funded.")
        #expect(try action(plan, "1.1.2").text == "Add a carer flag to GP records\nand check it each year")
        #expect(try action(plan, "1.1.2").leads == ["Health & Social Care Partnership"])
        #expect(try action(plan, "1.2.1").leads == ["NHS Strathmerrin", "SHSCP"])
        #expect(try action(plan, "1.2.1").progress == "• Pilot on two wards\n• Form agreed")
        #expect(try action(plan, "2.1.1").progress == "Bureau opened on 3 May – 40 carers booked")
        #expect(try action(plan, "2.1.2").text == "Review the respite offer <by locality>")
        #expect(!result.report.warnings.contains { $0.message.contains("no actions") })
    }

    @Test func descriptionRowsUnderAnOutcomeColumnDoNotBecomeOutcomes() throws {
        let csv = """
            Outcome,Ref,Action,Lead
            Outcome 1: Carers are heard,,,
            Carers will say that they are listened to and that their views change what happens.,,,
            ,1.1,Set up a carers forum,CC
            ,1.2,Publish a newsletter,CC
            Outcome 2: Carers have breaks,,,
            "<p>Carers will say that they get a break.</p>",,,
            1.1 This is not an area of outcome 2 but a heading row,,,
            ,2.1,Open a bureau,SW
            Outcome 3: Young carers,,,
            """
        let result = try PlanImporter.importPlan(csv: Array(csv.utf8), options: ImportOptions(title: "T"))
        let plan = result.plan
        #expect(plan.outcomes.map(\.title) == ["Carers are heard", "Carers have breaks", "Young carers"])
        #expect(plan.outcomes.map { $0.actions.count } == [2, 1, 0])
        #expect(plan.outcomes[1].description == "Carers will say that they get a break.")
        #expect(plan.outcomes[1].actions[0].area == "1.1 This is not an area of outcome 2 but a heading row")
        // An outcome with no actions is kept, and the report says so with its row.
        #expect(result.report.warnings.contains { $0.row == 10 && $0.message.contains("'3 Young carers' has no actions") })
    }

    @Test func anOutcomeCellWithLineBreaksCarriesItsDescription() throws {
        let csv = "Outcome,Action\n\"Outcome 1: Carers are heard<br>Carers will say they are listened to.\",Set up a forum\n"
        let outcome = try #require(try PlanImporter.importPlan(csv: Array(csv.utf8)).plan.outcomes.first)
        #expect(outcome.title == "Carers are heard")
        #expect(outcome.description == "Carers will say they are listened to.")
    }

    @Test func theTitleComesFromTheSheetThenTitleThenTheFileNameAsItIs() throws {
        let titled = "Carers Delivery Plan 2025–2028\nOutcome,Action\n1: A,Do it\n"
        let untitled = "Outcome,Action\n1: A,Do it\n"
        func title(_ csv: String, _ options: ImportOptions) throws -> (String, ImportReport.TitleSource) {
            let result = try PlanImporter.importPlan(csv: Array(csv.utf8), options: options)
            return (result.plan.title, result.report.title)
        }
        #expect(try title(titled, ImportOptions(sourceName: "portsmouth-2015-17"))
                == ("Carers Delivery Plan 2025–2028", .sheet(row: 1)))
        #expect(try title(untitled, ImportOptions(title: "Portsmouth Carers Strategy 2015–17", sourceName: "portsmouth-2015-17"))
                == ("Portsmouth Carers Strategy 2015–17", .option(sheet: nil)))
        #expect(try title(titled, ImportOptions(title: "Given")) == ("Given", .option(sheet: "Carers Delivery Plan 2025–2028")))
        let fallback = try PlanImporter.importPlan(csv: Array(untitled.utf8), options: ImportOptions(sourceName: "portsmouth-2015-17"))
        #expect(fallback.plan.title == "portsmouth-2015-17")
        #expect(fallback.report.warnings.contains { $0.row == nil && $0.message.contains("--title") })
        #expect(try title("Appendix 1\nOutcome,Action\n1: A,Do it\n", ImportOptions()).0 == "Delivery plan")
    }

    @Test func blueIsKeptAsARatingAndOrangeIsReadAsAmberWithAWarning() throws {
        let result = try ImportSheets.importing("brag.csv")
        let plan = result.plan
        #expect(plan.title == "Northshire Carers Strategy Action Plan 2025–2028")
        #expect(plan.allActions.map(\.rag) == [.blue, .blue, .amber, .red, .green, .amber, .green])
        #expect(try action(plan, "1.1").status == .complete)
        #expect(try action(plan, "1.2").status == .complete)
        #expect(result.report.rag.blue == 2)
        #expect(result.report.text.contains("RAG: 1 Red, 2 Amber, 2 Green, 2 Blue, 0 not rated."))
        #expect(result.report.warnings.contains { $0.row == 5 && $0.message.contains("Orange is read as Amber") })
        #expect(!result.report.warnings.contains { $0.message.contains("Blue") })
    }

    @Test func blueShowsOnTheBoardAndFiltersAndGroups() throws {
        let plan = try ImportSheets.importing("brag.csv").plan
        var state = BoardState(plan: plan, fileName: "plan.json", size: Size(width: 120, height: 36), today: Fixtures.today)
        let grid = BoardView.render(state)
        #expect(grid.text.contains("B ●"))
        #expect(grid.text.contains("B2 "), "the header counts Blue")
        state.filter = try BoardFilter.parse("blue")
        state.rebuildLanes()
        #expect(state.lanes.flatMap(\.cards).count == 2)
        let lanes = Lane.grouped(plan, by: .rag, includingRemoved: false) { _ in true }
        #expect(lanes.map(\.title) == ["Red", "Amber", "Green", "Blue", "Not rated"])
        let plain = Lane.grouped(Fixtures.plan(), by: .rag, includingRemoved: false) { _ in true }
        #expect(plain.map(\.title) == ["Red", "Amber", "Green", "Not rated"], "no Blue lane in a plan that does not use it")
    }
}

/// The plan's own status words on the board: shown until the chair chooses a status.
@Suite("Status as written")
struct StatusAsWrittenTests {
    func state() -> BoardState {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].statusText = "Development activity"
        return Fixtures.state(plan)
    }

    @Test func theCardAndDetailShowThePlansWords() {
        var state = state()
        #expect(BoardView.render(state).text.contains("1.1 · Development activity"))
        send(&state, .openDetail)
        #expect(BoardView.render(state).text.contains("Development activity"))
    }

    @Test func choosingAStatusReplacesTheWordsAndHistorySaysFromWhat() throws {
        var state = state()
        send(&state, .chooseStatus, .setStatus(.ongoing))
        let action = try #require(state.plan.action("a1"))
        #expect(action.statusText == nil)
        #expect(action.status == .ongoing)
        #expect(action.history.last?.from == "Development activity")
        #expect(action.history.last?.to == "On-going")
        let text = BoardView.render(state).text
        #expect(text.contains("1.1 Δ · On-going"), "changed, so marked Δ")
        #expect(!text.contains("1.1 · Development activity"))
    }

    @Test func choosingTheSameStatusAsTheWordsMeanStillRecordsIt() throws {
        var state = state()
        let underlying = try #require(state.plan.action("a1")).status
        send(&state, .chooseStatus, .setStatus(underlying))
        let action = try #require(state.plan.action("a1"))
        #expect(action.statusText == nil)
        #expect(action.history.last?.from == "Development activity")
        #expect(action.history.last?.to == underlying.word)
    }

    @Test func searchFindsThePlansWords() {
        #expect(ActionSearch.matches(state().plan.outcomes[0].actions[0], "development activity"))
    }
}
