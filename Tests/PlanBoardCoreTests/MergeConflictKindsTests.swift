import Testing
@testable import PlanBoardCore

/// Conflicts on every kind of thing a plan holds (the plan, outcomes, leads, meetings, actions),
/// kept exactly in the file and settled on the board with `!`.
@Suite struct MergeConflictKindsTests {
    static let start = Timestamp(day: Fixtures.today, hour: 10, minute: 0)

    static func base() -> Plan {
        var plan = PlanMergeTests.base()
        plan.period = "2025–2028"
        plan.meetings = [Meeting(id: "m1", title: "Carers Partnership", date: Fixtures.today, attendees: ["Chair"],
                                 startedAt: start, endedAt: PlanMergeTests.noon)]
        return plan
    }

    /// Both copies change every non-action field differently.
    static func copies() -> (Plan, Plan, Plan) {
        let base = base()
        var ours = base, theirs = base
        ours.title = "Carers plan 2026"
        theirs.title = "Carers delivery plan"
        ours.outcomes[0].title = "Heard and valued"
        theirs.outcomes[0].title = "Identified and heard"
        ours.leads[0].name = "Carers Centre North"
        theirs.leads[0].name = "Northshire Carers Centre"
        ours.meetings[0].attendees = ["Chair", "Smith, J"]
        theirs.meetings[0].attendees = ["Chair", "Patel, S", "Jones, K"]
        ours.meetings[0].venue = "Council chamber"
        theirs.meetings[0].venue = "Online"
        return (base, ours, theirs)
    }

    @Test func everyFieldChangedDifferentlyOnBothSidesIsRecorded() {
        let (base, ours, theirs) = Self.copies()
        let merged = PlanMergeTests.merge(base, ours, theirs)
        let found = Set(merged.conflicts.map { "\($0.about.rawValue) \($0.id) \($0.field)" })
        #expect(found == ["plan  title", "outcome o1 title", "lead CC name", "meeting m1 attendees", "meeting m1 venue"])
        #expect(merged.plan.title == ours.title && merged.plan.outcomes[0].title == ours.outcomes[0].title)
        #expect(merged.plan.leads[0].name == ours.leads[0].name && merged.plan.meetings[0].venue == "Council chamber")
        let attendees = merged.conflicts.first { $0.field == "attendees" }!
        #expect(attendees.keptValue == ["Chair", "Smith, J"] && attendees.otherValue == ["Chair", "Patel, S", "Jones, K"])
        #expect(attendees.other == "Chair; Patel, S; Jones, K", "items with commas are told apart by semicolons")
    }

