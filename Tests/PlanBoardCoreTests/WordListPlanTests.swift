import Testing
@testable import PlanBoardCore

@Suite("Word import of a plan written as headings and lists")
struct WordListPlanTests {
    @Test func headingsBecomeOutcomesAndActionListsTheirActions() throws {
        let result = try OfficeFixtures.importPlan("priorities.docx")
        let plan = result.plan
        #expect(plan.title == "Glenmorven Strategic and Commissioning Plan 2025–2026")
        #expect(plan.outcomes.map(\.title) == ["Tackling health inequalities", "Early intervention and prevention",
                                               "Models of support and pathways of care"])
        #expect(plan.outcomes.map(\.number) == ["1", "2", "3"])
        #expect(plan.outcomes[0].description
            == "Health inequalities across Glenmorven will narrow so that everyone, wherever they live, can expect good health and wellbeing.")
        #expect(plan.outcomes.map(\.actions.count) == [3, 2, 3])
        #expect(plan.allActions.map(\.ref) == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3"])
        #expect(plan.allActions[0].text.hasPrefix("Redesign the health and social care front door"))
        // The ✓ programmes were typed as text; the marks are taken off.
        #expect(plan.allActions[5].text == "Reshaping non-acute care: modern, person-centred services from the community hospitals.")
    }

    @Test func prioritiesBulletsAndQuotesAreContextNotActions() throws {
        let plan = try OfficeFixtures.importPlan("priorities.docx").plan
        let texts = plan.allActions.map(\.text)
        #expect(!texts.contains("Reconnecting with groups hit hardest by the pandemic."))
        #expect(!texts.contains { $0.contains("money, food and housing") })
        #expect(!texts.contains("Updating the strategic needs assessment."))
    }

    @Test func theReportSaysWhatWasTakenAsWhatAndHowToChooseAgain() throws {
        let text = try OfficeFixtures.importPlan("priorities.docx").report.text
        #expect(text.hasPrefix("Read a Word document as headings and lists: it has no plan table.\n"))
        #expect(text.contains("actions: 3 from the numbered list after “The following key actions have been identified:”"))
        #expect(text.contains("context, not actions: 3 from the bulleted list after"))
        #expect(text.contains("Left out 2 headings at that level with no action list: '1. Introduction', '3. Resources'."))
        #expect(text.contains("--heading-level N"))
        #expect(text.contains("--action-lists numbered, introduced or all (now auto)"))
    }

    @Test func everyListCanBeTakenAsActions() throws {
        let plan = try OfficeFixtures.importPlan("priorities.docx", OfficeOptions(actionLists: .all)).plan
        #expect(plan.outcomes.map(\.title) == ["Introduction", "Tackling health inequalities", "Early intervention and prevention",
                                               "Models of support and pathways of care", "Resources"])
        #expect(plan.outcomes.map(\.actions.count) == [2, 6, 2, 3, 2])
    }

    @Test func onlyNumberedListsWhenAsked() throws {
        let plan = try OfficeFixtures.importPlan("priorities.docx", OfficeOptions(actionLists: .numbered)).plan
        #expect(plan.outcomes.map(\.actions.count) == [3, 2])
    }

    @Test func anotherHeadingLevelCanBeChosen() throws {
        // Level 1 is the document's title heading: everything under it is one outcome.
        let result = try OfficeFixtures.importPlan("priorities.docx", OfficeOptions(headingLevel: 1))
        #expect(result.plan.outcomes.map(\.title) == ["Glenmorven Strategic and Commissioning Plan 2025–2026"])
        #expect(result.plan.outcomes[0].actions.count == 8)
        #expect(result.report.notes[0].hasPrefix("Headings at level 1 became outcomes"))
    }

    @Test func numberingFromAParagraphStyleCountsAsANumberedList() throws {
        let result = try OfficeFixtures.importPlan("styled-lists.docx")
        let plan = result.plan
        #expect(plan.outcomes.map(\.title) == ["Information and advice", "Breaks from caring"])
        #expect(plan.allActions.map(\.text) == ["Refresh the carers' guide every year", "Train advice workers in carers' rights",
                                                "Run a helpline on weekday evenings", "Open a short breaks fund",
                                                "Map the respite beds in the area"])
        #expect(plan.allActions.map(\.ref) == ["1.1", "1.2", "1.3", "2.1", "2.2"])
        #expect(result.report.text.contains("3 from the numbered list, numbered by its style after “We will:”"))
        #expect(result.report.text.contains("context, not actions: 2 from the bulleted list, numbered by its style after “Carers told us:”"))
    }

    @Test func listsCanBeForcedAndSayWhenThereAreNone() throws {
        let forced = try OfficeFixtures.read("priorities.docx", OfficeOptions(lists: true))
        #expect(forced.source == "Read a Word document as headings and lists (--lists)")
        // The split plan's only list is inside a table cell, so no heading has one under it.
        #expect(try OfficeFixtures.error("split-plan.docx", OfficeOptions(lists: true)) == .noListPlan(headings: 6))
        #expect(try OfficeFixtures.error("no-table.docx", OfficeOptions(lists: true)) == .noListPlan(headings: 0))
    }

    @Test func aDocumentWithNoTableAndNoListsIsRefused() throws {
        #expect(try OfficeFixtures.error("no-table.docx") == .noTable)
    }

    @Test func typedMarkersAreListMarks() {
        let numbered = WordListPlan.typedMarkers(WordParagraph(text: "12) Open the fund"))
        #expect(numbered.text == "Open the fund" && numbered.list?.numbered == true && numbered.list?.source == .typed)
        let ticked = WordListPlan.typedMarkers(WordParagraph(text: "✓ Unscheduled care"))
        #expect(ticked.text == "Unscheduled care" && ticked.list?.numbered == false)
        #expect(WordListPlan.typedMarkers(WordParagraph(text: "2.1 Notes the attached plan")).list == nil)
        #expect(WordListPlan.typedMarkers(WordParagraph(text: "1. Introduction", headingLevel: 2)).list == nil)
    }
}
