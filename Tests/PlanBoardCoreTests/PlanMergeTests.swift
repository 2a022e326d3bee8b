import Testing
@testable import PlanBoardCore

/// The three-way merge of plan copies, one rule at a time, on plans built in code.
@Suite struct PlanMergeTests {
    static let now = Timestamp(day: Fixtures.today, hour: 18, minute: 0)
    static let morning = Timestamp(day: Fixtures.today, hour: 9, minute: 0)
    static let noon = Timestamp(day: Fixtures.today, hour: 12, minute: 0)

    static func base() -> Plan {
        var plan = Plan(title: "Carers plan")
        plan.outcomes = [
            Outcome(id: "o1", number: "1", title: "Heard", actions: [
                Action(id: "a1", ref: "1.1", text: "Survey carers", rag: .amber),
                Action(id: "a2", ref: "1.2", text: "Run a forum", progress: "Planned"),
            ]),
            Outcome(id: "o2", number: "2", title: "Supported", actions: [
                Action(id: "a3", ref: "2.1", text: "Fund breaks"),
            ]),
        ]
        plan.leads = [Lead(initials: "CC", name: "Carers Centre")]
        return plan
    }

    static func merge(_ base: Plan, _ ours: Plan, _ theirs: Plan) -> PlanMerge.Outcome {
        PlanMerge.merge(base: base, ours: ours, theirs: theirs, at: now, by: "Merger")
    }

    static func edit(_ plan: inout Plan, _ id: String, _ change: (inout Action) -> Void) {
        let p = plan.position(of: Action.ID(id))!
        change(&plan.outcomes[p.outcome].actions[p.action])
    }

