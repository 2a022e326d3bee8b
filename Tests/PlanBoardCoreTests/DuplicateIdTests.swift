import Testing
@testable import PlanBoardCore

/// A plan file in which two actions, outcomes or meetings share an id is refused on load, naming
/// the second one: lookups by id would otherwise edit the wrong one.
@Suite struct DuplicateIdTests {
    func decodeError(_ text: String) -> StoreError? {
        decodeError(Array(text.utf8))
    }

    func decodeError(_ bytes: [UInt8]) -> StoreError? {
        do {
            _ = try PlanFile.decode(bytes, path: "plan.json")
            return nil
        } catch {
            return error
        }
    }

    /// The 1-based number of the `occurrence`-th line of `bytes` containing `text`.
    func lineNumber(of text: String, occurrence: Int, in bytes: [UInt8]) -> Int? {
        var seen = 0
        for (index, line) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(text) {
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        return nil
    }

    @Test func refusesAnActionCopiedIntoAnotherOutcomeNamingTheCopy() {
        let json = """
        {"schemaVersion": 1, "title": "T", "outcomes": [
          {"id": "o1", "number": "1", "title": "A", "actions": [
            {"id": "a1", "ref": "1.1", "text": "first"}]},
          {"id": "o2", "number": "2", "title": "B", "actions": [
            {"id": "a1", "ref": "2.1", "text": "copied block"}]}
        ]}
        """
        #expect(decodeError(json) == .invalidValue(
            path: "plan.json", line: 5, column: 12, field: "outcomes[1].actions[0].id",
            detail: "\"a1\" is already the id of another action (outcomes[0].actions[0]); give each action its own id"))
    }

    @Test func refusesTwoActionsWithOneIdInTheSameOutcome() {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[3].id = "a2"
        let bytes = PlanFile.encode(plan)
        guard case .invalidValue(_, let line, _, let field, let detail) = decodeError(bytes) else {
            Issue.record("a plan with a repeated action id was accepted")
            return
        }
        #expect(field == "outcomes[0].actions[3].id")
        #expect(line == lineNumber(of: "\"id\" : \"a2\"", occurrence: 2, in: bytes))
        #expect(detail == "\"a2\" is already the id of another action (outcomes[0].actions[1]); give each action its own id")
    }

    @Test func refusesTwoOutcomesWithOneId() {
        var plan = Fixtures.plan()
        plan.outcomes[2].id = "o1"
        let bytes = PlanFile.encode(plan)
        guard case .invalidValue(_, let line, _, let field, let detail) = decodeError(bytes) else {
            Issue.record("a plan with a repeated outcome id was accepted")
            return
        }
        #expect(field == "outcomes[2].id")
        #expect(line == lineNumber(of: "\"id\" : \"o1\"", occurrence: 2, in: bytes))
        #expect(detail == "\"o1\" is already the id of another outcome (outcomes[0]); give each outcome its own id")
    }

    @Test func refusesTwoMeetingsWithOneId() {
        var plan = Fixtures.plan()
        let started = Fixtures.now
        plan.meetings = [Meeting(id: "m1", title: "October", date: Fixtures.today, startedAt: started, endedAt: started),
                         Meeting(id: "m1", title: "November", date: Fixtures.today, startedAt: started)]
        let bytes = PlanFile.encode(plan)
        guard case .invalidValue(_, let line, _, let field, let detail) = decodeError(bytes) else {
            Issue.record("a plan with a repeated meeting id was accepted")
            return
        }
        #expect(field == "meetings[1].id")
        #expect(line == lineNumber(of: "\"id\" : \"m1\"", occurrence: 2, in: bytes))
        #expect(detail == "\"m1\" is already the id of another meeting (meetings[0]); give each meeting its own id")
    }

    @Test func acceptsTheSameTextAsIdsOfDifferentKinds() throws {
        var plan = Fixtures.plan()
        plan.outcomes[0].id = "x1"
        plan.outcomes[0].actions[0].id = "x1"
        plan.meetings = [Meeting(id: "x1", title: "October", date: Fixtures.today, startedAt: Fixtures.now)]
        #expect(try PlanFile.decode(PlanFile.encode(plan), path: "plan.json") == plan)
    }

    @Test func theMessageTellsTheUserWhereAndWhatToDo() {
        var plan = Fixtures.plan()
        plan.outcomes[1].actions[0].id = "a1"
        let message = decodeError(PlanFile.encode(plan)).map(String.init(describing:)) ?? ""
        #expect(message.hasPrefix("plan.json line "))
        #expect(message.contains("outcomes[1].actions[0].id: \"a1\" is already the id of another action"))
        #expect(message.contains("give each action its own id"))
    }

    @Test func refusesTwoIndicatorsWithOneId() {
        var plan = Fixtures.plan()
        plan.indicators = [Indicator(id: "i1", ref: "PI1", name: "Carers assessed"),
                           Indicator(id: "i1", ref: "PI2", name: "Copied block")]
        let bytes = PlanFile.encode(plan)
        guard case .invalidValue(_, let line, _, let field, let detail) = decodeError(bytes) else {
            Issue.record("a plan with a repeated indicator id was accepted")
            return
        }
        #expect(field == "indicators[1].id")
        #expect(line == lineNumber(of: "\"id\" : \"i1\"", occurrence: 2, in: bytes))
        #expect(detail == "\"i1\" is already the id of another indicator (indicators[0]); give each indicator its own id")
    }

    @Test func refusesTwoRisksWithOneId() {
        var plan = Fixtures.plan()
        plan.risks = [Risk(id: "r1", ref: "R1", title: "Workforce"), Risk(id: "r2", ref: "R2", title: "Funding"),
                      Risk(id: "r1", ref: "R3", title: "Copied block")]
        let bytes = PlanFile.encode(plan)
        guard case .invalidValue(_, let line, _, let field, let detail) = decodeError(bytes) else {
            Issue.record("a plan with a repeated risk id was accepted")
            return
        }
        #expect(field == "risks[2].id")
        #expect(line == lineNumber(of: "\"id\" : \"r1\"", occurrence: 2, in: bytes))
        #expect(detail == "\"r1\" is already the id of another risk (risks[0]); give each risk its own id")
    }

    @Test func refusesTwoMilestonesOfOneActionWithOneId() {
        var plan = Fixtures.plan()
        plan.outcomes[1].actions[0].milestones = [Milestone(id: "ms1", text: "Draft agreed"),
                                                  Milestone(id: "ms1", text: "Copied block")]
        let bytes = PlanFile.encode(plan)
        guard case .invalidValue(_, let line, _, let field, let detail) = decodeError(bytes) else {
            Issue.record("an action with a repeated milestone id was accepted")
            return
        }
        #expect(field == "outcomes[1].actions[0].milestones[1].id")
        #expect(line == lineNumber(of: "\"id\" : \"ms1\"", occurrence: 2, in: bytes))
        #expect(detail == "\"ms1\" is already the id of another milestone (outcomes[1].actions[0].milestones[0]); "
            + "give each milestone its own id")
    }

    @Test func acceptsTheSameMilestoneIdUnderTwoActions() throws {
        var plan = Fixtures.plan()
        plan.outcomes[0].actions[0].milestones = [Milestone(id: "ms1", text: "One")]
        plan.outcomes[0].actions[1].milestones = [Milestone(id: "ms1", text: "Other")]
        plan.indicators = [Indicator(id: "x1", ref: "PI1", name: "A")]
        plan.risks = [Risk(id: "x1", ref: "R1", title: "B")]
        #expect(try PlanFile.decode(PlanFile.encode(plan), path: "plan.json") == plan)
    }
}
