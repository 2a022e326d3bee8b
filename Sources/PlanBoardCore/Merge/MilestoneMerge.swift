/// An action's milestones merged by id: added on either side kept; one id given to two different
/// milestones (added in both copies, or reworded differently in both) keeps both, the later one
/// renumbered and said so; done in one copy is done.
extension MergeContext {
    mutating func mergeMilestones(_ b: Action, _ o: Action, _ t: Action) -> [Milestone] {
        var ours = o.milestones, theirs = t.milestones
        var taken = Set((b.milestones + ours + theirs).map(\.id))
        for i in theirs.indices {
            let other = theirs[i]
            guard let j = ours.firstIndex(where: { $0.id == other.id }) else { continue }
            let mine = ours[j]
            let old = b.milestones.first { $0.id == other.id } ?? Milestone(id: other.id, text: "")
            guard ThreeWay.pick(old.text, mine.text, other.text).conflict || ThreeWay.pick(old.due, mine.due, other.due).conflict
            else { continue }
            let fresh = Milestone.ID.next(prefix: "m", after: taken)
            taken.insert(fresh)
            let renamed: Milestone
            if Self.added(mine, in: o) <= Self.added(other, in: t) {
                theirs[i].id = fresh
                renamed = other
            } else {
                ours[j].id = fresh
                renamed = mine
            }
            notices.append("\(o.ref): both copies have a milestone \(other.id) (‘\(mine.text)’ and ‘\(other.text)’): "
                           + "both kept, ‘\(renamed.text)’ is now \(fresh).")
        }
        return KeyedMerge.merge(base: b.milestones, ours: ours, theirs: theirs, key: \.id,
                                added: { Milestone(id: $0.id, text: "") }) { bm, om, tm in
            var merged = om
            merged.text = ThreeWay.pick(bm.text, om.text, tm.text).value
            merged.due = ThreeWay.pick(bm.due, om.due, tm.due).value
            let done = ThreeWay.pick(RecordStamp(bm), RecordStamp(om), RecordStamp(tm))
            let stamp = done.conflict ? RecordStamp.recorded(RecordStamp(om), RecordStamp(tm)) : done.value
            (merged.doneAt, merged.doneIn, merged.doneBy) = (stamp.at, stamp.meeting, stamp.who)
            merged.unknownFields = ThreeWay.unknown(bm.unknownFields, om.unknownFields, tm.unknownFields)
            return merged
        }
    }

    /// When a copy added the milestone (its `added` entry in the action's history; unknown first),
    /// then its words: an order both copies agree on.
    private static func added(_ milestone: Milestone, in action: Action) -> MilestoneAge {
        let entry = action.history.first { $0.field == .milestone && $0.to.hasPrefix("‘\(milestone.text)’ added") }
        return MilestoneAge(at: entry?.at.secondsSince1970 ?? .min, text: milestone.text, due: milestone.due)
    }
}

private struct MilestoneAge: Comparable {
    var at: Int64
    var text: String
    var due: String
    static func < (l: Self, r: Self) -> Bool { (l.at, l.text, l.due) < (r.at, r.text, r.due) }
}
