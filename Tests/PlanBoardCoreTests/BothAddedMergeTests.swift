import Testing
@testable import PlanBoardCore

/// Outcomes and leads that both copies added under one key: kept apart or recorded as a
/// conflict, never silently fused, and the same whichever copy is ours.
@Suite struct BothAddedMergeTests {
    /// Both copies add an outcome as `o3` (ids from before outcome ids had suffixes), each with an action.
    static func copiesAddingOutcomeO3() -> (Plan, Plan, Plan) {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        ours.outcomes.append(Outcome(id: "o3", number: "3", title: "Young carers", actions: [
            Action(id: "a4-aaaaa", ref: "3.1", text: "Schools pack")]))
        theirs.outcomes.append(Outcome(id: "o3", number: "3", title: "Carers' health", actions: [
            Action(id: "a4-bbbbb", ref: "3.1", text: "Health checks")]))
        theirs.indicators = [Indicator(id: "i1", name: "Health checks offered", outcomes: ["o3"])]
        return (base, ours, theirs)
    }

    @Test func outcomesAddedOnBothSidesUnderOneIDAreBothKeptWhicheverSideIsOurs() {
        let (base, ours, theirs) = Self.copiesAddingOutcomeO3()
        for merged in [PlanMergeTests.merge(base, ours, theirs), PlanMergeTests.merge(base, theirs, ours)] {
            let titles = merged.plan.outcomes.map(\.title)
            #expect(titles.contains("Young carers") && titles.contains("Carers' health"))
            #expect(Set(merged.plan.outcomes.map(\.id)).count == merged.plan.outcomes.count, "outcome ids stay unique")
            let young = merged.plan.outcomes.first { $0.title == "Young carers" }!
            let health = merged.plan.outcomes.first { $0.title == "Carers' health" }!
            #expect(young.actions.map(\.text) == ["Schools pack"])
            #expect(health.actions.map(\.text) == ["Health checks"])
            #expect(merged.conflicts.isEmpty)
            #expect(merged.notices.contains { $0.contains("outcome as o3") })
        }
        var context = MergeContext(now: PlanMergeTests.now, who: nil)
        let separated = context.separateNewIDs(base: base, ours: ours, theirs: theirs)
        #expect(separated.outcomes.first { $0.title == "Carers' health" }?.id == "o4")
        #expect(separated.indicators.first?.outcomes == ["o4"], "an indicator of their outcome follows its fresh id")
    }

    @Test func theSameOutcomeAddedAlikeOnBothSidesIsOneLane() {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        ours.outcomes.append(Outcome(id: "o3", number: "3", title: "Young carers", actions: [Action(id: "a4-aaaaa", ref: "3.1", text: "One")]))
        theirs.outcomes.append(Outcome(id: "o3", number: "3", title: "Young carers", actions: [Action(id: "a4-bbbbb", ref: "3.2", text: "Two")]))
        let merged = PlanMergeTests.merge(base, ours, theirs)
        #expect(merged.plan.outcomes.filter { $0.title == "Young carers" }.count == 1)
        #expect(Set(merged.plan.outcomes.first { $0.id == "o3" }!.actions.map(\.text)) == ["One", "Two"])
        #expect(merged.notices.isEmpty)
    }

    @Test func leadsAddedOnBothSidesWithDifferentNamesAreAConflictWhicheverSideIsOurs() {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        ours.leads.append(Lead(initials: "SW", name: "Sam Wood"))
        theirs.leads.append(Lead(initials: "SW", name: "Sara Wells", organisation: "Northshire Council"))
        let one = PlanMergeTests.merge(base, ours, theirs)
        let other = PlanMergeTests.merge(base, theirs, ours)
        for (merged, kept, lost) in [(one, "Sam Wood", "Sara Wells"), (other, "Sara Wells", "Sam Wood")] {
            #expect(merged.conflicts.map { "\($0.about.rawValue) \($0.id) \($0.field)" } == ["lead SW name"])
            #expect(merged.conflicts.first?.kept == kept && merged.conflicts.first?.other == lost)
            #expect(merged.plan.lead(initials: "SW")?.name == kept)
            #expect(merged.plan.lead(initials: "SW")?.organisation == "Northshire Council", "set on one side only: taken")
        }
    }

    @Test func theSameLeadAddedOnBothSidesIsNoConflict() {
        let base = PlanMergeTests.base()
        var ours = base, theirs = base
        ours.leads.append(Lead(initials: "SW", name: "Sam Wood"))
        theirs.leads.append(Lead(initials: "SW", name: "Sam Wood"))
        let merged = PlanMergeTests.merge(base, ours, theirs)
        #expect(merged.conflicts.isEmpty)
        #expect(merged.plan.leads.filter { $0.initials == "SW" }.count == 1)
    }
}
