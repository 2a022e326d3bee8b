/// Merges two copies of a plan edited apart from a common ancestor, by meaning rather than by
/// lines: what `planboard merge` does when git meets two versions of the plan file.
///
/// Things are matched by their stable ids. A field changed on one side takes that side's value;
/// changed differently on both it keeps ours and records a `MergeConflict` in the plan. History and
/// notes are a union. An action added on both sides under one id appears twice; removed (or purged)
/// on one side and edited on the other keeps the edit and says so; a new ref taken on both sides
/// is renumbered on their side, recorded in that action's history. Pure: the time and the person
/// written on what the merge itself records are passed in.
public enum PlanMerge {
    public struct Outcome: Equatable, Sendable {
        /// The merged plan, with the new conflicts added to `plan.conflicts`.
        public var plan: Plan
        /// The conflicts this merge found (those already in either copy are in `plan.conflicts` too).
        public var conflicts: [MergeConflict]
        /// What the merge did that a person should know (`Both copies added 1.9: theirs is now 1.10`).
        public var notices: [String]
    }

    public static func merge(base: Plan, ours: Plan, theirs: Plan, at now: Timestamp, by who: String? = nil) -> Outcome {
        var context = MergeContext(now: now, who: who)
        let theirs = context.separateNewIDs(base: base, ours: ours, theirs: theirs)
        var plan = Plan(title: "")
        var conflicts: [MergeConflict] = []
        plan.title = ThreeWay.pick(base.title, ours.title, theirs.title).value
        plan.period = ThreeWay.pick(base.period, ours.period, theirs.period).value
        plan.owner = ThreeWay.pick(base.owner, ours.owner, theirs.owner).value
        plan.unknownFields = ThreeWay.unknown(base.unknownFields, ours.unknownFields, theirs.unknownFields)
        plan.leads = KeyedMerge.merge(base: base.leads, ours: ours.leads, theirs: theirs.leads, key: \.initials) { b, o, t in
            var lead = o
            lead.name = ThreeWay.pick(b.name, o.name, t.name).value
            lead.organisation = ThreeWay.pick(b.organisation, o.organisation, t.organisation).value
            lead.unknownFields = ThreeWay.unknown(b.unknownFields, o.unknownFields, t.unknownFields)
            return lead
        }
        plan.meetings = KeyedMerge.merge(base: base.meetings, ours: ours.meetings, theirs: theirs.meetings, key: \.id) { b, o, t in
            var meeting = o
            meeting.title = ThreeWay.pick(b.title, o.title, t.title).value
            meeting.date = ThreeWay.pick(b.date, o.date, t.date).value
            meeting.attendees = ThreeWay.pick(b.attendees, o.attendees, t.attendees).value
            meeting.apologies = ThreeWay.pick(b.apologies, o.apologies, t.apologies).value
            meeting.startedAt = ThreeWay.pick(b.startedAt, o.startedAt, t.startedAt).value
            meeting.endedAt = ThreeWay.pick(b.endedAt, o.endedAt, t.endedAt).value
            meeting.discussed = ThreeWay.order(ours: o.discussed, theirs: t.discussed,
                                               keep: Set(o.discussed + t.discussed).subtracting(
                                                   Set(b.discussed).subtracting(Set(o.discussed).intersection(t.discussed))))
            meeting.unknownFields = ThreeWay.unknown(b.unknownFields, o.unknownFields, t.unknownFields)
            return meeting
        }
        // Meetings read in the order they were held, whichever copy held them.
        if ours.meetings != theirs.meetings {
            plan.meetings = plan.meetings.enumerated().sorted { ($0.element.startedAt, $0.offset) < ($1.element.startedAt, $1.offset) }.map(\.element)
        }
        plan.outcomes = context.mergeOutcomes(base: base, ours: ours, theirs: theirs, conflicts: &conflicts)
        context.renumberCollidingRefs(&plan, base: base, ours: ours)
        plan.conflicts = KeyedMerge.mergeSet(base: base.conflicts, ours: ours.conflicts, theirs: theirs.conflicts) + conflicts
        return Outcome(plan: plan, conflicts: conflicts, notices: context.notices)
    }
}