    @Test func aFieldChangedOnOneSideOnlyIsNoConflict() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.meetings[0].declarations = ["JB: carer"]
        theirs.outcomes[1].description = "What support means"
        let merged = PlanMergeTests.merge(base, ours, theirs)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.plan.meetings[0].declarations == ["JB: carer"])
        #expect(merged.plan.outcomes[1].description == "What support means")
    }

    @Test func everyKindOfConflictIsKeptInTheFileAndReadBack() throws {
        let (base, ours, theirs) = Self.copies()
        let plan = PlanMergeTests.merge(base, ours, theirs).plan
        let bytes = PlanFile.encode(plan)
        #expect(try PlanFile.decode(bytes, path: "plan.json") == plan)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\"about\" : \"meeting\""))
        #expect(text.contains("\"Smith, J\""), "a list's items are kept one by one")
    }

    @Test func aConflictWrittenBeforeKindsExistedStillReadsAsAnAction() throws {
        let text = """
            {"conflicts": [{"action": "a1", "field": "rag", "kept": "Red", "other": "Green", "ref": "1.1"}],
             "outcomes": [{"id": "o1", "title": "Heard", "actions": [{"id": "a1", "ref": "1.1", "text": "Survey", "rag": "red"}]}],
             "schemaVersion": 1, "title": "Plan"}
            """
        let plan = try PlanFile.decode(Array(text.utf8), path: "plan.json")
        #expect(plan.conflicts == [MergeConflict(action: "a1", ref: "1.1", field: .rag, kept: "Red", other: "Green")])
        #expect(plan.conflicts[0].about == .action && plan.conflicts[0].action == "a1")
        let written = String(decoding: PlanFile.encode(plan), as: UTF8.self)
        #expect(written.contains("\"action\" : \"a1\"") && !written.contains("\"about\""), "written as it was")
    }

    /// The board after the merge of `copies()`, with the chooser open.
    static func chooser() -> BoardState {
        let (base, ours, theirs) = copies()
        var state = Fixtures.state(PlanMergeTests.merge(base, ours, theirs).plan)
        state.author = "Chair"
        send(&state, .openMergeConflicts)
        return state
    }

    static func choose(_ state: inout BoardState, field: String, takeOther: Bool) {
        let index = state.plan.conflicts.firstIndex { $0.field == field && $0.about != .action }!
        state.mode = .chooseConflictSide(index)
        send(&state, .resolveMergeConflict(takeOther: takeOther))
    }

    @Test func takingTheOtherSideSetsEachKindExactly() {
        var state = Self.chooser()
        Self.choose(&state, field: "attendees", takeOther: true)
        #expect(state.plan.meetings[0].attendees == ["Chair", "Patel, S", "Jones, K"])
        Self.choose(&state, field: "name", takeOther: true)
        #expect(state.plan.leads[0].name == "Northshire Carers Centre")
        Self.choose(&state, field: "title", takeOther: true)  // the plan's title or the outcome's, whichever comes first
        Self.choose(&state, field: "title", takeOther: true)
        #expect(state.plan.title == "Carers delivery plan")
        #expect(state.plan.outcomes[0].title == "Identified and heard")
        Self.choose(&state, field: "venue", takeOther: false)
        #expect(state.plan.meetings[0].venue == "Council chamber")
        #expect(state.plan.conflicts.isEmpty)
        #expect(state.mode == .board)
        send(&state, .undo)
        #expect(state.plan.conflicts.count == 1, "each choice is one undo step")
        send(&state, .undo)
        #expect(state.plan.outcomes[0].title == "Heard and valued" || state.plan.title == "Carers plan 2026")
    }

    @Test func theChooserSaysWhatTheConflictIsAbout() {
        var state = Self.chooser()
        state.size = Size(width: 100, height: 30)
        let index = state.plan.conflicts.firstIndex { $0.field == "attendees" }!
        state.mode = .chooseConflictSide(index)
        let screen = BoardView.render(state).text
        #expect(screen.contains("Meeting 2026-11-23 Carers Partnership"))
        #expect(screen.contains("Two copies set who attended differently"))
        #expect(screen.contains("Chair; Patel, S; Jones, K"))
    }

    @Test func takingTheOtherStatusSetsTheStatusAndThePlansOwnWordsTogether() {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        PlanMergeTests.edit(&ours, "a1") { $0.status = .delayed }
        PlanMergeTests.edit(&theirs, "a1") {
            $0.status = .inProgress
            $0.statusText = "Development activity"
        }
        var state = Fixtures.state(PlanMergeTests.merge(base, ours, theirs).plan)
        #expect(state.plan.conflicts.map(\.other) == ["Development activity"])
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        let action = state.plan.action("a1")!
        #expect(action.status == .inProgress)
        #expect(action.statusText == "Development activity")
        #expect(action.history.last?.to == "Development activity")
    }

    @Test func aStatusConflictFromBeforeExactValuesReadsThePlansWords() {
        var plan = PlanMergeTests.base()
        plan.conflicts = [MergeConflict(action: "a1", ref: "1.1", field: .status, kept: "Not started", other: "Development activity")]
        var state = Fixtures.state(plan)
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        #expect(state.plan.action("a1")?.status == .inProgress)
        #expect(state.plan.action("a1")?.statusText == "Development activity")
    }

    @Test func aLeadsConflictKeepsNamesWithCommasWhole() {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        PlanMergeTests.edit(&ours, "a1") { $0.leads = ["Smith, J", "CC"] }
        PlanMergeTests.edit(&theirs, "a1") { $0.leads = ["Patel, S"] }
        let merged = PlanMergeTests.merge(base, ours, theirs).plan
        var other = Fixtures.state(merged)
        send(&other, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        #expect(other.plan.action("a1")?.leads == ["Patel, S"])
        var kept = Fixtures.state(merged)
        send(&kept, .openMergeConflicts, .resolveMergeConflict(takeOther: false))
        #expect(kept.plan.action("a1")?.leads == ["Smith, J", "CC"])
    }

    /// Ours moved 1.2 to outcome 2, theirs to a new outcome 3: a conflict on its outcome.
    static func movedApart() -> Plan {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        ours.outcomes[1].actions.append(ours.outcomes[0].actions.remove(at: 1))
        theirs.outcomes.append(Outcome(id: "o3-k3f9q", number: "3", title: "Third", actions: [theirs.outcomes[0].actions.remove(at: 1)]))
        return PlanMergeTests.merge(base, ours, theirs).plan
    }

    @Test func takingTheOtherCopysOutcomeFindsTheLaneByIDAfterItWasRenamed() {
        var plan = Self.movedApart()
        #expect(plan.conflicts.map(\.field) == ["outcome"])
        let o3 = plan.outcomes.firstIndex { $0.id == "o3-k3f9q" }!
        plan.outcomes[o3].title = "A third way"
        var state = Fixtures.state(plan)
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        #expect(state.plan.outcomes[o3].actions.map(\.id) == ["a2"])
        #expect(state.plan.action("a2")?.history.last?.field == .outcome)
        #expect(state.plan.action("a2")?.history.last?.to == "3 A third way")
        #expect(state.plan.conflicts.isEmpty)
        #expect(state.flash?.text.contains("kept 3 A third way") == true)
    }

    @Test func takingTheOtherCopysOutcomeWhenItIsGoneSaysSoAndKeepsTheConflict() {
        var plan = Self.movedApart()
        plan.outcomes.removeAll { $0.id == "o3-k3f9q" }
        var state = Fixtures.state(plan)
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        #expect(state.plan == plan, "nothing moved, the conflict kept")
        #expect(state.mode == .chooseConflictSide(0))
        #expect(state.flash?.text.contains("is no longer in the plan") == true)
        #expect(state.flash?.isError == true)
        send(&state, .resolveMergeConflict(takeOther: false))
        #expect(state.plan.conflicts.isEmpty, "keeping the board's outcome still settles it")
    }

    @Test func anOutcomeConflictRecordedBeforeIDsWereKeptFindsTheLaneByHeading() {
        var plan = Self.movedApart()
        plan.conflicts[0].keptValue = nil
        plan.conflicts[0].otherValue = nil
        var state = Fixtures.state(plan)
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        #expect(state.plan.outcomes.first { $0.id == "o3-k3f9q" }?.actions.map(\.id) == ["a2"])
    }

    @Test func aConflictNamingNoSubjectIsRefusedAtItsPlace() {
        func read(_ conflict: String) -> Result<Plan, StoreError> {
            let text = """
                {"schemaVersion": 1, "title": "Plan", "outcomes": [],
                 "conflicts": [\(conflict)]}
                """
            return Result { () throws(StoreError) in try PlanFile.decode(Array(text.utf8), path: "plan.json") }
        }
        let refused = read(#"{"field": "rag", "kept": "Red", "other": "Green"}"#)
        guard case .failure(.invalidValue(let path, let line, let column, let field, let detail)) = refused else {
            Issue.record("read as \(refused)")
            return
        }
        #expect(path == "plan.json" && line == 2 && column == 16)
        #expect(field == "conflicts[0]")
        #expect(detail.contains("does not say what it is about") && detail.contains("\"action\""))
        guard case .failure = read(#"{"about": "meeting", "field": "venue", "kept": "A", "other": "B"}"#) else {
            Issue.record("a meeting's conflict with no id was read")
            return
        }
        let plans = try? read(#"{"about": "plan", "field": "title", "kept": "A", "other": "B"}"#).get()
        #expect(plans?.conflicts.first?.about == .plan, "the plan's own fields need no id")
    }

    @Test func aConflictAboutSomethingNoLongerInThePlanIsDroppedAndSaysSo() {
        var plan = PlanMergeTests.base()
        plan.conflicts = [MergeConflict(about: .meeting, id: "m9", ref: "2026-01-01 Gone", field: "venue", kept: "A", other: "B")]
        var state = Fixtures.state(plan)
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        #expect(state.plan.conflicts.isEmpty)
        #expect(state.flash?.text.contains("no longer in the plan") == true)
    }
}

/// Both copies add an action under the same ref: which one is renumbered depends on the actions,
/// never on which copy is ours.
@Suite struct SameNewRefTests {
    static func copies() -> (Plan, Plan, Plan) {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        // Ours was created later, so ours is renumbered whichever side it is on.
        ours.outcomes[0].actions.append(Action(id: "a4-aaaaa", ref: "1.3", text: "Ours new", history: [
            Change(at: PlanMergeTests.noon, field: .created, from: "", to: "1 Heard")]))
        theirs.outcomes[0].actions.append(Action(id: "a4-bbbbb", ref: "1.3", text: "Theirs new", history: [
            Change(at: PlanMergeTests.morning, field: .created, from: "", to: "1 Heard")]))
        return (base, ours, theirs)
    }

    @Test func theActionCreatedLaterIsRenumberedWhicheverSideItIsOn() {
        let (base, ours, theirs) = Self.copies()
        for merged in [PlanMergeTests.merge(base, ours, theirs), PlanMergeTests.merge(base, theirs, ours)] {
            #expect(merged.plan.action("a4-bbbbb")?.ref == "1.3")
            #expect(merged.plan.action("a4-aaaaa")?.ref == "1.4")
            #expect(merged.plan.action("a4-aaaaa")?.history.last?.field == .ref)
            #expect(merged.notices.contains { $0.contains("Ours new") && $0.contains("1.4") })
        }
    }

    @Test func aNewActionUnderARefTheOtherCopyGaveAnExistingActionIsRenumbered() {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        PlanMergeTests.edit(&ours, "a2") { $0.ref = "1.5" }
        theirs.outcomes[0].actions.append(Action(id: "a4-ccccc", ref: "1.5", text: "New"))
        for merged in [PlanMergeTests.merge(base, ours, theirs), PlanMergeTests.merge(base, theirs, ours)] {
            #expect(merged.plan.action("a2")?.ref == "1.5")
            #expect(merged.plan.action("a4-ccccc")?.ref == "1.6")
            #expect(merged.notices == ["1.5 was already taken by \u{2018}Run a forum\u{2019}: the new \u{2018}New\u{2019} is now 1.6."])
        }
    }

    @Test func theFreshRefStepsPastARefHeldByAnActionInAnotherLane() {
        var base = PlanMergeTests.base()
        // 1.4 was moved to outcome 2 long ago and kept its ref; both copies then added 1.3.
        base.outcomes[1].actions.append(Action(id: "a5", ref: "1.4", text: "Moved here"))
        var ours = base, theirs = base
        ours.outcomes[0].actions.append(Action(id: "a6-aaaaa", ref: "1.3", text: "Ours new", history: [
            Change(at: PlanMergeTests.noon, field: .created, from: "", to: "1 Heard")]))
        theirs.outcomes[0].actions.append(Action(id: "a6-bbbbb", ref: "1.3", text: "Theirs new", history: [
            Change(at: PlanMergeTests.morning, field: .created, from: "", to: "1 Heard")]))
        for merged in [PlanMergeTests.merge(base, ours, theirs), PlanMergeTests.merge(base, theirs, ours)] {
            #expect(merged.plan.action("a6-bbbbb")?.ref == "1.3")
            #expect(merged.plan.action("a6-aaaaa")?.ref == "1.5", "1.4 is held in outcome 2")
            #expect(merged.plan.action("a5")?.ref == "1.4")
        }
    }

    @Test func aNewActionWhoseOwnCopyRepeatedAnExistingRefOnPurposeKeepsIt() {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        ours.outcomes[0].actions.append(Action(id: "a4-x", ref: "1.1", text: "Second strand of the survey"))
        PlanMergeTests.edit(&theirs, "a3") { $0.progress = "Funding agreed" }
        for merged in [PlanMergeTests.merge(base, ours, base), PlanMergeTests.merge(base, base, ours),
                       PlanMergeTests.merge(base, ours, theirs), PlanMergeTests.merge(base, theirs, ours)] {
            #expect(merged.plan.action("a4-x")?.ref == "1.1")
            #expect(merged.plan.action("a1")?.ref == "1.1")
            #expect(merged.notices.isEmpty)
        }
    }

    @Test func aNewActionBesideTwoThatTheOtherCopySharedOnPurposeIsTheOneRenumbered() {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        ours.outcomes[0].actions += [
            Action(id: "a4-x", ref: "1.3", text: "Part one", history: [Change(at: PlanMergeTests.noon, field: .created, from: "", to: "")]),
            Action(id: "a5-x", ref: "1.3", text: "Part two", history: [Change(at: PlanMergeTests.noon, field: .created, from: "", to: "")]),
        ]
        theirs.outcomes[0].actions.append(Action(id: "a4-y", ref: "1.3", text: "Theirs", history: [
            Change(at: PlanMergeTests.morning, field: .created, from: "", to: "")]))
        for merged in [PlanMergeTests.merge(base, ours, theirs), PlanMergeTests.merge(base, theirs, ours)] {
            #expect(merged.plan.action("a4-x")?.ref == "1.3")
            #expect(merged.plan.action("a5-x")?.ref == "1.3")
            #expect(merged.plan.action("a4-y")?.ref == "1.4")
        }
    }

    @Test func twoNewActionsOneCopyGaveTheSameRefAreLeftAsThatCopyMadeThem() {
        let base = PlanMergeTests.base()
        var ours = base
        ours.outcomes[0].actions += [Action(id: "a4-x", ref: "1.3", text: "One"), Action(id: "a5-x", ref: "1.3", text: "Two")]
        let merged = PlanMergeTests.merge(base, ours, base)
        #expect(merged.plan.allActions.filter { $0.ref == "1.3" }.count == 2)
    }
}

/// A conflict on a field only a newer planboard knows is shown and dropped, never misapplied.
@Suite struct UnknownConflictFieldTests {
    @Test func aFieldThisPlanboardDoesNotKnowKeepsTheBoardsValueAndSaysSo() {
        var plan = PlanMergeTests.base()
        plan.conflicts = [MergeConflict(about: .action, id: "a1", ref: "1.1", field: "budget", kept: "£10k", other: "£12k")]
        var state = Fixtures.state(plan)
        send(&state, .openMergeConflicts, .resolveMergeConflict(takeOther: true))
        #expect(state.plan.conflicts.isEmpty)
        #expect(state.plan.action("a1") == PlanMergeTests.base().action("a1"), "nothing set, no history written")
        #expect(state.flash?.text.contains("cannot set the budget") == true)
    }
}
