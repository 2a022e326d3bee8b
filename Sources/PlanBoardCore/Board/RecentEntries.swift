/// Stamping what a change just recorded: the history entries and notes at the end of each action
/// (and each workstream's history) made since a moment and not yet stamped get the running meeting, or who made them. One walk,
/// so tagging and signing cannot drift apart. Called by `changePlan`, so every change is stamped.
enum RecentEntries {
    /// What to write on the entries: the meeting they were made in, or who made them.
    enum Stamp {
        case meeting(Meeting.ID)
        case who(String)
    }

    /// Stamps every action's and workstream's unstamped history entries and notes made since `since`.
    static func stamp(_ plan: inout Plan, _ stamp: Stamp, since: Timestamp) {
        for o in plan.outcomes.indices {
            if needsStamp(plan.outcomes[o].history, stamp, since: since) {
                write(stamp, on: &plan.outcomes[o].history, since: since)
            }
            for a in plan.outcomes[o].actions.indices {
                // Read before writing: a write would copy plan storage shared with the undo history.
                if needsStamp(plan.outcomes[o].actions[a].history, stamp, since: since) {
                    write(stamp, on: &plan.outcomes[o].actions[a].history, since: since)
                }
                if needsStamp(plan.outcomes[o].actions[a].notes, stamp, since: since) {
                    write(stamp, on: &plan.outcomes[o].actions[a].notes, since: since)
                }
            }
        }
    }

    /// True when the newest entry was made since `since` and carries no such stamp yet.
    private static func needsStamp<Entry: Recorded>(_ entries: [Entry], _ stamp: Stamp, since: Timestamp) -> Bool {
        entries.last.map { lacks($0, stamp) && $0.at >= since } ?? false
    }

    /// Stamps the unstamped entries at the end of `entries` made since `since`.
    private static func write<Entry: Recorded>(_ stamp: Stamp, on entries: inout [Entry], since: Timestamp) {
        var i = entries.count - 1
        while i >= 0, lacks(entries[i], stamp), entries[i].at >= since {
            switch stamp {
            case .meeting(let id): entries[i].meeting = id
            case .who(let author): entries[i].who = author
            }
            i -= 1
        }
    }

    private static func lacks(_ entry: some Recorded, _ stamp: Stamp) -> Bool {
        switch stamp {
        case .meeting: entry.meeting == nil
        case .who: entry.who == nil
        }
    }
}

/// A history entry or note: made at a time, and stamped with the meeting and the person.
protocol Recorded {
    var at: Timestamp { get }
    var meeting: Meeting.ID? { get set }
    var who: String? { get set }
}

extension Change: Recorded {}
extension Note: Recorded {}
