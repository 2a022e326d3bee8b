/// Choices a report takes besides the plan and today's date.
public struct ReportOptions: Equatable, Sendable {
    /// Show the changes made on or after this day; nil for no changes section.
    public var since: Day?
    /// How many days ahead counts as "due soon" (six weeks: the usual gap between meetings).
    public var soonDays: Int

    public init(since: Day? = nil, soonDays: Int = 42) {
        self.since = since
        self.soonDays = soonDays
    }
}

/// One change from an action's history, with what a report needs to say which action it was.
public struct PlanChange: Equatable, Sendable {
    public var outcome: String
    public var ref: String
    public var actionText: String
    public var change: Change
    /// For a note's entry, the note it recorded (a decision, a note, an action point); nil otherwise.
    public var note: Note? = nil

    /// Who made the change (or recorded the note), when the plan says; nil in entries from before it did.
    public var who: String? { change.who ?? note?.who }
}

extension [PlanChange] {
    /// True when some change says who made it: reports then add a "By" column (left out for
    /// plans from before planboard recorded it, so their reports read as they did).
    public var sayWho: Bool { contains { $0.who != nil } }
}

extension Plan {
    /// Every change recorded on or after `since`, oldest first; removed actions included, since
    /// their removal is itself a change the board made, and workstreams' milestone entries too.
    public func changes(since: Day) -> [PlanChange] {
        let start = Timestamp(day: since)
        var found: [PlanChange] = []
        for outcome in outcomes {
            // The workstream's own entries (its milestones), under the outcome's number as the ref.
            for change in outcome.history where change.at >= start {
                found.append(PlanChange(outcome: outcome.reportHeading, ref: outcome.workstreamName,
                                        actionText: "Workstream: \(outcome.title)", change: change))
            }
            for action in outcome.actions {
                for change in action.history where change.at >= start {
                    let note = change.field == .note
                        ? action.notes.first { $0.at == change.at && $0.text == change.to } : nil
                    found.append(PlanChange(outcome: outcome.reportHeading, ref: action.ref, actionText: action.text,
                                            change: change, note: note))
                }
            }
        }
        return found.enumerated().sorted { ($0.element.change.at, $0.offset) < ($1.element.change.at, $1.offset) }.map(\.element)
    }
}

extension Outcome {
    /// `Outcome 1: Identified and heard` (or the bare title when the plan does not number it),
    /// the way reports and the CSV export name an outcome.
    public var reportHeading: String { number.isEmpty ? title : "Outcome \(number): \(title)" }
}

extension PlanChange {
    /// `RAG: Amber → Green`, or `Created`, the way a report lists the change.
    public var summary: String {
        switch change.field {
        case .created, .removed, .restored:
            return change.field.label + (change.to.isEmpty ? "" : ": \(change.to)")
        case .note:
            // The note's own kind: what the board decided reads as a decision, not a remark.
            guard let note else { return "Note: \(change.to)" }
            switch note.kind {
            case .decision: return "Decision: \(note.text)"
            case .actionPoint:
                return "Action point: \(note.text)" + MinuteEntry.ownerAndDue(owner: note.owner ?? "", due: note.due ?? "")
            case .note: return "Note: \(note.text)"
            }
        default:
            let from = change.from.isEmpty ? "(blank)" : change.from
            let to = change.to.isEmpty ? "(blank)" : change.to
            return "\(change.field.label): \(from) → \(to)"
        }
    }
}
