import Testing
@testable import PlanBoardCore

/// Properties of the merge on random edits from fixed seeds: merging is symmetric in content
/// (which copy is "ours" changes only which side of a conflict stays on the board), and merging a
/// plan with itself changes nothing.
@Suite struct PlanMergePropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    /// A copy of `base` with a handful of random edits of the kinds officers make; `side` keeps
    /// the new actions' ids apart, as suffixed ids do (their refs may meet: see case 6).
    static func edited(_ base: Plan, side: String, rng: inout SplitMix64) -> Plan {
        var plan = base
        let at = Timestamp(day: Fixtures.today, hour: 10 + rng.below(8), minute: rng.below(60))
        for step in 0..<rng.int(in: 1...6) {
            let o = rng.below(plan.outcomes.count)
            guard !plan.outcomes[o].actions.isEmpty else { continue }
            let a = rng.below(plan.outcomes[o].actions.count)
            switch rng.below(8) {
            case 0: plan.outcomes[o].actions[a].rag = rng.pick(RAG.allCases)
            case 1: plan.outcomes[o].actions[a].progress = "Progress from \(side) \(step)"
            case 2: plan.outcomes[o].actions[a].notes.append(Note(at: at, text: "Note from \(side) \(step)", who: side))
            case 3: plan.outcomes[o].actions[a].history.append(Change(at: at, field: .deadline, from: "", to: "x", who: side))
            case 4: plan.outcomes[o].actions.append(Action(id: .init("a900-\(side)\(step)"), ref: "9.\(side)\(step)", text: "New \(side)"))
            case 5: plan.outcomes[o].actions[a].removal = Removal(at: at, reason: "Removed by \(side)")
            case 6:
                // Refs from a small set, so both copies often add an action under the same ref.
                let created = Timestamp(day: Fixtures.today, hour: 10 + rng.below(2), minute: 0)
                plan.outcomes[o].actions.append(Action(id: .init("a901-\(side)\(step)"), ref: "8.\(rng.below(2))", text: "Same ref \(side)",
                                                       history: [Change(at: created, field: .created, from: "", to: "", who: side)]))
            default:
                let moved = plan.outcomes[o].actions.remove(at: a)
                plan.outcomes[(o + 1) % plan.outcomes.count].actions.append(moved)
            }
        }
        addLanesAndLeads(&plan, side: side, rng: &rng)
        return plan
    }

    /// A few more edits of the plan's shape on `side`'s copy: a new outcome of its own (its id kept
    /// apart as suffixed ids are) or the one both copies happen to add alike (`o8`), actions moved
    /// into it, and initials added to the key of leads that the other copy may add too, for the
    /// same person or another.
    static func addLanesAndLeads(_ plan: inout Plan, side: String, rng: inout SplitMix64) {
        for step in 0..<rng.int(in: 0...3) {
            switch rng.below(3) {
            case 0:
                let lane = rng.below(2) == 0 ? Outcome(id: .init("o9-\(side)\(step)"), number: "9", title: "New lane \(side) \(step)")
                    : Outcome(id: "o8", number: "8", title: "Shared lane")
                if !plan.outcomes.contains(where: { $0.id == lane.id }) { plan.outcomes.append(lane) }
            case 1:
                let initials = "N\(rng.below(2))"
                let name = rng.below(2) == 0 ? "Name \(side)" : "Same name"
                if plan.lead(initials: initials) == nil { plan.leads.append(Lead(initials: initials, name: name)) }
            default:
                let o = rng.below(plan.outcomes.count)
                guard let lane = plan.outcomes.indices.last(where: { ["8", "9"].contains(plan.outcomes[$0].number) }), lane != o,
                      !plan.outcomes[o].actions.isEmpty else { continue }
                let a = rng.below(plan.outcomes[o].actions.count)
                plan.outcomes[lane].actions.append(plan.outcomes[o].actions.remove(at: a))
            }
        }
    }

    /// The plan with its key of leads in initials order and a name in conflict blanked: leads both
    /// copies added sit in an order, and keep a name, that depend on which copy was ours.
    static func leadsSettled(_ plan: Plan) -> Plan {
        var plan = plan
        for l in plan.leads.indices
        where plan.conflicts.contains(where: { $0.about == .lead && $0.id == plan.leads[l].initials && $0.field == "name" }) {
            plan.leads[l].name = ""
        }
        plan.leads.sort { $0.initials < $1.initials }
        return plan
    }

    /// The plan as content: actions by id with their outcome, fields in conflict blanked, and the
    /// conflicts as unordered pairs of values.
    static func content(_ plan: Plan) -> [String] {
        let conflicted = Set(plan.conflicts.map { "\($0.id) \($0.field)" })
        var lines: [String] = []
        for outcome in plan.outcomes {
            for var action in outcome.actions {
                let key = action.id.rawValue
                if conflicted.contains("\(key) rag") { action.rag = .unrated }
                if conflicted.contains("\(key) progress") { action.progress = "" }
                if conflicted.contains("\(key) status") { action.status = .notStarted }
                let lane = conflicted.contains("\(key) outcome") ? "?" : outcome.id.rawValue
                lines.append("\(key) in \(lane): \(action)")
            }
        }
        for c in plan.conflicts { lines.append("conflict \(c.about) \(c.id) \(c.field) \([c.kept, c.other].sorted())") }
        lines.append("meetings \(plan.meetings) leads \(plan.leads) outcomes \(plan.outcomes.map(\.heading).sorted())")
        return lines.sorted()
    }

    @Test(arguments: seeds) func mergingIsSymmetricInContent(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let base = PlanGenerator.make(actions: 24, outcomes: 3, seed: seed)
        let ours = Self.edited(base, side: "o", rng: &rng)
        let theirs = Self.edited(base, side: "t", rng: &rng)
        let one = PlanMerge.merge(base: base, ours: ours, theirs: theirs, at: PlanMergeTests.now)
        let other = PlanMerge.merge(base: base, ours: theirs, theirs: ours, at: PlanMergeTests.now)
        #expect(Self.content(Self.leadsSettled(one.plan)) == Self.content(Self.leadsSettled(other.plan)))
        #expect(one.conflicts.count == other.conflicts.count)
    }

    @Test(arguments: seeds) func mergingAPlanWithItselfChangesNothing(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let base = PlanGenerator.make(actions: 24, outcomes: 3, seed: seed)
        let plan = Self.edited(base, side: "o", rng: &rng)
        #expect(PlanMerge.merge(base: plan, ours: plan, theirs: plan, at: PlanMergeTests.now).plan == plan)
        let fromBase = PlanMerge.merge(base: base, ours: plan, theirs: plan, at: PlanMergeTests.now)
        #expect(fromBase.plan == plan)
        #expect(fromBase.conflicts.isEmpty)
    }

    @Test(arguments: seeds) func oneSidedEditsComeThroughWhole(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let base = PlanGenerator.make(actions: 24, outcomes: 3, seed: seed)
        let theirs = Self.edited(base, side: "t", rng: &rng)
        #expect(PlanMerge.merge(base: base, ours: base, theirs: theirs, at: PlanMergeTests.now).plan == theirs)
    }
}
