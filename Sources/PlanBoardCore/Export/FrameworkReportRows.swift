/// The performance framework as the reports set it out, worked out once for the HTML, Markdown
/// and Word writers: a row per indicator, the committee-report form of each risk, and the
/// milestones of each action. Pure; empty for a plan without a framework.
struct FrameworkReportRows {
    struct IndicatorRow {
        var indicator: Indicator
        var ref: String
        var name: String
        /// `410 (2024/25)`, or empty.
        var baseline: String
        /// `471 (Q2 2026/27)`, `not yet available (2025/26)`, `no data`.
        var latest: String
        var target: String
        var status: IndicatorStatus
        /// `↑ better`, or empty with fewer than two values.
        var trend: String
        /// The latest values as the indicators view draws them (`▂▄▅▇`), empty with none.
        var sparkline: String = ""

        /// `▂▄▅▇ ↑ better`: the line and the direction, as the board shows them.
        var trendWithSparkline: String { [sparkline, trend].filter { !$0.isEmpty }.joined(separator: " ") }
        var nextDue: String
        var assessment: IndicatorAssessment

        /// `A* Near target` when the board overrode the computed status, else `A Near target`.
        var statusText: String { FrameworkReportRows.statusText(status, overridden: assessment.overrideStanding.applying != nil) }

        /// The footnote of an override: `* PI3: overridden by the board to Near target: <reason>. Computed: R Off target (502 against 600).`
        var overrideNote: String? {
            guard let override = assessment.overrideStanding.applying else { return nil }
            let computed = assessment.computedStatus
            var figures = ""
            if let actual = assessment.latest?.actual, let target = assessment.target {
                figures = " (\(IndicatorValueText.text(actual, unit: indicator.unit)) against \(IndicatorValueText.text(target, unit: indicator.unit)))"
            }
            let who = override.who.map { " by \($0)" } ?? ""
            return "* \(ref.isEmpty ? name : ref): overridden to \(override.status.word) on \(override.at.day().shortText)\(who): "
                + "\(override.reason.trimmingWhitespace()). Computed: \(FrameworkReportRows.statusText(computed))\(figures)."
        }
    }

    struct RiskRow {
        var risk: Risk
        /// `R1 Short Breaks Fund not renewed after March 2027`.
        var heading: String
        var inherent: String
        var residual: String
        var planned: String
        /// The plan's actions linked to it, by ref: `3.1, 3.2`.
        var linkedRefs: String
        var pastReview: Bool
    }

    struct MilestoneRow {
        var ref: String
        var action: String
        var milestone: Milestone
        /// `Done 14 Oct 2026`, `Overdue`, `Open`.
        var state: String
        var isOverdue: Bool
    }

    var indicators: [IndicatorRow]
    var risks: [RiskRow]
    var milestones: [MilestoneRow]

    var isEmpty: Bool { indicators.isEmpty && risks.isEmpty && milestones.isEmpty }

    init(_ plan: Plan, today: Day) {
        indicators = plan.indicators.map { indicator in
            let a = IndicatorAssessment(indicator)
            let unit = indicator.unit
            let baseline = indicator.baseline.map { b in
                IndicatorValueText.text(b.value, unit: unit) + (b.period.isEmpty ? "" : " (\(b.period))")
            } ?? ""
            let latest = IndicatorValueText.latest(a.latest, unit: unit) + (a.latest.map { " (\($0.period))" } ?? "")
            return IndicatorRow(indicator: indicator, ref: indicator.ref, name: indicator.name, baseline: baseline, latest: latest,
                                target: a.target.map { IndicatorValueText.text($0, unit: unit) } ?? "",
                                status: a.status, trend: a.trend.map { "\($0.arrow) \($0.word)" } ?? "",
                                sparkline: Sparkline.of(indicator).text, nextDue: a.nextDue?.text ?? "", assessment: a)
        }
        let bands = plan.riskBands
        let refs = Dictionary(plan.allActions.map { ($0.id, $0.ref) }, uniquingKeysWith: { a, _ in a })
        risks = plan.risks.map { risk in
            let text = { (level: RiskLevel?) in level?.reportText(bands: bands) ?? "Not assessed" }
            return RiskRow(risk: risk, heading: risk.ref.isEmpty ? risk.title : "\(risk.ref) \(risk.title)",
                           inherent: text(risk.inherent), residual: text(risk.residual), planned: text(risk.planned),
                           linkedRefs: risk.actions.compactMap { refs[$0] }.joined(separator: ", "),
                           pastReview: risk.isPastReview(today: today))
        }
        milestones = plan.outcomes.flatMap(\.activeActions).flatMap { action in
            action.milestones.map { m in
                let state = m.reportState(today: today)
                return MilestoneRow(ref: action.ref, action: action.text, milestone: m, state: state.text, isOverdue: state.isOverdue)
            }
        }
    }

    /// `G On target`: the letter carries the status without colour; `A* Near target` marks the
    /// board's override (its footnote gives the reason and the computed status).
    static func statusText(_ status: IndicatorStatus, overridden: Bool = false) -> String {
        "\(status.letter)\(overridden ? "*" : "") \(status.word)"
    }

    /// The footnotes of the overridden indicators, in table order; empty when none is overridden.
    var overrideNotes: [String] { indicators.compactMap(\.overrideNote) }

    /// `Likelihood 3 x Impact 3 = Risk Scoring 9 (High Risk)` for each of the three levels, and the rest
    /// of the committee-report form, as label and text pairs in the order reports give them.
    static func riskLines(_ row: RiskRow) -> [(label: String, text: String)] {
        var lines: [(String, String)] = []
        let risk = row.risk
        if !risk.description.isEmpty { lines.append(("Description", risk.description)) }
        let about = [risk.category.isEmpty ? nil : "Category: \(risk.category)", risk.owner.isEmpty ? nil : "Owner: \(risk.owner)",
                     risk.reviewDate.isEmpty ? nil : "Review: \(risk.reviewDate)\(row.pastReview ? " (past its review date)" : "")"]
            .compactMap { $0 }
        if !about.isEmpty { lines.append(("", about.joined(separator: " · "))) }
        lines.append(("Inherent Risk Level", row.inherent))
        var mitigation = risk.mitigation
        if !row.linkedRefs.isEmpty {
            mitigation += (mitigation.isEmpty ? "" : "\n") + "Linked actions: \(row.linkedRefs)"
        }
        lines.append(("Mitigating actions", mitigation.isEmpty ? "None recorded" : mitigation))
        lines.append(("Residual Risk Level", row.residual))
        lines.append(("Planned Risk Level", row.planned))
        if !risk.recommendation.isEmpty { lines.append(("Approval recommendation", risk.recommendation)) }
        return lines
    }
}
