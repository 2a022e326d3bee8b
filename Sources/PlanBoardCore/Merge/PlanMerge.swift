/// Merges two copies of a plan edited apart from a common ancestor, by meaning rather than by
/// lines: what `planboard merge` does when git meets two versions of the plan file.
///
/// Things are matched by their stable ids. A field changed on one side takes that side's value;
/// changed differently on both it keeps ours and records a `MergeConflict` in the plan, whether
/// the field is an action's, an outcome's, a lead's, a meeting's, an indicator's (a period's
/// figures too), a risk's or the plan's own (its risk bands as a whole). History and notes are a
/// union; an action's milestones merge by id, done in one copy being done. An action added on both sides under one id appears twice; removed (or purged)
/// on one side and edited on the other keeps the edit and says so; of two new actions under one
/// ref, the one created later is renumbered (whichever copy it came from), recorded in its history. Pure: the time and the person
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
        plan.title = MergeContext.pick(base.title, ours.title, theirs.title, .plan, id: "", ref: ours.title, field: "title", &conflicts)
        plan.period = MergeContext.pick(base.period, ours.period, theirs.period, .plan, id: "", ref: ours.title, field: "period", &conflicts)
        plan.owner = MergeContext.pick(base.owner, ours.owner, theirs.owner, .plan, id: "", ref: ours.title, field: "owner", &conflicts)
        plan.unknownFields = ThreeWay.unknown(base.unknownFields, ours.unknownFields, theirs.unknownFields)
        let baseInitials = Set(base.leads.map(\.initials))
        plan.leads = KeyedMerge.merge(base: base.leads, ours: ours.leads, theirs: theirs.leads, key: \.initials) { b, o, t in
            // Added in both copies: against an empty entry, so names that differ are a conflict whichever copy is ours.
            let b = baseInitials.contains(o.initials) ? b : Lead(initials: o.initials, name: "")
            var lead = o
            lead.name = MergeContext.pick(b.name, o.name, t.name, .lead, id: o.initials, ref: o.initials, field: "name", &conflicts)
            lead.organisation = MergeContext.pick(b.organisation, o.organisation, t.organisation, .lead, id: o.initials,
                                                  ref: o.initials, field: "organisation", &conflicts)
            lead.unknownFields = ThreeWay.unknown(b.unknownFields, o.unknownFields, t.unknownFields)
            return lead
        }
        plan.meetings = KeyedMerge.merge(base: base.meetings, ours: ours.meetings, theirs: theirs.meetings, key: \.id) { b, o, t in
            var meeting = o
            let (id, ref) = (o.id.rawValue, "\(o.date.isoText) \(o.title)")
            func text(_ path: KeyPath<Meeting, String>, _ field: String) -> String {
                MergeContext.pick(b[keyPath: path], o[keyPath: path], t[keyPath: path], .meeting, id: id, ref: ref, field: field, &conflicts)
            }
            func list(_ path: KeyPath<Meeting, [String]>, _ field: String) -> [String] {
                MergeContext.pick(b[keyPath: path], o[keyPath: path], t[keyPath: path], .meeting, id: id, ref: ref, field: field, &conflicts)
            }
            meeting.title = text(\.title, "title")
            meeting.date = MergeContext.pick(b.date, o.date, t.date, .meeting, id: id, ref: ref, field: "date", &conflicts,
                                             words: \.isoText)
            meeting.attendees = list(\.attendees, "attendees")
            meeting.apologies = list(\.apologies, "apologies")
            meeting.inAttendance = list(\.inAttendance, "inAttendance")
            meeting.declarations = list(\.declarations, "declarations")
            meeting.venue = text(\.venue, "venue")
            meeting.nextMeeting = text(\.nextMeeting, "nextMeeting")
            meeting.startedAt = ThreeWay.pick(b.startedAt, o.startedAt, t.startedAt).value
            // Ended in both copies at different times: the earlier end stands (it is when the chair closed it).
            let ended = ThreeWay.pick(b.endedAt, o.endedAt, t.endedAt)
            meeting.endedAt = ended.conflict ? [o.endedAt, t.endedAt].compactMap { $0 }.min() : ended.value
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
        plan.indicators = MergeContext.mergeIndicators(base: base, ours: ours, theirs: theirs, conflicts: &conflicts)
        plan.customRiskBands = MergeContext.mergeRiskBands(base: base, ours: ours, theirs: theirs, conflicts: &conflicts)
        plan.riskBandsHistory = ThreeWay.union(ours.riskBandsHistory, theirs.riskBandsHistory, at: \.at, key: MergeContext.historyKey)
        // A risk's levels in a conflict are worded against the bands the merged plan uses.
        var (oursBanded, theirsBanded) = (ours, theirs)
        (oursBanded.customRiskBands, theirsBanded.customRiskBands) = (plan.customRiskBands, plan.customRiskBands)
        plan.risks = MergeContext.mergeRisks(base: base, ours: oursBanded, theirs: theirsBanded, conflicts: &conflicts)
        context.renumberCollidingRefs(&plan, base: base, ours: ours, theirs: theirs)
        plan.conflicts = KeyedMerge.mergeSet(base: base.conflicts, ours: ours.conflicts, theirs: theirs.conflicts) + conflicts
        return Outcome(plan: plan, conflicts: conflicts, notices: context.notices)
    }
}
