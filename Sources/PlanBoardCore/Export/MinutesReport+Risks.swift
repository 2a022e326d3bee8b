/// The risk register in the minutes: each risk the meeting changed, with what changed in the
/// committee papers' words — `R1 Short Breaks Fund…: Residual risk changed from Likelihood 3 x
/// Impact 3 = Risk Scoring 9 (High Risk) to Likelihood 2 x Impact 3 = Risk Scoring 6 (Moderate).
/// Reason: …` — several changes of one level in a meeting shown as one, from the first value to the last.
struct RiskMinute: Equatable {
    /// `R1 Short Breaks Fund not renewed after March 2027`.
    var risk: String
    /// `Residual risk changed from Likelihood 3 x Impact 3 = … to …. Reason: …`.
    var text: String
}

extension MeetingRecord {
    /// The register's changes made in this meeting: the bands', then each risk's in register order.
    var riskMinutes: [RiskMinute] {
        riskBandMinutes + plan.risks.flatMap { risk in
            MinuteEntry.collapsed(risk.history.filter { $0.meeting == meeting.id }).map { change in
                let name = [risk.ref, MinutesReport.shortTitle(risk.title)].filter { !$0.isEmpty }.joined(separator: " ")
                return RiskMinute(risk: name, text: Self.riskWords(change, bands: plan.riskBands))
            }
        }
    }

    /// A risk's change as a sentence: `Residual risk changed from Likelihood 3 x Impact 3 = Risk
    /// Scoring 9 (High Risk) to …`, `Review date set to May 2027`, `… no longer given (was …)`.
    static func riskWords(_ change: Change, bands: RiskBands) -> String {
        let value = { (text: String) -> String? in
            let text = text.trimmingWhitespace()
            guard !text.isEmpty else { return nil }
            switch change.field {
            case .inherent, .residual, .planned: return committeeLevel(text, bands: bands)
            default: return text
            }
        }
        let what = change.field.label
        let reason = MinuteEntry.nonEmpty(change.reason).map { ". Reason: \($0.trimmingWhitespace())" } ?? ""
        let words = switch (value(change.from), value(change.to)) {
        case (let from?, let to?): "\(what) changed from \(from) to \(to)"
        case (nil, let to?): "\(what) set to \(to)"
        case (let from?, nil): "\(what) no longer given (was \(from))"
        case (nil, nil): "\(what) changed"
        }
        return words + reason
    }

    /// A level as a history entry wrote it (`L3 × I2 = 6 Medium`) in the committee form, worded
    /// with the plan's current bands as every output words it (see `RecordedRiskLevel`).
    static func committeeLevel(_ text: String, bands: RiskBands) -> String {
        RecordedRiskLevel.committee(text, bands: bands)
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
