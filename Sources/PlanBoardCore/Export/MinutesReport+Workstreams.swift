/// The workstreams' milestones in the minutes: each one the meeting completed, reopened, added
/// or deleted, as `Outcome 2 ‘Carers have a life alongside caring’: milestone ‘Carers' hub open’
/// completed`, in plan order: the outcome by its number and title, as the committee knows it.
/// An action's own milestones stay under the action, with its other changes.
struct WorkstreamMinute: Equatable {
    /// `Outcome 2 ‘Carers have a life alongside caring’`, or `Workstream ‘Title’` for an unnumbered outcome.
    var workstream: String
    /// `milestone ‘Carers' hub open’ completed`.
    var text: String

    /// The whole line: `Outcome 2 ‘…’: milestone ‘…’ completed`.
    var line: String { "\(workstream): \(text)" }
}

extension MeetingRecord {
    /// The workstreams' milestone entries made in this meeting, outcome by outcome.
    var workstreamMinutes: [WorkstreamMinute] {
        plan.outcomes.flatMap { outcome in
            outcome.history.filter { $0.meeting == meeting.id && $0.field == .milestone }.map { change in
                WorkstreamMinute(workstream: Self.workstreamWords(outcome), text: "milestone \(change.to)")
            }
        }
    }

    /// `Outcome 2 ‘Carers have a life alongside caring’`; `Workstream ‘Title’` when the outcome has no number.
    static func workstreamWords(_ outcome: Outcome) -> String {
        let title = outcome.title.trimmingWhitespace()
        if outcome.number.isEmpty { return "Workstream ‘\(title)’" }
        return title.isEmpty ? "Outcome \(outcome.number)" : "Outcome \(outcome.number) ‘\(title)’"
    }
}

extension MinutesReport {
    static let workstreamHeading = "Workstream milestones"

    /// `; 1 workstream milestone entry` for the summary line, only when the meeting made one.
    static func workstreamSummary(_ record: MeetingRecord) -> String {
        let n = record.workstreamMinutes.count
        return n == 0 ? "" : "; \(n) workstream milestone entr\(n == 1 ? "y" : "ies")"
    }

    /// The section's Markdown lines, empty when the meeting touched no workstream milestone.
    static func markdownWorkstreams(_ record: MeetingRecord, heading: (String) -> String) -> [String] {
        let minutes = record.workstreamMinutes
        guard !minutes.isEmpty else { return [] }
        let inline = MarkdownReport.inline
        return [heading(workstreamHeading), ""] + minutes.map { "- **\(inline($0.workstream)):** \(inline($0.text))" } + [""]
    }

    /// The section as HTML, empty when the meeting touched no workstream milestone.
    static func htmlWorkstreams(_ record: MeetingRecord, open: (String, String) -> [String]) -> [String] {
        let minutes = record.workstreamMinutes
        guard !minutes.isEmpty else { return [] }
        let e = HTMLText.escape
        return open("workstreams", workstreamHeading) + ["<ul class=\"entries\">"]
            + minutes.map { "<li class=\"milestone\"><strong>\(e($0.workstream)):</strong> \(e($0.text))</li>" } + ["</ul>", "</section>"]
    }
}
