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

/// One change from the history of an action, an indicator or a risk, with what a report needs
/// to say which it was.
public struct PlanChange: Equatable, Sendable {
    /// What the change was made to.
    public enum Kind: String, Equatable, Sendable { case action, indicator, risk }

    /// The outcome's heading; `Performance indicators` or `Risk register` for the framework.
    public var outcome: String
    public var ref: String
    /// The action's text, the indicator's name or the risk's title.
    public var actionText: String
    public var change: Change
    /// For a note's entry, the note it recorded (a decision, a note, an action point); nil otherwise.
    public var note: Note? = nil
    public var kind: Kind = .action
    /// How a committee reads an indicator's or a risk's change (`2023/24 actual 31.6% recorded`);
    /// nil for an action's, which `summary` words from the field.
    public var wording: String? = nil
    /// True for a workstream's (an outcome's) own entry, its milestones; `kind` is then `.action`,
    /// so tables keep their Action column, while `summary --json` says `workstream`.
    public var isWorkstream = false

    static let indicatorsHeading = "Performance indicators"
    static let risksHeading = "Risk register"

    /// Who made the change (or recorded the note), when the plan says; nil in entries from before it did.
    public var who: String? { change.who ?? note?.who }
}

extension [PlanChange] {
    /// True when some change says who made it: reports then add a "By" column (left out for
    /// plans from before planboard recorded it, so their reports read as they did).
    public var sayWho: Bool { contains { $0.who != nil } }

    /// The heading of the column naming what changed: `Action`, or `Action, indicator or risk`
    /// when the framework's changes are listed too.
    public var itemHeading: String { allSatisfy { $0.kind == .action } ? "Action" : "Action, indicator or risk" }
}

extension Plan {
    /// Every change recorded on or after `since`, oldest first: actions' (removed actions included,
    /// since their removal is itself a change the board made, and their milestones'), workstreams'
    /// milestone entries, then indicators' and risks', each with who made it.
    public func changes(since: Day) -> [PlanChange] {
        let start = Timestamp(day: since)
        var found: [PlanChange] = []
        for outcome in outcomes {
            // The workstream's own entries (its milestones), under the outcome's number as the ref.
            for change in outcome.history where change.at >= start {
                found.append(PlanChange(outcome: outcome.reportHeading, ref: outcome.workstreamName,
                                        actionText: "Workstream: \(outcome.title)", change: change, isWorkstream: true))
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
        found += frameworkChanges(since: start)
        return found.enumerated().sorted { ($0.element.change.at, $0.offset) < ($1.element.change.at, $1.offset) }.map(\.element)
    }
}

extension PlanChange {
    /// The change as one sentence for a committee: `PI3 Carers feeling supported: 2023/24 actual
    /// 31.6% recorded`, `R1 residual level changed from …`, `1.2 Open the fund: Milestone ‘Launch survey’ completed`.
    public var sentence: String {
        let subject = [ref, actionText].filter { !$0.isEmpty }.joined(separator: " ")
        guard kind == .risk, !ref.isEmpty, let first = summary.first else { return subject + ": " + summary }
        return "\(ref) \(first.lowercased())\(summary.dropFirst())"
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
        if let wording { return wording }
        switch change.field {
        case .milestone:
            // `Milestone ‘Launch survey’ completed`: the entry's words already say what happened.
            return change.to.isEmpty ? "Milestone \(change.from) changed" : "Milestone \(change.to)"
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