    @Test func aFieldChangedOnOneSideTakesThatSide() {
        let base = Self.base()
        var ours = base, theirs = base
        Self.edit(&ours, "a1") { $0.rag = .red }
        Self.edit(&theirs, "a2") { $0.progress = "Forum held in May" }
        Self.edit(&theirs, "a1") { $0.deadline = "March 2027" }
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.plan.action("a1")?.rag == .red)
        #expect(merged.plan.action("a1")?.deadline == "March 2027")
        #expect(merged.plan.action("a2")?.progress == "Forum held in May")
    }

    @Test func historyAndNotesFromBothSidesAreKeptInTimeOrder() {
        let base = Self.base()
        var ours = base, theirs = base
        Self.edit(&ours, "a1") {
            $0.history.append(Change(at: Self.noon, field: .rag, from: "Amber", to: "Red", who: "Sam"))
            $0.notes.append(Note(at: Self.noon, text: "Chased", who: "Sam"))
        }
        Self.edit(&theirs, "a1") {
            $0.history.append(Change(at: Self.morning, field: .progress, from: "", to: "Sent", who: "Jo"))
            $0.notes.append(Note(at: Self.morning, text: "Decided to extend", kind: .decision, who: "Jo"))
            $0.notes.append(Note(at: Self.morning, text: "Bring plan", kind: .actionPoint, owner: "CC", due: "January", who: "Jo"))
        }
        let a1 = Self.merge(base, ours, theirs).plan.action("a1")!
        #expect(a1.history.map(\.who) == ["Jo", "Sam"])
        #expect(a1.notes.map(\.text) == ["Bring plan", "Decided to extend", "Chased"])
    }

    @Test func anActionAddedOnBothSidesUnderTheSameIDAppearsTwice() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.outcomes[0].actions.append(Action(id: "a4", ref: "1.3", text: "Ours new"))
        theirs.outcomes[0].actions.append(Action(id: "a4", ref: "1.4", text: "Theirs new"))
        let merged = Self.merge(base, ours, theirs)
        let texts = merged.plan.outcomes[0].actions.map(\.text)
        #expect(texts.contains("Ours new") && texts.contains("Theirs new"))
        #expect(Set(merged.plan.allActions.map(\.id)).count == merged.plan.allActions.count, "ids stay unique")
        #expect(merged.notices.contains { $0.contains("a4") })
    }

    @Test func theSameNewRefOnBothSidesGetsTheNextFreeRefAndSaysSo() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.outcomes[0].actions.append(Action(id: "a4-aaaaa", ref: "1.3", text: "Ours new"))
        theirs.outcomes[0].actions.append(Action(id: "a4-bbbbb", ref: "1.3", text: "Theirs new"))
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.plan.action("a4-aaaaa")?.ref == "1.3")
        let renumbered = merged.plan.action("a4-bbbbb")!
        #expect(renumbered.ref == "1.4")
        #expect(renumbered.history.last?.field == .ref)
        #expect(renumbered.history.last?.from == "1.3")
        #expect(renumbered.history.last?.who == "Merger")
        #expect(merged.notices.contains { $0.contains("1.4") })
    }

    @Test func removedOnOneSideAndEditedOnTheOtherKeepsTheEditAndSaysSo() {
        let base = Self.base()
        var ours = base, theirs = base
        Self.edit(&ours, "a2") { $0.removal = Removal(at: Self.noon, reason: "Merged into 1.1") }
        Self.edit(&theirs, "a2") { $0.progress = "Forum booked" }
        let merged = Self.merge(base, ours, theirs)
        let a2 = merged.plan.action("a2")!
        #expect(!a2.isRemoved)
        #expect(a2.progress == "Forum booked")
        #expect(a2.history.last?.field == .restored)
        #expect(a2.history.last?.reason?.contains("Kept by merge") == true)
        #expect(!merged.notices.isEmpty)
    }

    @Test func removedOnOneSideAndUntouchedOnTheOtherStaysRemoved() {
        let base = Self.base()
        var ours = base
        Self.edit(&ours, "a2") { $0.removal = Removal(at: Self.noon, reason: "Done elsewhere") }
        let merged = Self.merge(base, ours, base)
        #expect(merged.plan.action("a2")?.isRemoved == true)
        #expect(Self.merge(base, base, ours).plan.action("a2")?.isRemoved == true)
    }

    @Test func purgedOnOneSideAndEditedOnTheOtherComesBack() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.outcomes[0].actions.remove(at: 1)
        Self.edit(&theirs, "a2") { $0.text = "Run two forums" }
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.plan.action("a2")?.text == "Run two forums")
        #expect(merged.plan.action("a2")?.history.last?.field == .restored)
        let untouched = Self.merge(base, ours, base)
        #expect(untouched.plan.action("a2") == nil, "purged and not edited elsewhere: gone")
    }

    @Test func aRealConflictKeepsOursOnTheBoardAndRecordsBoth() throws {
        let base = Self.base()
        var ours = base, theirs = base
        Self.edit(&ours, "a1") {
            $0.rag = .red
            $0.history.append(Change(at: Self.noon, field: .rag, from: "Amber", to: "Red", who: "Sam"))
        }
        Self.edit(&theirs, "a1") {
            $0.rag = .green
            $0.history.append(Change(at: Self.morning, field: .rag, from: "Amber", to: "Green", who: "Jo"))
        }
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.plan.action("a1")?.rag == .red)
        #expect(merged.conflicts.count == 1)
        let conflict = merged.plan.conflicts.first!
        #expect(conflict == MergeConflict(action: "a1", ref: "1.1", field: .rag, kept: "Red", keptBy: "Sam", keptAt: Self.noon,
                                          other: "Green", otherBy: "Jo", otherAt: Self.morning))
        let text = String(decoding: PlanFile.encode(merged.plan), as: UTF8.self)
        #expect(!text.contains("<<<<<<<"))
        #expect(try PlanFile.decode(PlanFile.encode(merged.plan), path: "m.json") == merged.plan, "the merged plan is a valid file")
    }

    @Test func movedToDifferentOutcomesIsAConflict() {
        let base = Self.base()
        var ours = base, theirs = base
        let a2 = ours.outcomes[0].actions.remove(at: 1)
        ours.outcomes[1].actions.append(a2)
        var third = Outcome(id: "o3", number: "3", title: "Third")
        third.actions = [theirs.outcomes[0].actions.remove(at: 1)]
        theirs.outcomes.append(third)
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.plan.outcomes.first { $0.id == "o2" }!.actions.map(\.id).contains("a2"))
        #expect(merged.conflicts.map(\.field) == ["outcome"])
    }

    @Test func anActionMovedOnOneSideMovesAndNewActionsKeepTheirPlace() {
        let base = Self.base()
        var ours = base, theirs = base
        let a1 = theirs.outcomes[0].actions.remove(at: 0)
        theirs.outcomes[1].actions.insert(a1, at: 0)
        ours.outcomes[0].actions.insert(Action(id: "a9-x", ref: "1.9", text: "First now"), at: 0)
        let merged = Self.merge(base, ours, theirs)
        #expect(merged.plan.outcomes[0].actions.map(\.id) == ["a9-x", "a2"])
        #expect(merged.plan.outcomes[1].actions.map(\.id) == ["a1", "a3"])
    }

    @Test func unknownFieldsAreKeptFromEitherSide() throws {
        let base = Self.base()
        var ours = base, theirs = base
        _ = ours.unknownFields.insert("budget", .number("1200"))
        Self.edit(&theirs, "a1") { _ = $0.unknownFields.insert("riskScore", .text("high")) }
        let merged = Self.merge(base, ours, theirs).plan
        #expect(merged.unknownFields["budget"] == .number("1200"))
        #expect(merged.action("a1")?.unknownFields["riskScore"] == .text("high"))
    }

    @Test func leadsAndMeetingsFromBothSidesAreKept() {
        let base = Self.base()
        var ours = base, theirs = base
        ours.leads.append(Lead(initials: "GP", name: "GP practices"))
        theirs.leads[0].organisation = "Northshire"
        ours.meetings.append(Meeting(id: "m1", title: "Ours", date: Fixtures.today, startedAt: Self.morning, endedAt: Self.noon))
        theirs.meetings.append(Meeting(id: "m1", title: "Theirs", date: Fixtures.today, startedAt: Self.noon, endedAt: Self.now))
        Self.edit(&theirs, "a1") { $0.notes.append(Note(at: Self.noon, text: "In their meeting", meeting: "m1")) }
        let merged = Self.merge(base, ours, theirs).plan
        #expect(merged.leads.map(\.initials) == ["CC", "GP"])
        #expect(merged.leads[0].organisation == "Northshire")
        #expect(merged.meetings.map(\.title) == ["Ours", "Theirs"])
        let theirMeeting = merged.meetings[1].id
        #expect(theirMeeting != "m1")
        #expect(merged.action("a1")?.notes.last?.meeting == theirMeeting, "their notes follow their meeting's new id")
    }

    @Test func filesWithoutWhoMergeAndConflictsSayNobody() {
        let base = Self.base()
        var ours = base, theirs = base
        Self.edit(&ours, "a1") { $0.text = "Survey 200 carers" }
        Self.edit(&theirs, "a1") { $0.text = "Survey 300 carers" }
        let conflict = Self.merge(base, ours, theirs).conflicts.first!
        #expect(conflict.keptBy == nil && conflict.otherBy == nil)
        #expect(conflict.kept == "Survey 200 carers" && conflict.other == "Survey 300 carers")
    }

    @Test func aConflictResolvedOnOneSideIsNotBroughtBack() {
        var base = Self.base()
        base.conflicts = [MergeConflict(action: "a1", ref: "1.1", field: .rag, kept: "Red", other: "Green")]
        var ours = base
        ours.conflicts = []
        let merged = Self.merge(base, ours, base)
        #expect(merged.plan.conflicts.isEmpty)
    }
}

/// An action point closed or carried forward in one copy is still one action point after a merge.
@Suite struct ActionPointMergeTests {
    @Test func anActionPointClosedInOneCopyStaysOneClosedPoint() {
        var base = PlanMergeTests.base()
        let point = Note(at: PlanMergeTests.morning, text: "Report back on venues", kind: .actionPoint, owner: "CC", due: "May")
        PlanMergeTests.edit(&base, "a1") { $0.notes = [point] }
        var ours = base, theirs = base
        PlanMergeTests.edit(&ours, "a1") { $0.notes[0].closedAt = PlanMergeTests.noon; $0.notes[0].who = "Ann" }
        PlanMergeTests.edit(&theirs, "a1") { $0.notes[0].carriedForwardIn = ["m2"] }

        for merged in [PlanMergeTests.merge(base, ours, theirs), PlanMergeTests.merge(base, theirs, ours)] {
            let notes = merged.plan.action("a1")?.notes ?? []
            #expect(notes.count == 1, "\(notes)")
            #expect(notes.first?.closedAt == PlanMergeTests.noon)
            #expect(notes.first?.carriedForwardIn == ["m2"])
        }
    }
}
