import Testing
@testable import PlanBoardCore

@Suite struct ActionSearchTests {
    let action = Action(id: "a1", ref: "2.4 P", text: "Café drop-in for carers – 介護 pilot", leads: ["GP", "CC"],
                        deadline: "March 2027", progress: "Oct 2026: ÉTÉ sessions full",
                        notes: [Note(at: Fixtures.now, text: "Bring the plan to the IJB", owner: "JB")])

    @Test(arguments: ["café", "CAFÉ", "drop-IN", "2.4 p", "MARCH 2027", "介護", "été", "gp, cc", "ijb", "jb", "not rated"])
    func findsAnyFieldIgnoringCase(query: String) {
        #expect(ActionSearch.matches(action, query), "\(query)")
    }

    @Test(arguments: ["cafe", "xyz", "March 2028", "GP CC"])
    func findsNothingThatIsNotThere(query: String) {
        #expect(!ActionSearch.matches(action, query), "\(query)")
    }

    @Test func anEmptyQueryMatchesNothing() {
        #expect(!ActionSearch.matches(action, ""))
    }
}
