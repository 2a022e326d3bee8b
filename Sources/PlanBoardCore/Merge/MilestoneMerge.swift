/// Milestones merged by id, an action's or a workstream's alike: added on either side kept; one id
/// given to two different milestones (added in both copies, or reworded differently in both)
/// keeps both, the later one renumbered and said so; done in one copy is done.
extension MergeContext {
    /// An action's milestones; its history tells when each side added one.
    mutating func mergeMilestones(_ b: Action, _ o: Action, _ t: Action) -> [Milestone] {
        mergeMilestones(base: b.milestones, ours: (o.milestones, o.history), theirs: (t.milestones, t.history), owner: o.ref)
    }

    /// A workstream's (outcome's) milestones, named in notices by `Workstream ‘Outcome 2’`.
    mutating func mergeMilestones(_ b: Outcome, _ o: Outcome, _ t: Outcome) -> [Milestone] {
        mergeMilestones(base: b.milestones, ours: (o.milestones, o.history), theirs: (t.milestones, t.history),
                        owner: "Workstream ‘\(o.workstreamName)’")
    }

    /// Each side's milestones with the history that records them; `owner` starts any notice.
    private mutating func mergeMilestones(base: [Milestone], ours ourSide: ([Milestone], [Change]), theirs theirSide: ([Milestone], [Change]),
                                          owner: String) -> [Milestone] {
        var ours = ourSide.0, theirs = theirSide.0
        var taken = Set((base + ours + theirs).map(\.id))
        for i in theirs.indices {
            let other = theirs[i]
            guard let j = ours.firstIndex(where: { $0.id == other.id }) else { continue }
            let mine = ours[j]
            let old = base.first { $0.id == other.id } ?? Milestone(id: other.id, text: "")
            guard ThreeWay.pick(old.text, mine.text, other.text).conflict || ThreeWay.pick(old.due, mine.due, other.due).conflict
            else { continue }
            let fresh = Milestone.ID.next(prefix: "m", after: taken)
            taken.insert(fresh)
            let renamed: Milestone
            if Self.added(mine, in: ourSide.1) <= Self.added(other, in: theirSide.1) {
                theirs[i].id = fresh
                renamed = other
            } else {
                ours[j].id = fresh
                renamed = mine
            }
            notices.append("\(owner): both copies have a milestone \(other.id) (‘\(mine.text)’ and ‘\(other.text)’): "
                           + "both kept, ‘\(renamed.text)’ is now \(fresh).")
        }
        return KeyedMerge.merge(base: base, ours: ours, theirs: theirs, key: \.id,
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

    /// When a copy added the milestone (its `added` entry in the owner's history; unknown first),
    /// then its words: an order both copies agree on.
    private static func added(_ milestone: Milestone, in history: [Change]) -> MilestoneAge {
        let entry = history.first { $0.field == .milestone && $0.to.hasPrefix("‘\(milestone.text)’ added") }
        return MilestoneAge(at: entry?.at.secondsSince1970 ?? .min, text: milestone.text, due: milestone.due)
    }
}

private struct MilestoneAge: Comparable {
    var at: Int64
    var text: String
    var due: String
    static func < (l: Self, r: Self) -> Bool { (l.at, l.text, l.due) < (r.at, r.text, r.due) }
}
