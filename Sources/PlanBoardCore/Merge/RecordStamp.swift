/// When something was recorded — a milestone marked done, a period's value entered — in which
/// meeting and by whom: merged as one, never field by field, by one rule for milestones and
/// indicators alike.
struct RecordStamp: Equatable, Comparable {
    var at: Timestamp?
    var meeting: Meeting.ID?
    var who: String?

    init(_ milestone: Milestone) {
        (at, meeting, who) = (milestone.doneAt, milestone.doneIn, milestone.doneBy)
    }

    init(_ period: IndicatorPeriod) {
        (at, meeting, who) = (period.enteredAt, period.meeting, period.who)
    }

    static func < (l: Self, r: Self) -> Bool {
        (l.at?.secondsSince1970 ?? .min, l.meeting?.rawValue ?? "", l.who ?? "")
            < (r.at?.secondsSince1970 ?? .min, r.meeting?.rawValue ?? "", r.who ?? "")
    }

    /// Done in one copy means done: when the copies' stamps differ, the one that recorded it
    /// stands (done in one copy and reopened in the other stays done); recorded in both, the
    /// earlier stands, whichever copy merges into which.
    static func recorded(_ ours: Self, _ theirs: Self) -> Self {
        [ours, theirs].filter { $0.at != nil }.min() ?? ours
    }
}
