/// The risk register in the minutes: each risk the meeting changed, with what changed in words —
/// `R1 Short Breaks Fund…: residual risk L3 × I3 = 9 High → L2 × I3 = 6 Moderate. Reason: …` —
/// several changes of one level in a meeting shown as one, from the first value to the last.
struct RiskMinute: Equatable {
    /// `R1 Short Breaks Fund not renewed after March 2027`.
    var risk: String
    /// `residual risk L3 × I3 = 9 High → L2 × I3 = 6 Moderate. Reason: …`.
    var text: String
}

extension MeetingRecord {
    /// The register's changes made in this meeting, in register order.
    var riskMinutes: [RiskMinute] {
        plan.risks.flatMap { risk in
            MinuteEntry.collapsed(risk.history.filter { $0.meeting == meeting.id }).map { change in
                let name = [risk.ref, MinutesReport.shortTitle(risk.title)].filter { !$0.isEmpty }.joined(separator: " ")
                return RiskMinute(risk: name, text: Self.riskWords(change))
            }
        }
    }

    /// A risk's change as a phrase: `residual risk L3 × I3 = 9 High → L2 × I3 = 6 Moderate`.
    static func riskWords(_ change: Change) -> String {
        let blank = { (value: String) in value.trimmingWhitespace().isEmpty ? "not set" : value }
        let what = switch change.field {
        case .inherent, .residual, .planned: change.field.label.lowercased()
        case .reviewDate: "review date"
        default: change.field.label.lowercased()
        }
        let reason = MinuteEntry.nonEmpty(change.reason).map { ". Reason: \($0.trimmingWhitespace())" } ?? ""
        return "\(what) \(blank(change.from)) → \(blank(change.to))" + reason
    }
}

extension MinutesReport {
    static let riskHeading = "Risk register"

    /// `; 1 change to the risk register` for the summary line, only when the meeting made one.
    static func riskSummary(_ record: MeetingRecord) -> String {
        let n = record.riskMinutes.count
        return n == 0 ? "" : "; \(n) change\(n == 1 ? "" : "s") to the risk register"
    }

    /// The section's Markdown lines, empty when the meeting changed no risk.
    static func markdownRisks(_ record: MeetingRecord, heading: (String) -> String) -> [String] {
        let minutes = record.riskMinutes
        guard !minutes.isEmpty else { return [] }
        let inline = MarkdownReport.inline
        return [heading(riskHeading), ""] + minutes.map { "- **\(inline($0.risk)):** \(inline($0.text))" } + [""]
    }

    /// The section as HTML, empty when the meeting changed no risk.
    static func htmlRisks(_ record: MeetingRecord, open: (String, String) -> [String]) -> [String] {
        let minutes = record.riskMinutes
        guard !minutes.isEmpty else { return [] }
        let e = HTMLText.escape
        return open("risks", riskHeading) + ["<ul class=\"entries\">"]
            + minutes.map { "<li class=\"risk\"><strong>\(e($0.risk)):</strong> \(e($0.text))</li>" } + ["</ul>", "</section>"]
    }
}
