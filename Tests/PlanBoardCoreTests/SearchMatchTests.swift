import Testing
@testable import PlanBoardCore

/// Search says why a card matched: the field and the words around the match.
@Suite struct SearchMatchTests {
    let action = Action(id: "a1", ref: "2.4", text: "Drop-in for carers", leads: ["GP", "CC"], deadline: "March 2027",
                        progress: "Oct 2026: the new carers café in the library opened on Tuesdays and is now full every week, with a waiting list",
                        notes: [Note(at: Fixtures.now, text: "Bring the plan to the IJB", kind: .decision, owner: "JB")])

    @Test func namesTheFieldAndQuotesTheWordsAroundTheMatch() throws {
        let match = try #require(SearchMatch.find("CAFÉ", in: action))
        #expect(match.field == "Progress")
        #expect(match.excerpt == "Oct 2026: the new carers café in the library opened…", "cut at a space about 24 characters on; a short start is kept")
        #expect(match.description == "matched in Progress: “Oct 2026: the new carers café in the library opened…”")
    }

    @Test func aLongStartIsCutAtASpace() throws {
        let long = Action(id: "a2", ref: "1.1", text: "Train frontline staff in GP practices, community pharmacies and the two acute hospital wards")
        #expect(SearchMatch.find("pharmacies", in: long)?.excerpt == "…practices, community pharmacies and the two acute…")
    }

    @Test func aMatchInSeveralFieldsNamesTheFirstAndCountsTheOthers() throws {
        let match = try #require(SearchMatch.find("carers", in: action))
        #expect(match.field == "Action")
        #expect(match.excerpt == "Drop-in for carers")
        #expect(match.description == "matched in Action: “Drop-in for carers” (and 1 more field)")
    }

    @Test func findsHiddenTextANoteOwnerAndLeads() throws {
        #expect(SearchMatch.find("ijb", in: action)?.field == "Decision")
        #expect(SearchMatch.find("jb", in: action)?.field == "Decision", "“IJB” comes before the owner")
        #expect(SearchMatch.find("gp, cc", in: action)?.field == "Leads")
        #expect(SearchMatch.find("not rated", in: action)?.field == "RAG")
    }

    @Test(arguments: ["café", "CAFÉ", "drop-IN", "2.4", "MARCH 2027", "ijb", "jb", "gp, cc", "not rated", "xyz", "cafe", ""])
    func findsWhatTheSearchFinds(query: String) {
        #expect((SearchMatch.find(query, in: action) != nil) == ActionSearch.matches(action, query), "\(query)")
    }

    @Test func theStatusLineSaysWhyTheSelectedMatchMatched() {
        var plan = Fixtures.plan()
        plan.outcomes[1].actions[1].progress = "Draft shared with the carers café group in October"
        var state = Fixtures.state(plan)
        send(&state, .startSearch)
        type(&state, "café")
        send(&state, .submit)
        #expect(state.selectedAction?.ref == "2.2")
        #expect(state.flash?.text == "1 match for “café” · 2.2 matched in Progress: “Draft shared with the carers café group in October”")
        send(&state, .move(.up), .move(.down))
        let status = BoardView.render(state).lines[34]
        #expect(status.hasPrefix(" 2.2 matched in Progress: “Draft shared with the carers café group in October”"),
                "on the board, the selected match says why while the search is kept: \(status)")
        send(&state, .findNext(forward: true))
        #expect(state.flash?.text == "Match 1 of 1 · 2.2 matched in Progress: “Draft shared with the carers café group in October”")
    }
}
